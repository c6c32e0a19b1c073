package timex

import (
	"strings"
)

// Tense: whether the words around an expression report the past or look ahead.

// cue is the tense a single word signals.
func (m *matcher) cue(k int) int {
	t := m.t(k)
	if t.kind != kWord {
		return tenseUnknown
	}
	w := t.low
	e := m.e(k)
	if e.tense == tenseFuture {
		if w == "due" && m.w(k+1) != "to" {
			return tenseUnknown
		}
		if w == "expected" || w == "scheduled" || w == "planned" || w == "due" {
			// "is expected to", "was scheduled for"
			if m.isAny(k-1, "was", "were") {
				return tensePast
			}
		}
		return tenseFuture
	}
	if w == "could" || w == "may" || w == "might" || w == "can" || w == "should" || w == "must" {
		if m.w(k+1) == "have" || m.w(k+2) == "have" {
			return tensePast // "could have met"
		}
		if t.capital && w == "may" {
			return tenseUnknown
		}
		return tenseFuture
	}
	if w == "going" && m.w(k+1) == "to" && m.isAny(k-1, "is", "are", "am", "'s", "s") {
		return tenseFuture
	}
	if w == "to" && (m.isAny(k-1, "is", "are", "yet") && m.isAny(k+1, "be", "take", "begin", "start", "open", "close", "meet", "visit", "hold", "run", "end") || m.w(k+1) == "come") {
		return tenseFuture // "is to be held", "yet to begin", "years to come"
	}
	if w == "has" || w == "have" {
		// present perfect only with a participle: "has met", "have been"; not "has until"
		n := m.t(k + 1)
		if m.isAny(k+1, "not", "already", "also", "just", "now", "since", "long", "never", "recently") {
			n = m.t(k + 2)
		}
		if n.kind == kWord && (n.e != nil && n.e.tense == tensePast || strings.HasSuffix(n.low, "ed") || strings.HasSuffix(n.low, "en")) {
			return tensePast
		}
		return tenseUnknown
	}
	if m.tags && t.tag != "" {
		return m.taggedCue(k, t, e)
	}
	if e.tense == tensePast {
		if !m.isAny(k, "was", "were", "had", "did", "said", "told", "has", "have", "been", "ago") && m.isAny(k-1, "be", "being", "is", "are", "am", "to", "will") {
			return tenseUnknown // "is to be held", "will be made"
		}
		return tensePast
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !e.notPast && !t.capital {
		if m.isAny(k-1, "be", "being", "is", "are", "am", "to", "will", "the", "a", "an") || m.isAny(k-2, "will") {
			return tenseUnknown
		}
		return tensePast
	}
	return tenseUnknown
}

func isQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "«", "»":
		return true
	}
	return false
}

// tense looks for the nearest tense cue around tokens [i, j) in the same sentence.
func (m *matcher) tense(i, j int) int {
	const window = 10
	back, fwd := tenseUnknown, tenseUnknown
	bd, fd := window+1, window+1
	reported := false
	for k, n := i-1, 1; k >= 0 && n <= window; k, n = k-1, n+1 {
		if c := m.cue(k); c != tenseUnknown {
			if c == tensePast && m.e(k).report && n > 2 {
				reported = true // "announced Friday that" still dates the announcement
			} else {
				back, bd = c, n
				break
			}
		}
		if m.boundary(k) {
			break
		}
	}
	for k, n := j, 1; k < len(m.toks) && n <= window; k, n = k+1, n+1 {
		if m.boundary(k) {
			break
		}
		if isQuoteMark(m.w(k)) {
			break // reported words keep their own tense
		}
		if m.isAny(k, "which", "who", "whom", "whose", "whereby", "while", "whereas") {
			break // "signed on Tuesday a deal under which the bank will lend": another clause
		}
		if c := m.cue(k); c != tenseUnknown {
			if c == tensePast && m.e(k).report {
				reported = true
				break // what follows is what was said
			}
			fwd, fd = c, n
			break
		}
	}
	if back == tenseUnknown && fwd == tenseUnknown && reported {
		return tensePast
	}
	// A time adverbial mostly follows the verb it dates ("signed ... on Tuesday"), so the
	// cue before it wins unless the one after is right next to it ("on Tuesday will meet").
	switch {
	case back == tenseUnknown:
		return fwd
	case fwd == tenseUnknown:
		return back
	case fd <= 2 && fd < bd:
		return fwd
	}
	return back
}

// taggedCue reads the tense of a tagged word: a past-tense verb (VBD) is the past, a past
// participle only after have; other verb forms say nothing; other words keep their lexicon
// cue ("ago", "earlier").
func (m *matcher) taggedCue(k int, t *tok, e *entry) int {
	switch {
	case t.tag == "VBD":
		return tensePast
	case t.tag == "VBN":
		// "has met", "plans announced in January" are past; "will be held", "is expected" not
		if m.isAny(k-1, "be", "being", "is", "are", "am", "'s", "'re", "to") || m.isAny(k-2, "will", "would", "to") && m.isAny(k-1, "be", "been") {
			return tenseUnknown
		}
		return tensePast
	case strings.HasPrefix(t.tag, "VB"):
		return tenseUnknown
	}
	return e.tense
}
