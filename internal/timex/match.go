package timex

import (
	"fmt"
	"strings"
	"time"
)

// match is a time expression over tokens [i, j).
type match struct {
	i, j     int
	typ      string
	val      string
	mod      string
	rel      bool    // resolved against the publication date
	needDate bool    // a TIME whose day comes from a neighbouring date
	day      string  // YYYY-MM-DD when the expression names one day, to anchor times
	vagueRef bool    // PRESENT_REF and friends, deictic words: no "the" in front
	extra    *match  // the other end of a range ("June 20-22")
	inner    []match // expressions inside this one: the years of "between 2019 and 2021"
}

// matcher scans one document's tokens.
type matcher struct {
	text string
	toks []tok
	lx   lexicon
	ref  time.Time
	has  bool
	zero entry
	// lastDay is the last day-level date found so far, which "the day" and "the same day"
	// refer to.
	lastDay string
	key     []byte // scratch for holiday names
}

func (m *matcher) w(k int) string {
	if k < 0 || k >= len(m.toks) {
		return ""
	}
	return m.toks[k].low
}

func (m *matcher) e(k int) *entry {
	if k < 0 || k >= len(m.toks) || m.toks[k].e == nil {
		return &m.zero
	}
	return m.toks[k].e
}

func (m *matcher) t(k int) *tok {
	if k < 0 || k >= len(m.toks) {
		return &tok{kind: 0}
	}
	return &m.toks[k]
}

// adj reports whether token k touches token k-1.
func (m *matcher) adj(k int) bool {
	return k > 0 && k < len(m.toks) && m.toks[k].start == m.toks[k-1].end
}

// boundary reports whether token k opens a sentence.
func (m *matcher) boundary(k int) bool {
	if k <= 0 || k >= len(m.toks) {
		return true
	}
	if m.toks[k].nl {
		return true
	}
	p := m.toks[k-1].low
	return p == "." || p == "!" || p == "?"
}

// timeWord reports whether token k is a word the lexicon knows as part of time expressions
// (not only as a tense cue or a blocker).
func (m *matcher) timeWord(k int) bool {
	e := m.t(k).e
	return e != nil && (e.month > 0 || e.weekday > 0 || e.hasNum || e.ord != 0 || e.unit != "" ||
		e.pod != "" || e.season != "" || e.rel != "" || e.pos != "" || e.approx != "" ||
		e.deictic != "" || e.vague != "" || e.set != "" || e.zone != "" || e.ampm != "" ||
		e.holiday != "" || e.holidayHead)
}

