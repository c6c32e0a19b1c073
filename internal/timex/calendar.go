package timex

import (
	"fmt"
	"strings"
)

// Calendar dates: days, months, years, decades, quarters, seasons and holidays.

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
