// Package quote finds who said what: quotations (direct, partial), reported speech without
// quotation marks (indirect), and attributions ("according to X, ...", "X believes that
// ..."), each with its speaker or source, the cue that introduces it and, for nested sources,
// the chain the words travelled through. It also marks each sentence's voice: the outlet's
// own, attributed to someone, or quoted.
//
// The split between the two outputs: Document.Quotes holds everything a speaker says —
// quotations and reported speech after speaking verbs ("said", "told", "stated", "condemned"),
// plus quoted terms no cue governs (kept without a speaker, so scare quotes are never handed
// to the nearest name). Document.Attributions holds claims the text leans on a source for:
// "according to X", "citing X", belief and finding verbs ("X believes that", "analysts have
// found that"), publication verbs ("The Times writes/reports that ..."), statement nouns
// ("Trump's claim that ...") and positions ("the Kremlin opposed strikes ..."). A quotation
// interrupted by its cue ("A," he said. "B.") is two quotes sharing one cue.
//
// Speakers: the noun phrase before the cue (over auxiliaries, adverbs, time phrases and an
// appositive: "Lebanon's Hezbollah, once Iran's ally, has said"), after it ("said the
// minister"), the subject shared with an earlier verb ("... and reiterated"), or a by-agent
// ("was endorsed by X"). SpeakerText is always the words in the text ("he", "who", "the
// Russian dictator"); Speaker is the entity of the mention heading them, of the pronoun's
// antecedent, or of the last speaker named.
//
// Cue words live in data/cues.txt, embedded and checked at load time; inflections are
// generated. The extractor works on the cleaned text with its own light tokenisation, so it
// runs on a bare document; sentences, mentions, times and part-of-speech tags sharpen it
// when earlier stages provide them (implausible tags are ignored).
//
// Measured with `parallax eval attribution ../shared/data/attribution/polnear-dev` (Evaluate,
// whole pipeline) and BenchmarkExtract (words per second on one core).
package quote