func (m *matcher) isAny(k int, words ...string) bool {
	w := m.w(k)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// run finds every expression, left to right, longest first.
func (m *matcher) run() []match {
	var out []match
	for i := 0; i < len(m.toks); {
		if mt, ok := m.matchAt(i); ok {
			out = append(out, mt)
			if mt.extra != nil {
				out = append(out, *mt.extra)
			}
			out = append(out, mt.inner...)
			for _, x := range append([]match{mt}, out[len(out)-len(mt.inner):]...) {
				if x.day != "" && x.typ == "DATE" {
					m.lastDay = x.day
				}
			}
			i = mt.j
			if mt.extra != nil && mt.extra.j > i {
				i = mt.extra.j
			}
			continue
		}
		i++
	}
	m.anchorTimes(out)
	return out
}

// anchorTimes gives clock times without a day the day of the nearest day-level date in the
// same sentence, else the publication date.
func (m *matcher) anchorTimes(out []match) {
	for n := range out {
		if !out[n].needDate {
			continue
		}
		day := ""
		best := 1 << 30
		// neighbours in text order, out to the sentence's edges
		for _, step := range []int{-1, 1} {
			for o := n + step; o >= 0 && o < len(out) && abs(o-n) <= 8; o += step {
				if !m.sameSentence(out[o].i, out[n].i) {
					break
				}
				if out[o].day == "" {
					continue
				}
				d := out[o].i - out[n].i
				if d < 0 {
					d = -d
				}
				if d < best {
					best, day = d, out[o].day
				}
				break
			}
		}
		if day == "" {
			if m.has {
				day = dayStr(m.ref)
				out[n].rel = true
			} else {
				day = "XXXX-XX-XX"
			}
		}
		out[n].val = day + out[n].val
		out[n].needDate = false
	}
}

func (m *matcher) sameSentence(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k <= b; k++ {
		if m.boundary(k) {
			return false
		}
	}
	return true
}

// matchAt tries every rule at token i, with the prefixes that may precede an expression.
func (m *matcher) matchAt(i int) (match, bool) {
	best, ok := m.core(i)
	better := func(c match, cok bool) {
		if cok && (!ok || c.j > best.j) {
			best, ok = c, true
		}
	}
	w := m.w(i)
	// "the" + expression
	if w == "the" {
		// "the third quarter", "the 1990s", "the past year" take the article; "the 2016
		// campaign" and "the September 11 attacks" do not: there the date modifies a noun
		if c, cok := m.core(i + 1); cok && !c.vagueRef && !m.modifierDate(c) {
			c.i = i
			better(c, true)
		}
		// the beginning / end / middle of ...
		if p := m.e(i + 1).pos; p != "" && m.w(i+2) == "of" && !m.isAny(i+1, "early", "earlier", "late", "later", "mid") {
			k := i + 3
			c, cok := m.core(k)
			if !cok && m.w(k) == "the" {
				c, cok = m.theUnit(k)
			}
			if cok && c.typ == "DATE" && !strings.HasPrefix(c.val, "P") && !c.vagueRef {
				c.i, c.mod = i, p
				better(c, true)
			}
		}
	}
	// early / late / mid + date
	if p := m.e(i).pos; p != "" && m.isAny(i, "early", "late", "mid") {
		k := i + 1
		if m.w(k) == "in" && m.w(k+1) == "the" {
			k++ // "late in the day"
		}
		if m.w(k) == "-" && m.adj(k) {
			k++
		}
		if c, cok := m.core(k); cok && (c.typ == "DATE" || c.typ == "TIME") && !strings.HasPrefix(c.val, "P") && !c.vagueRef {
			c.i, c.mod = i, p
			better(c, true)
		}
	}
	// Reuters style "end-June", "start-2026"
	if m.isAny(i, "end", "start", "beginning") && m.w(i+1) == "-" && m.adj(i+1) && m.adj(i+2) {
		if c, cok := m.core(i + 2); cok && c.typ == "DATE" && !strings.HasPrefix(c.val, "P") && !c.vagueRef {
			c.i, c.mod = i, m.e(i).pos
			better(c, true)
		}
	}
	// earlier / later today, this week, this year
	if m.isAny(i, "earlier", "later") && m.isAny(i+1, "this", "today", "tonight") {
		if c, cok := m.core(i + 1); cok {
			c.i = i
			better(c, true)
		}
	}
	// quantity modifiers before durations and "... ago"
	if mod, k := m.approxAt(i); mod != "" && m.w(k) != "the" {
		if c, cok := m.core(k); cok && (c.typ == "DURATION" || c.agoDate()) {
			c.i, c.mod = i, mod
			better(c, true)
		}
	}
	return best, ok
}

// modifierDate reports whether c is a year or a calendar date used before a noun.
func (m *matcher) modifierDate(c match) bool {
	if c.typ == "DURATION" && c.j-c.i >= 3 && m.w(c.i+1) == "-" {
		n := m.t(c.j)
		return n.kind == kWord && !m.boundary(c.j) // "the 24-hour news cycle"
	}
	if c.typ != "DATE" || !(len(c.val) == 4 || len(c.val) == 10) || c.val[0] < '0' || c.val[0] > '9' {
		return false
	}
	n := m.t(c.j)
	return n.kind == kWord && !m.boundary(c.j) && !m.timeWord(c.j)
}

func (c match) agoDate() bool { return c.typ == "DATE" && c.rel && c.day == "" && c.j-c.i >= 3 }

// approxAt reads a quantity modifier at i and returns it with the token after it.
func (m *matcher) approxAt(i int) (string, int) {
	switch m.w(i) {
	case "more", "fewer", "less":
		if m.w(i+1) == "than" {
			if m.w(i) == "more" {
				return "MORE_THAN", i + 2
			}
			return "LESS_THAN", i + 2
		}
	case "at":
		if m.w(i+1) == "least" {
			return "EQUAL_OR_MORE", i + 2
		}
	case "up":
		if m.w(i+1) == "to" {
			return "EQUAL_OR_LESS", i + 2
		}
	case "just", "well":
		if a := m.e(i + 1).approx; a != "" {
			return a, i + 2
		}
	case "close":
		if m.w(i+1) == "to" {
			return "APPROX", i + 2
		}
	}
	if a := m.e(i).approx; a != "" {
		return a, i + 1
	}
	return "", i
}

// core tries the rules that start an expression at token k and keeps the longest.
func (m *matcher) core(k int) (match, bool) {
	if k >= len(m.toks) {
		return match{}, false
	}
	t := &m.toks[k]
	var best match
	ok := false
	try := func(c match, cok bool) {
		if cok && (!ok || c.j > best.j) {
			best, ok = c, true
		}
	}
	switch t.kind {
	case kNum:
		try(m.numericDate(k))
		try(m.clock(k))
		try(m.dayMonth(k))
		try(m.year(k))
		try(m.duration(k))
		try(m.ordinalUnit(k))
	case kWord:
		e := t.e
		if !m.timeWord(k) {
			if t.capital && strings.HasSuffix(t.low, "s") {
				try(m.pluralWeekday(k))
			}
			switch t.low {
			case "q", "h", "fy":
				try(m.quarterCode(k))
			case "the":
				try(m.theVague(k))
			case "between", "from":
				try(m.yearRange(k))
			case "every", "each", "per":
				try(m.set(k))
			case "that":
				if m.w(k+1) == "day" && m.lastDay != "" && !m.isAny(k+2, "when", "that", "-") {
					try(match{i: k, j: k + 2, typ: "DATE", val: m.lastDay, day: m.lastDay}, true)
				}
			case "overnight":
				if m.has && !m.t(k).capital || m.has && m.boundary(k) {
					mt := match{i: k, j: k + 1, typ: "TIME", rel: true}
					off := -1
					if m.tense(k, k+1) == tenseFuture {
						off = 0
					}
					mt.day = dayStr(m.ref.AddDate(0, 0, off))
					mt.val = mt.day + "TNI"
					if !m.isAny(k+1, "-", "stay", "stays", "flight", "flights", "success", "sensation", "rate", "rates") {
						try(mt, true)
					}
				}
			case "these":
				if m.w(k+1) == "days" {
					try(match{i: k, j: k + 2, typ: "DATE", val: "PRESENT_REF", vagueRef: true}, true)
				}
			case "a", "an", "half", "several", "few", "couple", "many", "dozens", "hundreds", "single":
				try(m.duration(k))
			case "present":
				if m.w(k-1) == "at" {
					try(match{i: k, j: k + 1, typ: "DATE", val: "PRESENT_REF", vagueRef: true}, true)
				}
			}
			break
		}
		if e.month > 0 {
			try(m.monthDate(k))
		}
		if t.capital && e.holidayHead {
			try(m.holiday(k))
		}
		if e.weekday > 0 {
			try(m.weekday(k))
		}
		if e.deictic != "" {
			try(m.deictic(k))
		}
		if e.rel != "" {
			try(m.relative(k))
		}
		if e.hasNum {
			try(m.duration(k))
		}
		if e.ord != 0 {
			try(m.ordinalUnit(k))
		}
		if e.season != "" {
			try(m.season(k))
		}
		if e.vague != "" {
			try(m.vague(k))
		}
		if e.set != "" {
			try(m.setWord(k))
		}
		if e.pod == "MI" || e.pod == "MN" {
			try(m.clock(k))
		}
		if e.unit != "" {
			try(m.bareUnits(k))
		}
	}
	return best, ok
}

// ---- numbers ----

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

// dayNumber reads a day of the month at k ("22", "22nd").
func (m *matcher) dayNumber(k int) (int, bool) {
	t := m.t(k)
	if t.kind != kNum || t.digits == 0 && !t.ordSuffix || t.decadeS {
		return 0, false
	}
	if t.end-t.start > 4 || t.num < 1 || t.num > 31 || t.num != float64(int(t.num)) {
		return 0, false
	}
	if !t.ordSuffix && t.digits > 2 {
		return 0, false
	}
	if m.w(k+1) == ":" && m.adj(k+1) {
		return 0, false
	}
	return int(t.num), true
}

// yearNumber reads a four-digit year at k.
func (m *matcher) yearNumber(k int) (int, bool) {
	t := m.t(k)
	if t.kind != kNum || t.digits != 4 || t.ordSuffix || t.decadeS || t.num < 1000 || t.num > 2199 {
		return 0, false
	}
	return int(t.num), true
}

// monthWord reports the month named at k and the token after it; abbreviations and the
// words that are also verbs need a day or year to follow (the caller checks).
func (m *matcher) monthWord(k int) (mon int, next int, weak bool) {
	t := m.t(k)
	if t.kind != kWord || t.e == nil || t.e.month == 0 || !t.capital {
		return 0, k, false
	}
	next = k + 1
	weak = t.e.monthAbbr || t.low == "may" || t.low == "march"
	if t.e.monthAbbr && m.w(next) == "." && m.adj(next) {
		next++
	}
	return t.e.month, next, weak
}

// monthDate reads "June 22", "June 22, 2025", "June 2025", "June 20-22" and bare "June".
func (m *matcher) monthDate(k int) (match, bool) {
	mon, p, weak := m.monthWord(k)
	if mon == 0 {
		return match{}, false
	}
	if d, ok := m.dayNumber(p); ok && !(m.t(p).kind == kNum && m.e(p+1).countNoun) {
		j := p + 1
		y, hasY := 0, false
		q := j
		if m.w(q) == "," {
			q++
		}
		if yy, ok := m.yearNumber(q); ok {
			y, hasY, j = yy, true, q+1
		}
		// range: "June 20-22", "June 20 to 22"
		var extra *match
		if !hasY && m.isAny(j, "-", "–", "to", "and", "through") {
			if d2, ok := m.dayNumber(j + 1); ok && d2 > d {
				e := match{i: j + 1, j: j + 2}
				q2 := e.j
				if m.w(q2) == "," {
					q2++
				}
				if yy, ok := m.yearNumber(q2); ok {
					y, hasY, e.j = yy, true, q2+1
				}
				extra = &e
			}
		}
		mt := m.calendarDay(k, j, y, hasY, mon, d)
		if extra != nil {
			e := m.calendarDay(extra.i, extra.j, y, hasY, mon, d2(m, extra.i))
			mt.extra = &e
		}
		if !validDay(2000, mon, d) {
			return match{}, false
		}
		return mt, true
	}
	q := p
	if m.w(q) == "of" || m.w(q) == "," {
		q++
	}
	if y, ok := m.yearNumber(q); ok {
		return match{i: k, j: q + 1, typ: "DATE", val: monthStr(y, mon)}, true
	}
	// "June of last year", "June this year"
	if m.e(q).rel != "" && m.e(q+1).unit == "Y" && !strings.HasSuffix(m.w(q+1), "s") && (q > p || m.w(q) != "last") {
		if c, ok := m.relative(q); ok && len(c.val) == 4 && c.val != "XXXX" {
			return match{i: k, j: c.j, typ: "DATE", val: c.val + fmt.Sprintf("-%02d", mon), rel: c.rel}, true
		}
		if ok := !m.has; ok {
			return match{i: k, j: q + 2, typ: "DATE", val: fmt.Sprintf("XXXX-%02d", mon)}, true
		}
	}
	if m.e(k).monthAbbr {
		return match{}, false
	}
	prevOK := m.isAny(k-1, "in", "since", "until", "till", "by", "during", "from", "to", "through", "throughout",
		"early", "late", "mid", "last", "next", "this", "of", "before", "after", "between", "and", "or", "-", "coming", "past", "end", "beginning", "start", "middle", "until")
	if weak && !prevOK {
		return match{}, false
	}
	if !prevOK {
		nt := m.t(k + 1)
		if nt.kind == kWord && nt.capital && !m.boundary(k+1) {
			return match{}, false
		}
		if m.t(k-1).kind == kWord && m.t(k-1).capital && !m.boundary(k) {
			return match{}, false
		}
	}
	if !m.has {
		return match{i: k, j: k + 1, typ: "DATE", val: fmt.Sprintf("XXXX-%02d", mon)}, true
	}
	y := yearFor(m.ref, mon, 0, m.tense(k, k+1))
	return match{i: k, j: k + 1, typ: "DATE", val: monthStr(y, mon), rel: true}, true
}

func d2(m *matcher, k int) int { d, _ := m.dayNumber(k); return d }

// calendarDay builds a day-level date, resolving the year when it is not given.
func (m *matcher) calendarDay(i, j, y int, hasY bool, mon, d int) match {
	mt := match{i: i, j: j, typ: "DATE"}
	switch {
	case hasY:
		mt.val = fmt.Sprintf("%04d-%02d-%02d", y, mon, d)
	case !m.has:
		mt.val = fmt.Sprintf("XXXX-%02d-%02d", mon, d)
	default:
		y = yearFor(m.ref, mon, d, m.tense(i, j))
		mt.val = fmt.Sprintf("%04d-%02d-%02d", y, mon, d)
		mt.rel = true
	}
	if !strings.HasPrefix(mt.val, "X") {
		mt.day = mt.val
	}
	return mt
}

// dayMonth reads "23 June 2025", "the 5th of June", "20-22 June".
func (m *matcher) dayMonth(k int) (match, bool) {
	d, ok := m.dayNumber(k)
	if !ok {
		return match{}, false
	}
	p := k + 1
	var first *match
	if m.isAny(p, "-", "–", "to", "and") {
		if d2, ok := m.dayNumber(p + 1); ok && d2 > d {
			if _, _, _ = m.monthWord(p + 2); m.t(p+2).e != nil && m.t(p+2).e.month > 0 {
				first = &match{i: k, j: k + 1}
				k, d, p = p+1, d2, p+2
			}
		}
	}
	if m.w(p) == "of" {
		p++
	}
	mon, q, _ := m.monthWord(p)
	if mon == 0 || !validDay(2000, mon, d) {
		return match{}, false
	}
	j := q
	y, hasY := 0, false
	r := q
	if m.w(r) == "," {
		r++
	}
	if yy, ok := m.yearNumber(r); ok {
		y, hasY, j = yy, true, r+1
	}
	mt := m.calendarDay(k, j, y, hasY, mon, d)
	if first != nil {
		f := m.calendarDay(first.i, first.j, y, hasY, mon, d2(m, first.i))
		f.extra = &mt
		return f, true
	}
	return mt, true
}

// numericDate reads 2025-06-23, 2025/06/23 and 7/8/07 or 23/06/2025.
func (m *matcher) numericDate(k int) (match, bool) {
	a := m.t(k)
	if a.kind != kNum || a.digits == 0 || a.ordSuffix || a.decadeS {
		return match{}, false
	}
	sep := m.w(k + 1)
	if (sep != "-" && sep != "/" && sep != ".") || !m.adj(k+1) || !m.adj(k+2) || m.w(k+3) != sep || !m.adj(k+3) || !m.adj(k+4) {
		return match{}, false
	}
	b, c := m.t(k+2), m.t(k+4)
	if b.kind != kNum || c.kind != kNum || b.digits == 0 || c.digits == 0 || b.ordSuffix || c.ordSuffix {
		return match{}, false
	}
	var y, mon, d int
	switch {
	case a.digits == 4 && b.digits <= 2 && c.digits <= 2:
		y, mon, d = int(a.num), int(b.num), int(c.num)
	case a.digits <= 2 && b.digits <= 2 && (c.digits == 4 || c.digits == 2) && sep != "-":
		y = int(c.num)
		if c.digits == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		mon, d = int(a.num), int(b.num)
		if mon > 12 || sep == "." {
			mon, d = d, mon
		}
	default:
		return match{}, false
	}
	if !validDay(y, mon, d) {
		return match{}, false
	}
	v := fmt.Sprintf("%04d-%02d-%02d", y, mon, d)
	return match{i: k, j: k + 5, typ: "DATE", val: v, day: v}, true
}

// year reads "2022", "1990s", "'82", "2009-2011" and "FY2007" style years.
func (m *matcher) year(k int) (match, bool) {
	t := m.t(k)
	if t.kind != kNum || t.ordSuffix {
		return match{}, false
	}
	prev := m.t(k - 1)
	// decades
	if t.decadeS && t.digits > 0 {
		n := int(t.num)
		switch {
		case t.digits == 4 && n%10 == 0 && n >= 1000 && n < 2200:
			return match{i: k, j: k + 1, typ: "DATE", val: fmt.Sprintf("%03d", n/10)}, true
		case t.digits == 2 && n%10 == 0:
			c := 19
			if n < 30 {
				c = 20
			}
			i := k
			if (prev.low == "'" || prev.low == "’") && m.adj(k) {
				i = k - 1
			}
			return match{i: i, j: k + 1, typ: "DATE", val: fmt.Sprintf("%d%d", c, n/10)}, true
		}
		return match{}, false
	}
	// '82
	if t.digits == 2 && (prev.low == "'" || prev.low == "’") && m.adj(k) && !m.adj(k-1) && !(m.t(k-2).kind == kWord && m.t(k-2).low != m.text[m.t(k-2).start:m.t(k-2).end]) {
		y := 1900 + int(t.num)
		if m.has && y+100 <= m.ref.Year()+1 {
			y += 100
		}
		return match{i: k - 1, j: k + 1, typ: "DATE", val: yearStr(y)}, true
	}
	y, ok := m.yearNumber(k)
	if !ok || y < 1900 || y > 2099 && !(m.isAny(k-1, "in", "by", "until", "since")) {
		if !ok || !(y >= 1000 && m.isAny(k-1, "in", "since", "until", "by", "of", "from")) {
			return match{}, false
		}
	}
	if m.e(k-1).yearBlock || m.isAny(k-1, "$", "€", "£", "#") {
		if !(prev.low == "over" || prev.low == "around") {
			return match{}, false
		}
	}
	if m.adj(k) && (prev.kind == kWord || prev.kind == kNum || prev.low == "-" && m.t(k-2).kind == kWord && m.w(k-2) != "mid" && m.adj(k-1)) {
		if prev.low == "fy" {
			return match{i: k - 1, j: k + 1, typ: "DATE", val: "FY" + yearStr(y)}, true
		}
		return match{}, false
	}
	next := m.t(k + 1)
	if prev.kind == kWord && prev.capital && !m.boundary(k-1) && !m.timeWord(k-1) && next.kind == kWord && next.capital && !next.nl && !m.timeWord(k+1) {
		return match{}, false // "Russell 2000 Index", "Windows 2000 Server"
	}
	if (next.low == "%" || next.low == ":" || next.low == "-" && m.t(k+2).kind == kWord && m.e(k+2).unit == "") && m.adj(k+1) {
		return match{}, false
	}
	if m.e(k+1).countNoun || next.kind == kWord && m.e(k+1).unit != "" {
		return match{}, false
	}
	// 2009-2011, 2009-11
	if (next.low == "-" || next.low == "–") && m.adj(k+1) && m.adj(k+2) {
		n2 := m.t(k + 2)
		y2 := 0
		if n2.kind == kNum && n2.digits == 4 {
			y2 = int(n2.num)
		} else if n2.kind == kNum && n2.digits == 2 {
			y2 = y/100*100 + int(n2.num)
		}
		if y2 > y && y2-y < 100 {
			mt := match{i: k, j: k + 3, typ: "DURATION", val: durationValue(float64(y2-y), "Y")}
			mt.inner = []match{{i: k, j: k + 1, typ: "DATE", val: yearStr(y)}}
			if n2.digits == 4 {
				mt.inner = append(mt.inner, match{i: k + 2, j: k + 3, typ: "DATE", val: yearStr(y2)})
			}
			return mt, true
		}
	}
	// fiscal 2009
	i := k
	if prev.low == "fiscal" {
		return match{i: k - 1, j: k + 1, typ: "DATE", val: "FY" + yearStr(y)}, true
	}
	return match{i: i, j: k + 1, typ: "DATE", val: yearStr(y)}, true
}

// yearRange reads "between 2019 and 2021" and "from 2009 to 2011".
func (m *matcher) yearRange(k int) (match, bool) {
	y1, ok1 := m.yearNumber(k + 1)
	if !ok1 {
		return match{}, false
	}
	sep := m.w(k + 2)
	if (m.w(k) == "between" && sep != "and") || (m.w(k) == "from" && sep != "to" && sep != "until" && sep != "through" && sep != "till") {
		return match{}, false
	}
	y2, ok2 := m.yearNumber(k + 3)
	if !ok2 || y2 <= y1 || y2-y1 > 100 {
		return match{}, false
	}
	if m.e(k + 4).countNoun {
		return match{}, false
	}
	mt := match{i: k, j: k + 4, typ: "DURATION", val: durationValue(float64(y2-y1), "Y")}
	mt.inner = []match{{i: k + 1, j: k + 2, typ: "DATE", val: yearStr(y1)}, {i: k + 3, j: k + 4, typ: "DATE", val: yearStr(y2)}}
	return mt, true
}

// ---- weekdays, deictic words, relative expressions ----

func (m *matcher) weekday(k int) (match, bool) {
	t := m.t(k)
	if !t.capital {
		return match{}, false
	}
	wd := m.e(k).weekday
	if wd == 0 {
		return match{}, false
	}
	p := k + 1
	q := p
	if m.w(q) == "," {
		q++
	}
	// Monday, June 23, 2025 / Monday 23 June
	if c, ok := m.monthDate(q); ok && c.day != "" || ok && strings.HasPrefix(c.val, "XXXX-") && len(c.val) == 10 {
		c.i = k
		return c, true
	}
	if c, ok := m.dayMonth(q); ok && c.extra == nil {
		c.i = k
		return c, true
	}
	if m.w(k+1) == "-" && m.adj(k+1) && m.adj(k+2) && m.isAny(k+2, "style") {
		return match{}, false
	}
	// "Black Friday", "Super Tuesday"
	if m.isAny(k-1, "black", "good", "super", "cyber", "bloody", "ash", "holy", "maundy", "palm", "shrove", "giving", "fat", "blue", "manic") && m.t(k-1).capital {
		return match{}, false
	}
	// "The Sunday Times"
	if nt := m.t(k + 1); nt.kind == kWord && nt.capital && !m.timeWord(k+1) && !m.boundary(k+1) &&
		!m.isAny(k-1, "on", "last", "next", "this", "by", "until", "since", "from", "before", "after", "early", "late", ",", "and", "or", "till", "through") {
		return match{}, false
	}
	mt := match{i: k, j: p, typ: "DATE", rel: true}
	if !m.has {
		mt.val, mt.rel = fmt.Sprintf("XXXX-WXX-%d", wd), false
	} else {
		dir := -1
		if m.tense(k, p) == tenseFuture {
			dir = 1
		}
		mt.val = dayStr(weekdayNear(m.ref, wd, dir))
		mt.day = mt.val
	}
	m.withPartOfDay(&mt)
	return mt, true
}

// withPartOfDay extends a day-level date over a following part of day ("Monday morning").
func (m *matcher) withPartOfDay(mt *match) {
	pod := m.e(mt.j).pod
	if pod == "" || pod == "MI" || pod == "MN" || strings.HasSuffix(m.w(mt.j), "s") {
		if pod == "MI" || pod == "MN" {
			mt.val += podClock(pod)
			mt.typ = "TIME"
			mt.j++
		}
		return
	}
	mt.val += "T" + pod
	mt.typ = "TIME"
	mt.j++
}

func podClock(p string) string {
	if p == "MN" {
		return "T24:00"
	}
	return "T12:00"
}

func (m *matcher) deictic(k int) (match, bool) {
	d := m.e(k).deictic
	if d == "" {
		return match{}, false
	}
	// "USA Today", "Good Morning America"-style names
	if pt := m.t(k - 1); m.t(k).capital && !m.boundary(k) && pt.kind == kWord && pt.capital && !m.timeWord(k-1) {
		return match{}, false
	}
	off := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[d]
	mt := match{i: k, j: k + 1, typ: "DATE", rel: true}
	if m.has {
		mt.val = dayStr(m.ref.AddDate(0, 0, off))
		mt.day = mt.val
	} else {
		mt.val, mt.rel = "XXXX-XX-XX", false
		if d == "today" {
			mt.val = "PRESENT_REF"
		}
	}
	if d == "tonight" {
		mt.val += "TNI"
		mt.typ = "TIME"
		return mt, true
	}
	m.withPartOfDay(&mt)
	return mt, true
}

// theVague reads "the future", "the past", "the near future", "the long term", "the day
// before yesterday".
func (m *matcher) theVague(k int) (match, bool) {
	w1 := m.w(k + 1)
	switch w1 {
	case "future":
		return match{i: k, j: k + 2, typ: "DATE", val: "FUTURE_REF", vagueRef: true}, true
	case "near", "foreseeable", "distant", "immediate":
		if m.w(k+2) == "future" {
			return match{i: k, j: k + 3, typ: "DATE", val: "FUTURE_REF", vagueRef: true}, true
		}
		if m.w(k+2) == "term" && m.isAny(k-1, "in", "over", "for") {
			return match{i: k, j: k + 3, typ: "DATE", val: "FUTURE_REF", vagueRef: true}, true
		}
	case "long", "short", "medium":
		if m.w(k+2) == "term" && m.isAny(k-1, "in", "over", "for") {
			return match{i: k, j: k + 3, typ: "DATE", val: "FUTURE_REF", vagueRef: true}, true
		}
	case "past":
		n := m.t(k + 2)
		if n.kind == kNum || n.e != nil && (n.e.unit != "" || n.e.hasNum || n.e.month > 0 || n.e.weekday > 0 || n.e.season != "") || m.isAny(k+2, "few", "several", "couple") {
			return match{}, false
		}
		return match{i: k, j: k + 2, typ: "DATE", val: "PAST_REF", vagueRef: true}, true
	case "moment":
		if m.w(k-1) == "at" {
			return match{i: k, j: k + 2, typ: "DATE", val: "PRESENT_REF", vagueRef: true}, true
		}
	case "time":
		if m.w(k+2) == "being" {
			return match{i: k, j: k + 3, typ: "DATE", val: "PRESENT_REF", vagueRef: true}, true
		}
	case "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties":
		d := map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}[w1]
		return match{i: k, j: k + 2, typ: "DATE", val: fmt.Sprintf("19%d", d)}, true
	case "morning", "afternoon", "evening", "night":
		// "in the morning": the part of the day last named
		if !m.isAny(k-1, "in", "during", "through", "throughout") || m.w(k+2) == "of" || m.w(k+2) == "and" {
			break
		}
		day := m.lastDay
		if day == "" {
			if !m.has {
				break
			}
			day = dayStr(m.ref)
		}
		return match{i: k, j: k + 2, typ: "TIME", val: day + "T" + m.e(k+1).pod, rel: m.lastDay == ""}, true
	case "weekend":
		return match{i: k, j: k + 2, typ: "DATE", val: m.weekend(k, k+2, 0), rel: m.has}, true
	case "years", "decades", "months", "weeks":
		if m.w(k-1) == "over" {
			return match{i: k, j: k + 2, typ: "DURATION", val: durationValue(-1, m.e(k+1).unit)}, true
		}
	case "same":
		if m.w(k+2) == "day" {
			if c, ok := m.theDay(k, k+3); ok {
				return c, true
			}
		}
	}
	switch w1 {
	case "next", "following", "previous":
		// "the next day", "the following morning": a day after the one last named
		if m.lastDay == "" {
			break
		}
		last, err := time.Parse("2006-01-02", m.lastDay)
		if err != nil {
			break
		}
		off := 1
		if w1 == "previous" {
			off = -1
		}
		day := dayStr(last.AddDate(0, 0, off))
		switch pod := m.e(k + 2).pod; {
		case m.w(k+2) == "day":
			return match{i: k, j: k + 3, typ: "DATE", val: day, day: day}, true
		case pod != "" && pod != "MI" && pod != "MN" && !strings.HasSuffix(m.w(k+2), "s"):
			return match{i: k, j: k + 3, typ: "TIME", val: day + "T" + pod, day: day}, true
		}
	case "day":
		if m.w(k+2) == "before" && m.lastDay != "" && !m.isAny(k+3, "yesterday") && (m.t(k+3).kind == kPunct || m.boundary(k+3)) {
			if last, err := time.Parse("2006-01-02", m.lastDay); err == nil {
				day := dayStr(last.AddDate(0, 0, -1))
				return match{i: k, j: k + 3, typ: "DATE", val: day, day: day}, true
			}
		}
		if c, ok := m.theDay(k, k+2); ok {
			return c, true
		}
		if (m.w(k+2) == "before" && m.w(k+3) == "yesterday") || (m.w(k+2) == "after" && m.w(k+3) == "tomorrow") {
			off := -2
			if m.w(k+2) == "after" {
				off = 2
			}
			mt := match{i: k, j: k + 4, typ: "DATE", val: "XXXX-XX-XX"}
			if m.has {
				mt.val, mt.rel = dayStr(m.ref.AddDate(0, 0, off)), true
				mt.day = mt.val
			}
			return mt, true
		}
	}
	return match{}, false
}

