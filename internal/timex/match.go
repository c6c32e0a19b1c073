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
	none tok // what t returns outside the text
	// lastDay is the last day-level date found so far, which "the day" and "the same day"
	// refer to.
	lastDay string
	key     []byte // scratch for holiday names
	sents   bool   // tokens carry the segmenter's sentence starts
	tags    bool   // tokens carry part-of-speech tags
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
		m.none = tok{}
		return &m.none
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
	if m.toks[k].nl || m.toks[k].sent {
		return true
	}
	if m.sents {
		return false // the segmenter's sentences are better than a full stop
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

// sameRange gives the second end of "Nov. 30 to Dec. 12" the year of the first, or the
// next one when its month comes earlier ("Dec. 20 to Jan. 5"): the two ends are one span of
// time, whatever the tense around each says.
func (m *matcher) sameRange(a, b *match) {
	if !a.rel || !b.rel || a.day == "" || b.day == "" || b.i != a.j+1 || !m.isAny(a.j, "to", "through", "until", "till", "-", "–") {
		return
	}
	if len(b.val) != 10 || b.val != b.day {
		return
	}
	ta, err1 := time.Parse("2006-01-02", a.day)
	tb, err2 := time.Parse("2006-01-02", b.day)
	if err1 != nil || err2 != nil {
		return
	}
	y := ta.Year()
	if tb.Month() < ta.Month() {
		y++
	}
	if !validDay(y, int(tb.Month()), tb.Day()) {
		return
	}
	b.val = fmt.Sprintf("%04d-%02d-%02d", y, int(tb.Month()), tb.Day())
	b.day = b.val
}

// run finds every expression, left to right, longest first.
func (m *matcher) run() []match {
	var out []match
	for i := 0; i < len(m.toks); {
		if mt, ok := m.matchAt(i); ok {
			if len(out) > 0 {
				m.sameRange(&out[len(out)-1], &mt)
			}
			out = append(out, mt)
			if mt.extra != nil {
				out = append(out, *mt.extra)
			}
			out = append(out, mt.inner...)
			if mt.day != "" && mt.typ == "DATE" {
				m.lastDay = mt.day
			}
			for _, x := range mt.inner {
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
