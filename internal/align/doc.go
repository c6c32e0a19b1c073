// Package align finds the propositions each document of a story states and groups them
// across documents into claims: corroborated (two or more documents), single-source, or
// contested (opposite polarity, different numbers or dates for the same matter), with the
// supporting clause of every document at its byte offsets and the independence of the
// sources behind it.
//
// A proposition is a clause or sentence. Its features are the actors it names (entity ids
// and their countries), the event codes found in it (CAMEO as a predicate ontology), its
// resolved dates, its numbers, synonym classes of its words (the embedded lexicon
// data/classes.txt: meet ~ visit ~ talks, aid ~ assistance ~ arm, ...) and its rarer content
// words. Candidate pairs are blocked through an inverted index of those features, so the
// cost grows with the number of propositions, not with their square.
package align