// theDay reads "the day" and "the same day" over tokens [i, j): the day last named, or the
// publication date.
func (m *matcher) theDay(i, j int) (match, bool) {
	if m.isAny(j, "before", "after", "of", "when", "that", "in", "on", "which", "-", "and", "he", "she", "they", "we", "i") || m.t(i+1).capital {
		return match{}, false
	}
	day := m.lastDay
	if day == "" {
		if !m.has {
			return match{}, false
		}
		day = dayStr(m.ref)
	}
	return match{i: i, j: j, typ: "DATE", val: day, day: day, rel: m.lastDay == ""}, true
}

// theUnit reads "the year", "the month", "the week" after "the end of": the current one.
func (m *matcher) theUnit(k int) (match, bool) {
	switch m.e(k + 1).unit {
	case "Y", "M", "W", "Q", "DE", "CE":
	default:
		return match{}, false
	}
	if strings.HasSuffix(m.w(k+1), "s") {
		return match{}, false
	}
	v, ok := m.shiftUnit(0, m.e(k+1).unit)
	if !ok {
		return match{}, false
	}
	return match{i: k, j: k + 2, typ: "DATE", val: v, rel: m.has}, true
}

// shiftUnit is the unit n steps from the publication date ("last week": -1, "W").
func (m *matcher) shiftUnit(n int, unit string) (string, bool) {
	if !m.has {
		switch unit {
		case "Y":
			return "XXXX", true
		case "M":
			return "XXXX-XX", true
		case "W":
			return "XXXX-WXX", true
		case "WE":
			return "XXXX-WXX-WE", true
		case "Q":
			return "XXXX-QX", true
		case "DE":
			return "XXX", true
		case "CE":
			return "XX", true
		}
		return "", false
	}
	switch unit {
	case "W":
		return weekStr(m.ref.AddDate(0, 0, 7*n)), true
	case "WE":
		return weekStr(m.ref.AddDate(0, 0, 7*n)) + "-WE", true
	}
	return shiftValue(m.ref, n, unit)
}

