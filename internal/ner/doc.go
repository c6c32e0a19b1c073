// Package ner is parallax's statistical name tagger: an averaged structured perceptron with
// first-order Viterbi decoding over BIO labels, for the people, organisations and places no
// knowledge-base list knows.
//
// The model is trained by `go run ./tools/trainner` on the GMB extract in
// ../shared/data/entities/gmb (sentences whose number is 8 or 9 modulo 10 are never trained
// on; those numbered 9 modulo 10 are the held-out evaluation split) and embedded in the binary
// as model.bin.gz, together with the word-class lexicon generated from Debian's wamerican
// list. Load parses it once; a Tagger is read-only and safe for concurrent use.
package ner
