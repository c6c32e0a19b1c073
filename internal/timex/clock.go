package timex

import (
	"fmt"
)

// Clock times: "08:15 GMT", "8 p.m.", "noon on Friday".

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
	// "11 o'clock at night", "8 in the evening"
	if t.kind == kNum && h >= 1 && h < 12 && (m.w(p) == "at" && m.w(p+1) == "night" || m.w(p) == "in" && m.w(p+1) == "the" && m.isAny(p+2, "evening", "afternoon")) {
		h += 12
		if m.w(p) == "at" {
			p += 2
		} else {
			p += 3
		}
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