// weekend resolves "this weekend" and "the weekend": the coming one, or in past-tense
// reporting on a weekday, the one just gone.
func (m *matcher) weekend(i, j, n int) string {
	if !m.has {
		return "XXXX-WXX-WE"
	}
	if n == 0 && isoWeekday(m.ref) < 6 && m.tense(i, j) == tensePast {
		n = -1
	}
	return weekStr(m.ref.AddDate(0, 0, 7*n)) + "-WE"
}

// relative reads this/last/next/past/coming + unit, month, weekday, season or part of day,
// and "the past three years", "recent years".
func (m *matcher) relative(k int) (match, bool) {
	r := m.e(k).rel
	if r == "" {
		return match{}, false
	}
	p := k + 1
	// the past three years, the next few months
	if r != "this" && r != "same" {
		if n, q, article, ok := m.number(p); ok && !article {
			for m.e(q).durAdj && m.e(q).unit == "" {
				q++
			}
			if u := m.e(q).unit; u != "" && u != "WE" && (strings.HasSuffix(m.w(q), "s") || n == 1) {
				return match{i: k, j: q + 1, typ: "DURATION", val: durationValue(n, u)}, true
			}
		}
	}
	if r == "this" && m.w(p) == "past" {
		if u := m.e(p + 1).unit; (u == "W" || u == "WE" || u == "M" || u == "Y") && !strings.HasSuffix(m.w(p+1), "s") {
			v, ok := m.shiftUnit(-1, u)
			if ok {
				return match{i: k, j: p + 2, typ: "DATE", val: v, rel: m.has}, true
			}
		}
	}
	e := m.e(p)
	t := m.t(p)
	switch {
	case e.unit != "" && strings.HasSuffix(t.low, "s") && e.unit != "S":
		switch r {
		case "recent", "past", "last", "previous":
			if r == "recent" || m.w(k-1) == "the" {
				return match{i: k, j: p + 1, typ: "DATE", val: "PAST_REF", vagueRef: r != "recent"}, true
			}
		case "coming", "next", "following":
			if m.w(k-1) == "the" {
				return match{i: k, j: p + 1, typ: "DATE", val: "FUTURE_REF"}, true
			}
		}
		return match{}, false
	case e.unit != "":
		u := e.unit
		switch u {
		case "Y", "M", "W", "WE", "Q", "DE", "CE":
		case "D":
			return match{}, false
		default:
			return match{}, false
		}
		if t.capital && !m.boundary(p) && !m.t(k).capital {
			return match{}, false
		}
		var n int
		switch r {
		case "this":
			n = 0
		case "last", "previous":
			n = -1
		case "next", "coming", "following":
			n = 1
		case "past":
			return match{i: k, j: p + 1, typ: "DURATION", val: durationValue(1, u)}, true
		default:
			return match{}, false
		}
		if r == "last" && m.w(k-1) == "the" && m.w(p+1) == "of" && (m.e(p+2).month > 0 || m.t(p+2).kind == kNum || m.w(p+2) == "the") {
			return match{}, false // "the last week of March"
		}
		if r == "following" && m.w(k-1) == "the" {
			return match{}, false // anaphoric: "the following year"
		}
		v, ok := m.shiftUnit(n, u)
		if !ok {
			return match{}, false
		}
		if u == "WE" {
			v = m.weekend(k, p+1, n)
		}
		return match{i: k, j: p + 1, typ: "DATE", val: v, rel: m.has}, true
	case e.month > 0 && t.capital:
		mon := e.month
		if !m.has {
			return match{i: k, j: p + 1, typ: "DATE", val: fmt.Sprintf("XXXX-%02d", mon)}, true
		}
		y := m.ref.Year()
		rm := int(m.ref.Month())
		switch r {
		case "last", "past", "previous":
			if mon >= rm {
				y--
			}
		case "next", "coming", "following":
			if mon <= rm {
				y++
			}
		case "this":
		default:
			return match{}, false
		}
		// "last November 12"
		if d, ok := m.dayNumber(p + 1); ok && validDay(y, mon, d) {
			v := fmt.Sprintf("%04d-%02d-%02d", y, mon, d)
			return match{i: k, j: p + 2, typ: "DATE", val: v, day: v, rel: true}, true
		}
		return match{i: k, j: p + 1, typ: "DATE", val: monthStr(y, mon), rel: true}, true
	case e.weekday > 0 && t.capital:
		mt := match{i: k, j: p + 1, typ: "DATE", rel: true}
		if !m.has {
			mt.val, mt.rel = fmt.Sprintf("XXXX-WXX-%d", e.weekday), false
			m.withPartOfDay(&mt)
			return mt, true
		}
		dir := -2
		switch r {
		case "last", "past", "previous":
			dir = -2
		case "next", "following":
			// the one in the week after the publication week
			mt.val = dayStr(weekdayNear(m.ref.AddDate(0, 0, 7-isoWeekday(m.ref)+1), e.weekday, 1))
			mt.day = mt.val
			m.withPartOfDay(&mt)
			return mt, true
		case "coming":
			dir = 2
		case "this":
			dir = -1
			if m.tense(k, p+1) == tenseFuture {
				dir = 1
			}
		default:
			return match{}, false
		}
		mt.val = dayStr(weekdayNear(m.ref, e.weekday, dir))
		mt.day = mt.val
		m.withPartOfDay(&mt)
		return mt, true
	case e.season != "":
		if !m.has {
			return match{i: k, j: p + 1, typ: "DATE", val: "XXXX-" + e.season}, true
		}
		var n int
		switch r {
		case "last", "past", "previous":
			n = -1
		case "next", "coming", "following":
			n = 1
		case "this":
		default:
			return match{}, false
		}
		y := seasonYear(m.ref, e.season, n)
		return match{i: k, j: p + 1, typ: "DATE", val: fmt.Sprintf("%04d-%s", y, e.season), rel: true}, true
	case e.pod != "" && e.pod != "MI" && e.pod != "MN":
		off := 0
		switch {
		case r == "this" && e.pod != "NI":
		case r == "last" && e.pod == "NI":
			off = -1
		default:
			return match{}, false
		}
		mt := match{i: k, j: p + 1, typ: "TIME", rel: m.has}
		if m.has {
			mt.day = dayStr(m.ref.AddDate(0, 0, off))
			mt.val = mt.day + "T" + e.pod
		} else {
			mt.val = "XXXX-XX-XXT" + e.pod
		}
		return mt, true
	}
	return match{}, false
}

