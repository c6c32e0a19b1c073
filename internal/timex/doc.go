// Package timex finds time expressions (dates, times, durations and sets) in a document's
// cleaned text and resolves them against the publication date, in the TIMEX3 tradition.
//
// The matcher is a hand-written scanner over words with lookup tables loaded from an
// embedded lexicon (lexicon.txt), so it runs in linear time. News conventions decide what
// the writer meant: a bare weekday in past-tense reporting is the most recent one, "last
// November" is the November before the publication month, "last week" the ISO week before.
// ParsePublished normalises the publication dates that sites and feeds carry.
package timex
