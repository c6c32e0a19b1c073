// Package timex finds time expressions (dates, times, durations and sets) in a document's
// cleaned text and resolves them against the publication date, in the TIMEX3 tradition.
//
// The matcher is a hand-written scanner over words with lookup tables loaded from an
// embedded lexicon (lexicon.txt, validated at load with file:line errors), so it runs in
// linear time. News conventions decide what the writer meant: a bare weekday in past-tense
// reporting is the most recent one (the next one in future tense), "last November" is the
// November before the publication month, "last week" the ISO week before, "on June 22" the
// same year unless that puts a past event far ahead. Tense comes from the tagger's
// part-of-speech tags when the document is tagged, else from the words themselves.
//
// Values follow TIMEX3: DATE 2025-06-23, 2025-W25, 2025-W26-WE, 2024-11, 2025-Q3, 2025-H1,
// 2025-SU, 2022, 199 (a decade), 19 (a century), FY2007; TIME 2025-06-23T08:15Z,
// 2025-06-23TMO (parts of day MO AF EV NI); DURATION P3Y, P18M, PT5H, PXY (an unknown
// number); SET P1W, XXXX-WXX-1 (every Monday); PRESENT_REF, PAST_REF and FUTURE_REF for
// the vague. Mod is EARLY, LATE, MID, START, END, APPROX, LESS_THAN, MORE_THAN,
// EQUAL_OR_LESS or EQUAL_OR_MORE. Anchor is the publication date a relative value was
// resolved against. Without a publication date, relative values keep X placeholders
// (XXXX-WXX-1, XXXX-06-22) and the document gets a no_published_date note.
//
// ParsePublished and NormalizePublished read the publication dates that sites and feeds
// carry; Evaluate scores the stage on MEANTIME (TempEval-3 style).
package timex