// ordinalUnit reads "the third quarter of 2009", "third-quarter", "the 20th century", "the
// first half of 2009".
func (m *matcher) ordinalUnit(k int) (match, bool) {
	t := m.t(k)
	ord := 0
	switch {
	case t.kind == kNum && t.ordSuffix:
		ord = int(t.num)
	case t.kind == kWord && t.e != nil && t.e.ord != 0:
		ord = t.e.ord
	default:
		return match{}, false
	}
	p := k + 1
	if m.w(p) == "-" && m.adj(p) {
		p++
	}
	w := m.w(p)
	switch {
	case w == "century" || w == "centuries" && false:
		if ord < 1 || ord > 22 {
			return match{}, false
		}
		return match{i: k, j: p + 1, typ: "DATE", val: fmt.Sprintf("%02d", ord-1)}, true
	case w == "quarter" || w == "half":
		unit := "Q"
		maxOrd := 4
		if w == "half" {
			unit, maxOrd = "H", 2
		}
		if ord > maxOrd {
			return match{}, false
		}
		j := p + 1
		y, hasY := 0, false
		q := j
		if m.w(q) == "of" {
			q++
		}
		if yy, ok := m.yearNumber(q); ok {
			y, hasY, j = yy, true, q+1
		} else if m.w(q-1) == "of" || q == j {
			if c, ok := m.relative(q); ok && m.e(q+1).unit == "Y" && c.typ == "DATE" {
				if _, err := fmt.Sscanf(c.val, "%4d", &y); err == nil && len(c.val) == 4 {
					hasY, j = true, c.j
				}
			}
			if !hasY && m.w(q) == "the" && m.w(q+1) == "year" && m.w(q-1) == "of" && m.has {
				y, hasY, j = m.ref.Year(), true, q+2
			}
		}
		if ord == -1 {
			if hasY {
				ord = maxOrd
			} else if unit == "Q" && m.has {
				v, _ := shiftValue(m.ref, -1, "Q")
				return match{i: k, j: j, typ: "DATE", val: v, rel: true}, true
			} else {
				return match{}, false
			}
		}
		if !hasY {
			if w == "half" && m.w(j) == "of" {
				return match{}, false // "the first half of the match"
			}
			if !m.has {
				return match{i: k, j: j, typ: "DATE", val: fmt.Sprintf("XXXX-%s%d", unit, ord)}, true
			}
			y = m.ref.Year()
			cur := quarterOf(m.ref)
			if unit == "H" {
				cur = (int(m.ref.Month())-1)/6 + 1
			}
			switch m.tense(k, j) {
			case tensePast:
				if ord > cur {
					y--
				}
			case tenseFuture:
				if ord < cur {
					y++
				}
			}
			return match{i: k, j: j, typ: "DATE", val: fmt.Sprintf("%04d-%s%d", y, unit, ord), rel: true}, true
		}
		return match{i: k, j: j, typ: "DATE", val: fmt.Sprintf("%04d-%s%d", y, unit, ord)}, true
	}
	return match{}, false
}

