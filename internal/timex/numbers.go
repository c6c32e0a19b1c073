package timex

import (
	"strings"
	"time"
)

// Numbers and durations: "three years", "a year and a half", "between 60 and 90 days".

// number reads a cardinal at k: digits, number words ("twenty-five", "two hundred"), "a",
// "a couple of", vague quantities (several, a few: n = -1). It returns the token after it.
func (m *matcher) number(k int) (n float64, end int, article bool, ok bool) {
	t := m.t(k)
	switch {
	case t.kind == kNum:
		if t.ordSuffix || t.decadeS {
			return 0, k, false, false
		}
		if m.w(k-1) == "$" || m.w(k-1) == "€" || m.w(k-1) == "£" {
			return 0, k, false, false
		}
		n, end = t.num, k+1
	case t.kind == kWord && t.e != nil && t.e.hasNum:
		n, end = t.e.num, k+1
		if n >= 20 && n < 100 && n == float64(int(n)/10*10) {
			if m.w(end) == "-" && m.e(end+1).hasNum && m.e(end+1).num < 10 {
				n += m.e(end + 1).num
				end += 2
			} else if m.e(end).hasNum && m.e(end).num < 10 {
				n += m.e(end).num
				end++
			}
		}
		if m.w(end) == "hundred" && n < 100 {
			n *= 100
			end++
		}
		if t.low == "dozen" {
			return 0, k, false, false
		}
	case t.kind == kWord:
		switch t.low {
		case "a", "an":
			switch {
			case m.w(k+1) == "couple" && m.w(k+2) == "of":
				return 2, k + 3, false, true
			case m.w(k+1) == "few":
				return -1, k + 2, false, true
			case m.w(k+1) == "dozen":
				return 12, k + 2, false, true
			case m.w(k+1) == "half" && m.isAny(k+2, "a", "an"):
				return 1.5, k + 2, false, true // "a half a" is rare; keeps shape
			}
			return 1, k + 1, true, true
		case "couple":
			if m.w(k+1) == "of" {
				return 2, k + 2, false, true
			}
			return 0, k, false, false
		case "several", "few", "many":
			return -1, k + 1, false, true
		case "single":
			if m.w(k+1) == "-" && m.adj(k+1) {
				return 1, k + 1, false, true
			}
			return 0, k, false, false
		case "dozens", "hundreds":
			if m.w(k+1) == "of" {
				return -1, k + 2, false, true
			}
			return 0, k, false, false
		case "half":
			if m.isAny(k+1, "a", "an") {
				return 0.5, k + 2, true, true
			}
			return 0, k, false, false
		default:
			return 0, k, false, false
		}
	default:
		return 0, k, false, false
	}
	// "one and a half", "2 1/2" is not read
	if m.w(end) == "and" && m.isAny(end+1, "a", "an") && m.w(end+2) == "half" && n >= 1 {
		n += 0.5
		end += 3
	}
	return n, end, false, true
}

