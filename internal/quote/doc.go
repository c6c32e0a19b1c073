// Package quote finds who said what: quotations (direct, partial), reported speech without
// quotation marks (indirect), and attributions ("according to X, ...", "X believes that
// ..."), each with its speaker or source, the cue that introduces it and, for nested sources,
// the chain the words travelled through. It also marks each sentence's voice: the outlet's
// own, attributed to someone, or quoted.
//
// The split between the two outputs: Document.Quotes holds everything a speaker says —
// quotations and reported speech after speaking verbs ("said", "told", "stated"), plus
// quoted terms no cue governs (kept without a speaker, so scare quotes are never handed to
// the nearest name). Document.Attributions holds claims the text leans on a source for:
// "according to X", "citing X", belief and finding verbs ("X believes that", "analysts have
// found that") and publication verbs ("The Times writes/reports that ...").
//
// Cue words live in data/cues.txt, embedded and checked at load time; inflections are
// generated. The extractor works on the cleaned text and its sentences, and uses mentions
// and part-of-speech tags when earlier stages provide them.
package quote