// quarterCode reads "Q3 2009", "H1", "FY2007".
func (m *matcher) quarterCode(k int) (match, bool) {
	t := m.t(k)
	n := m.t(k + 1)
	if !t.upper && !t.capital || n.kind != kNum || !m.adj(k+1) {
		return match{}, false
	}
	if t.low == "fy" {
		if y, ok := m.yearNumber(k + 1); ok {
			return match{i: k, j: k + 2, typ: "DATE", val: "FY" + yearStr(y)}, true
		}
		return match{}, false
	}
	unit, max := "Q", 4.0
	if t.low == "h" {
		unit, max = "H", 2
	}
	if n.digits != 1 || n.num < 1 || n.num > max || m.isLetterAfter(k+1) {
		return match{}, false
	}
	q := k + 2
	if y, ok := m.yearNumber(q); ok {
		return match{i: k, j: q + 1, typ: "DATE", val: fmt.Sprintf("%04d-%s%d", y, unit, int(n.num))}, true
	}
	if !m.has {
		return match{i: k, j: k + 2, typ: "DATE", val: fmt.Sprintf("XXXX-%s%d", unit, int(n.num))}, true
	}
	y := m.ref.Year()
	if m.tense(k, k+2) == tensePast && unit == "Q" && int(n.num) > quarterOf(m.ref) {
		y--
	}
	return match{i: k, j: k + 2, typ: "DATE", val: fmt.Sprintf("%04d-%s%d", y, unit, int(n.num)), rel: true}, true
}

