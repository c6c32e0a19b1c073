// Package lemma gives the dictionary form of a tagged word: lemma.Lemma("left", "VBD") is
// "leave". Irregular forms and the word lists come from WordNet 3.0 (generated into
// wordnet.txt.gz and exceptions.txt by `go run ./tools/genlemma`); regular inflections are
// undone by suffix rules checked against WordNet, with plain stripping for unknown words;
// a short hand-written list covers pronouns and contractions (closed.txt).
package lemma
