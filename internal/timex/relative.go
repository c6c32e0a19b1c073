package timex

import (
	"fmt"
	"strings"
	"time"
)

// Expressions resolved against the publication date: weekdays, today, last week, the
// future, every Monday.

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
	// "Monday of last week", "Friday of next week"
	if m.w(p) == "of" && m.e(p+1).rel != "" && m.e(p+2).unit == "W" && !strings.HasSuffix(m.w(p+2), "s") && m.has {
		n := 0
		switch m.e(p + 1).rel {
		case "last", "previous", "past":
			n = -1
		case "next", "coming", "following":
			n = 1
		}
		monday := m.ref.AddDate(0, 0, 7*n-(isoWeekday(m.ref)-1))
		day := dayStr(monday.AddDate(0, 0, wd-1))
		mt := match{i: k, j: p + 3, typ: "DATE", val: day, day: day, rel: true}
		m.withPartOfDay(&mt)
		return mt, true
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
	// "Today, Monday," and "yesterday (Sunday)" name one day twice: one expression
	if m.has && d != "tonight" {
		q := mt.j
		if m.isAny(q, ",", "(") {
			q++
		}
		if wd := m.e(q).weekday; wd > 0 && m.t(q).capital && wd == isoWeekday(m.ref.AddDate(0, 0, off)) {
			mt.j = q + 1
			if m.w(q-1) == "(" && m.w(q+1) == ")" {
				mt.j++
			}
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
	case "year", "month":
		// "the year 2000"; "later in the year", "the rest of the month": the current one
		if y, ok := m.yearNumber(k + 2); ok && w1 == "year" {
			return match{i: k, j: k + 3, typ: "DATE", val: yearStr(y)}, true
		}
		if m.t(k+1).capital || !m.isAny(k-1, "in", "of", "for") || !m.isAny(k-2, "later", "earlier", "rest", "remainder", "course", "balance") {
			break
		}
		if m.isAny(k+2, "-", "before", "after", "earlier", "later", "ago", "prior") {
			break
		}
		if c, ok := m.theUnit(k); ok {
			return c, true
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
