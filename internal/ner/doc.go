// Package ner is parallax's statistical name tagger: an averaged structured perceptron with
// first-order Viterbi decoding over BIO labels, for the people, organisations and places no
// knowledge-base list knows.
//
// Types are PER, ORG, LOC (places and countries: GMB geo), GPE in GMB's sense (nationalities
// and groups named after places, "Iraqi", "Palestinians": what OntoNotes calls NORP), ART,
// EVENT and NAT. Tag labels GMB-style words; Spans tags one sentence of a segmented document,
// keeping a person's leading titles out of the name (TitleStart says where they begin);
// Document tags a whole document and makes the names consistent across its sentences.
//
// Features per word: lower-cased form, exact form, shape, prefixes and suffixes, the word's
// class in a word list (listed in lower case, capitalised, both, neither: generated from
// Debian's wamerican and stored in the model), neighbours at ±1 and ±2 and their bigrams,
// and whether the sentence looks like a title-cased headline. Training adds title-cased and
// upper-cased copies of some sentences so that capitals are not the only cue.
//
// The model is trained by `go run ./tools/trainner` (deterministic; a few minutes on two
// cores) on the GMB extract in ../shared/data/entities/gmb, never on sentences numbered 8
// (tuning, calibration) or 9 (held-out evaluation) modulo 10, plus the GUM train documents
// of the CC BY genres, and embedded here as model.bin.gz. Load parses it once per process; a
// Tagger is read-only and safe for concurrent use.
//
// Measure with `parallax eval ner ../shared/data/entities/gmb/ner_dataset.csv.zip` (held-out
// GMB, geo and gpe as LOC) or `parallax eval ner DIR` on a folder of GUM CoNLL-U files
// (named mentions of people, organisations and places, CoNLL-style spans).
package ner