// duration reads "three years", "18 months", "a year and a half", "12-year", "two weeks ago".
func (m *matcher) duration(k int) (match, bool) {
	n, p, article, ok := m.number(k)
	if !ok {
		return match{}, false
	}
	// "between 60 and 90 days", "two to three years": the first number takes the unit of
	// the second
	if !article && n > 0 && m.isAny(p, "to", "and", "or", "-", "–") {
		if n2, q, art2, ok2 := m.number(p + 1); ok2 && !art2 && n2 > n && (m.w(p) != "-" || m.adj(p) && m.adj(p+1)) {
			if second, ok := m.duration(p + 1); ok && second.typ == "DURATION" && second.i == p+1 && q > p+1 {
				u := m.e(second.j - 1).unit
				if u == "" {
					u = m.e(q).unit
				}
				if u != "" {
					first := match{i: k, j: p, typ: "DURATION", val: durationValue(n, u)}
					first.extra = &second
					return first, true
				}
			}
		}
	}
	hyphen := false
	if m.w(p) == "-" && m.adj(p) && m.adj(p+1) {
		hyphen = true
		p++
	}
	adjectives := 0
	for m.e(p).durAdj && m.e(p).unit == "" {
		p++
		adjectives++
	}
	u := m.e(p).unit
	if u == "" {
		return match{}, false
	}
	unitTok := m.t(p)
	plural := strings.HasSuffix(unitTok.low, "s") && u != "S" || unitTok.low == "seconds"
	w0 := m.w(k)
	if (article || w0 == "one") && plural {
		return match{}, false
	}
	if article && m.w(k-1) == "-" && m.adj(k) {
		return match{}, false // "$12-an-hour"
	}
	if m.w(p+1) == "-" && m.adj(p+1) && m.isAny(p+2, "to", "by") {
		return match{}, false // "day-to-day", "year-by-year"
	}
	if article && (u == "S" || u == "WE") {
		return match{}, false // "a second term", "a weekend"
	}
	if u == "Q" && (m.w(p+1) == "of" && adjectives == 0 || hyphen || article) {
		return match{}, false // "a quarter of the vote", "three-quarters"
	}
	if u == "WE" {
		return match{}, false
	}
	if unitTok.capital && !m.boundary(p) && m.t(k).kind == kWord && m.t(k).capital {
		return match{}, false // "the Six-Day War", "Hundred Years' War"
	}
	j := p + 1
	if m.w(j) == "and" && m.isAny(j+1, "a", "an") && m.w(j+2) == "half" && n >= 1 {
		n += 0.5
		j += 3
	}
	// ages: "40 years old", "a 12-year-old", "five years of age"
	if m.w(j) == "old" || (m.w(j) == "-" && m.w(j+1) == "old") || (m.w(j) == "of" && m.w(j+1) == "age") {
		return match{}, false
	}
	if m.w(k-1) == "aged" {
		return match{}, false
	}
	// "... ago" and "... from now"
	// "from a year earlier", "compared with a year before": the same as "a year ago"
	earlier := m.isAny(j, "earlier", "before") && m.isAny(k-1, "from", "than", "with", "over", "versus", "vs") && !m.isAny(j+1, "this", "today", "than")
	if m.w(j) == "ago" || earlier || (m.w(j) == "from" && m.w(j+1) == "now") {
		sign := -1
		end := j + 1
		if m.w(j) == "from" {
			sign, end = 1, j+2
		}
		mt := match{i: k, j: end, typ: "DATE", rel: true}
		switch {
		case n < 0 || !m.has:
			mt.val = "PAST_REF"
			if sign > 0 {
				mt.val = "FUTURE_REF"
			}
			mt.rel = false
		case u == "H" || u == "MIN" || u == "S":
		default:
			v, vok := shiftValue(m.ref, sign*int(n+0.5), u)
			if !vok {
				return match{}, false
			}
			mt.val = v
			if len(v) == 10 {
				mt.day = v
			}
		}
		if u == "H" || u == "MIN" || u == "S" {
			mt.typ = "TIME"
			if n >= 0 && m.has {
				mt.val = m.ref.Add(time.Duration(sign) * time.Duration(n*float64(unitDur(u)))).Format("2006-01-02T15:04")
			}
		}
		return mt, true
	}
	// "three days later": the span covers the shift, the value stays the length
	if m.isAny(j, "later", "earlier") && !m.isAny(j+1, "this", "today") {
		j++
	}
	// "twice a year", "$5 billion a year": a set
	if article && n == 1 && (m.isAny(k-1, "once", "twice", "thrice", "times") || m.t(k-1).kind == kNum || m.isAny(k-1, "million", "billion", "trillion", "thousand", "percent", "%")) {
		return match{i: k, j: j, typ: "SET", val: durationValue(1, u)}, true
	}
	if w0 == "a" || w0 == "an" {
		// "a day", "an hour" alone are weak; keep them but not "a day" after "one" ("one
		// day") or in "a day after"
	}
	if k == p-1 && m.t(k).kind == kNum && !hyphen && m.t(k).digits == 4 && n >= 1000 {
		return match{}, false
	}
	return match{i: k, j: j, typ: "DURATION", val: durationValue(n, u)}, true
}

func unitDur(u string) time.Duration {
	switch u {
	case "H":
		return time.Hour
	case "MIN":
		return time.Minute
	}
	return time.Second
}

// bareUnits reads "for years", "decades ago", "months ago".
func (m *matcher) bareUnits(k int) (match, bool) {
	t := m.t(k)
	u := m.e(k).unit
	if u == "" {
		return match{}, false
	}
	// "by year-end", "before year end": the end of the current year (or month)
	if (u == "Y" || u == "M") && !strings.HasSuffix(t.low, "s") && m.isAny(k-1, "by", "at", "before", "until", "after", "around", "till") {
		j := k + 1
		if m.w(j) == "-" && m.adj(j) {
			j++
		}
		if m.w(j) == "end" {
			if v, ok := m.shiftUnit(0, u); ok {
				return match{i: k, j: j + 1, typ: "DATE", val: v, mod: "END", rel: m.has}, true
			}
		}
	}
	if !strings.HasSuffix(t.low, "s") || u == "WE" || u == "Q" || t.capital && !m.boundary(k) {
		return match{}, false
	}
	if m.w(k+1) == "ago" {
		return match{i: k, j: k + 2, typ: "DATE", val: "PAST_REF"}, true
	}
	if m.isAny(k-1, "for", "within", "just") || (m.w(k-1) == "over" && m.w(k-2) != "the") ||
		m.w(k-1) == "in" && (m.boundary(k+1) || m.t(k+1).kind == kPunct) {
		return match{i: k, j: k + 1, typ: "DURATION", val: durationValue(-1, u)}, true
	}
	if m.w(k+1) == "-" && m.w(k+2) == "long" && m.adj(k+1) && m.adj(k+2) {
		return match{i: k, j: k + 3, typ: "DURATION", val: durationValue(-1, u)}, true
	}
	return match{}, false
}

// ---- calendar dates ----