func (m *matcher) isLetterAfter(k int) bool {
	n := m.t(k + 1)
	return n.kind == kWord && m.adj(k+1)
}

func (m *matcher) season(k int) (match, bool) {
	t := m.t(k)
	s := m.e(k).season
	if s == "" {
		return match{}, false
	}
	p := k + 1
	q := p
	if m.w(q) == "of" {
		q++
	}
	if y, ok := m.yearNumber(q); ok {
		return match{i: k, j: q + 1, typ: "DATE", val: fmt.Sprintf("%04d-%s", y, s)}, true
	}
	if t.low == "fall" {
		return match{}, false
	}
	prev := m.t(k - 1)
	if prev.kind == kWord && prev.capital && !m.boundary(k) || strings.HasSuffix(t.low, "s") {
		return match{}, false // "Arab Spring"
	}
	if t.capital && !m.boundary(k) {
		nt := m.t(k + 1)
		if nt.kind == kWord && nt.capital {
			return match{}, false // "Summer Olympics"
		}
	}
	if t.capital && !m.boundary(k) && !m.isAny(k-1, "in", "the", "this", "during", "since", "until", "by", "of", "early", "late", "mid", "through", "throughout", "before", "after", "their", "its") {
		return match{}, false
	}
	if m.w(k+1) == "-" || m.isAny(k+1, "water", "roll", "rolls", "break", "camp", "school", "collection", "season") && false {
		return match{}, false
	}
	if !m.has {
		return match{i: k, j: p, typ: "DATE", val: "XXXX-" + s}, true
	}
	y := m.ref.Year()
	if m.tense(k, p) == tensePast && seasonIndex(s) > seasonOf(m.ref) {
		y--
	}
	return match{i: k, j: p, typ: "DATE", val: fmt.Sprintf("%04d-%s", y, s), rel: true}, true
}

func (m *matcher) vague(k int) (match, bool) {
	t := m.t(k)
	v := m.e(k).vague
	if v == "" {
		return match{}, false
	}
	switch t.low {
	case "future":
		return match{}, false // only "the future"
	case "soon":
		if m.isAny(k-1, "as", "how", "so", "too") || m.isAny(k+1, "as", "after", "afterwards", "thereafter", "-") {
			return match{}, false
		}
	case "recent":
		// "recent losses": the past; "recent years" is read by relative
		if m.e(k+1).unit != "" {
			return match{}, false
		}
	case "now":
		if m.w(k+1) == "-" && m.adj(k+1) {
			return match{}, false // "now-defunct"
		}
		if m.w(k+1) == "that" {
			return match{}, false
		}
	}
	return match{i: k, j: k + 1, typ: "DATE", val: v, vagueRef: true}, true
}

// set reads "every week", "each year", "every other Monday", "per day".
func (m *matcher) set(k int) (match, bool) {
	p := k + 1
	n := 1.0
	if m.w(p) == "other" {
		n, p = 2, p+1
	} else if m.w(k) != "per" {
		if v, q, article, ok := m.number(p); ok && !article && v > 0 {
			n, p = v, q
		}
	}
	e := m.e(p)
	t := m.t(p)
	switch {
	case e.unit != "" && e.unit != "Q" || e.unit == "Q" && m.w(k) != "per":
		if e.unit == "WE" {
			return match{i: k, j: p + 1, typ: "SET", val: "XXXX-WXX-WE"}, true
		}
		return match{i: k, j: p + 1, typ: "SET", val: durationValue(n, e.unit)}, true
	case e.weekday > 0 && t.capital && m.w(k) != "per":
		return match{i: k, j: p + 1, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d", e.weekday)}, true
	case e.pod != "" && m.w(k) != "per" && e.pod != "MI" && e.pod != "MN":
		return match{i: k, j: p + 1, typ: "SET", val: "XXXX-XX-XXT" + e.pod}, true
	case e.month > 0 && t.capital && m.w(k) != "per":
		return match{i: k, j: p + 1, typ: "SET", val: fmt.Sprintf("XXXX-%02d", e.month)}, true
	}
	return match{}, false
}

func (m *matcher) setWord(k int) (match, bool) {
	t := m.t(k)
	if t.capital && !m.boundary(k) {
		return match{}, false // "The Daily Telegraph"
	}
	s := m.e(k).set
	if s == "" {
		return match{}, false
	}
	v := ""
	switch s {
	case "NI":
		v = "XXXX-XX-XXTNI"
	case "6M":
		v = "P6M"
	case "2Y":
		v = "P2Y"
	case "FN":
		v = "P2W"
	case "H":
		v = "PT1H"
	default:
		v = "P1" + s
	}
	return match{i: k, j: k + 1, typ: "SET", val: v}, true
}

// pluralWeekday reads "Mondays" as a set.
func (m *matcher) pluralWeekday(k int) (match, bool) {
	t := m.t(k)
	e := m.lx[strings.TrimSuffix(t.low, "s")]
	if e == nil || e.weekday == 0 {
		return match{}, false
	}
	return match{i: k, j: k + 1, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d", e.weekday)}, true
}

// clock reads "08:15", "8:15 a.m. GMT", "8pm", "0800 UTC", "noon", with a day that follows
// ("16:00 UTC today").
func (m *matcher) clock(k int) (match, bool) {
	t := m.t(k)
	h, mi := -1, 0
	p := k + 1
	switch {
	case t.kind == kWord && t.e != nil && (t.e.pod == "MI" || t.e.pod == "MN"):
		if t.e.pod == "MI" {
			h = 12
		} else {
			h = 24
		}
	case t.kind == kNum && t.digits > 0 && t.digits <= 2 && m.w(p) == ":" && m.adj(p) && m.adj(p+1) && m.t(p+1).kind == kNum && m.t(p+1).digits == 2:
		h, mi = int(t.num), int(m.t(p+1).num)
		p += 2
		if m.w(p) == ":" && m.adj(p) && m.t(p+1).digits == 2 {
			p += 2
		}
		if h > 24 || mi > 59 {
			return match{}, false
		}
	case t.kind == kNum && t.digits == 0 && len(t.low) >= 4 && len(t.low) <= 5 && t.low[len(t.low)-3] == '.' && m.e(p).ampm != "":
		// "3.30pm"
		h, mi = int(t.num), int(t.num*100+0.5)%100
		if h < 1 || h > 12 || mi > 59 {
			return match{}, false
		}
	case t.kind == kNum && t.digits > 0 && t.digits <= 2 && m.e(p).ampm != "":
		h = int(t.num)
		if h < 1 || h > 12 {
			return match{}, false
		}
	case t.kind == kNum && t.digits > 0 && t.digits <= 2 && m.w(p) == "o'clock":
		h = int(t.num)
		if h < 1 || h > 12 {
			return match{}, false
		}
		p++
	case t.kind == kNum && t.digits == 4 && (m.e(p).zone != "" && m.t(p).upper || m.isAny(p, "hours", "hrs", "gmt", "utc")):
		h, mi = int(t.num)/100, int(t.num)%100
		if h > 24 || mi > 59 {
			return match{}, false
		}
	default:
		return match{}, false
	}
	if h < 0 {
		return match{}, false
	}
	if a := m.e(p).ampm; a != "" && t.kind == kNum {
		if h > 12 {
			return match{}, false
		}
		if a == "pm" && h < 12 {
			h += 12
		}
		if a == "am" && h == 12 {
			h = 0
		}
		p++
	}
	zone := ""
	if z := m.e(p).zone; z != "" && (m.t(p).upper || m.t(p).low == "z" && m.adj(p)) {
		zone = z
		p++
		if m.w(p) == "hours" || m.w(p) == "hrs" {
			p++
		}
	} else if m.isAny(p, "hours", "hrs") && t.digits == 4 {
		p++
	}
	if t.kind == kWord {
		zone = ""
	}
	val := fmt.Sprintf("T%02d:%02d", h, mi)
	if t.kind == kWord {
		val = podClock(t.e.pod)
	}
	if zone != "" {
		val += zone
	}
	if t.kind == kNum && zone == "" && m.e(k+3).ampm == "" && m.isAny(k-1, "in", "of") && m.w(k+1) == ":" {
		return match{}, false // "ran the 1500 metres in 3:29"
	}
	mt := match{i: k, j: p, typ: "TIME", val: val, needDate: true}
	// a day right after: "16:00 UTC today", "12:00 UTC Monday", "noon on Friday"
	q := p
	if m.w(q) == "on" {
		q++
	}
	if c, ok := m.dayAt(q); ok {
		mt.j, mt.val, mt.needDate, mt.rel = c.j, c.day+val, false, c.rel
	}
	return mt, true
}

// dayAt reads a day-level date at k (a weekday, today, a month and day).
func (m *matcher) dayAt(k int) (match, bool) {
	t := m.t(k)
	if t.kind != kWord || t.e == nil {
		if t.kind == kNum {
			if c, ok := m.dayMonth(k); ok && c.day != "" && c.extra == nil {
				return c, true
			}
		}
		return match{}, false
	}
	var c match
	ok := false
	switch {
	case t.e.deictic != "" && t.e.deictic != "tonight":
		c, ok = m.deictic(k)
	case t.e.weekday > 0:
		c, ok = m.weekday(k)
	case t.e.month > 0:
		c, ok = m.monthDate(k)
	}
	if !ok || c.day == "" || c.typ != "DATE" || c.extra != nil {
		return match{}, false
	}
	return c, true
}

// ---- tense ----

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
	switch {
	case back == tenseUnknown:
		return fwd
	case fwd == tenseUnknown:
		return back
	case fd < bd:
		return fwd
	}
	return back
}

// holiday reads "Christmas", "Christmas Eve", "New Year's Day", "Easter", "Thanksgiving",
// with a year when one follows.
func (m *matcher) holiday(k int) (match, bool) {
	// the longest key of up to four tokens that the lexicon knows
	key := m.key[:0]
	defer func() { m.key = key[:0] }()
	best, bestJ := "", 0
	for j := k; j < k+5 && j < len(m.toks); j++ {
		t := m.t(j)
		if t.kind == kNum || j > k && !m.adj(j) && t.kind != kWord {
			break
		}
		if j > k && !m.adj(j) {
			key = append(key, '_')
		}
		key = append(key, t.low...)
		if e, ok := m.lx[string(key)]; ok && e.holiday != "" {
			best, bestJ = e.holiday, j+1
		}
	}
	if best == "" {
		return match{}, false
	}
	j := bestJ
	y, hasY := 0, false
	if yy, ok := m.yearNumber(j); ok {
		y, hasY, j = yy, true, j+1
	}
	dayIn := func(y int) (int, int) {
		switch best {
		case "easter":
			return easter(y)
		case "thanksgiving":
			t := weekdayNear(date(y, 11, 1), 4, 1).AddDate(0, 0, 21)
			return int(t.Month()), t.Day()
		}
		var mm, dd int
		fmt.Sscanf(best, "%02d-%02d", &mm, &dd)
		return mm, dd
	}
	switch {
	case hasY:
	case !m.has:
		if best == "easter" || best == "thanksgiving" {
			return match{i: k, j: j, typ: "DATE", val: "XXXX-XX-XX"}, true
		}
		return match{i: k, j: j, typ: "DATE", val: "XXXX-" + best}, true
	default:
		mm, dd := dayIn(m.ref.Year())
		y = yearFor(m.ref, mm, dd, m.tense(k, j))
	}
	mm, dd := dayIn(y)
	v := fmt.Sprintf("%04d-%02d-%02d", y, mm, dd)
	return match{i: k, j: j, typ: "DATE", val: v, day: v, rel: !hasY}, true
}
