package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Tense of the words around an expression, used to resolve bare weekdays and months.
const (
	tensePast    = -1
	tenseUnknown = 0
	tenseFuture  = 1
)

func dayStr(t time.Time) string { return t.Format("2006-01-02") }

func weekStr(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func monthStr(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func yearStr(y int) string { return fmt.Sprintf("%04d", y) }

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d is a real calendar day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := date(y, m, d)
	return t.Day() == d
}

// isoWeekday is 1 for Monday ... 7 for Sunday.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// weekdayNear finds weekday wd near ref: dir -1 on or before, +1 on or after, -2 strictly
// before, +2 strictly after.
func weekdayNear(ref time.Time, wd, dir int) time.Time {
	diff := wd - isoWeekday(ref)
	switch dir {
	case -1:
		if diff > 0 {
			diff -= 7
		}
	case -2:
		if diff >= 0 {
			diff -= 7
		}
	case 1:
		if diff < 0 {
			diff += 7
		}
	case 2:
		if diff <= 0 {
			diff += 7
		}
	}
	return ref.AddDate(0, 0, diff)
}

// yearFor picks the year of month m (and day d, 0 when unknown) relative to ref: past tense
// prefers the most recent one, future tense the next one; otherwise the same year unless
// that lies more than half a year ahead.
func yearFor(ref time.Time, m, d, tense int) int {
	y := ref.Year()
	if d == 0 {
		rm := int(ref.Month())
		switch {
		case tense == tensePast && m > rm:
			return y - 1
		case tense == tenseFuture && m < rm:
			return y + 1
		case tense == tenseUnknown && m-rm > 6:
			return y - 1
		}
		return y
	}
	if !validDay(y, m, d) && !(m == 2 && d == 29) {
		return y
	}
	c := date(y, m, min(d, 28))
	if validDay(y, m, d) {
		c = date(y, m, d)
	}
	switch {
	case tense == tensePast && c.After(ref.AddDate(0, 0, 30)):
		// a day in the coming month in a past-tense sentence is most often an announced
		// date ("GM said it will close on June 1"); further ahead, last year's
		return y - 1
	case tense == tenseFuture && c.Before(ref.AddDate(0, 0, -30)):
		return y + 1
	case tense == tenseUnknown && c.After(ref.AddDate(0, 0, 183)):
		return y - 1
	case tense == tenseUnknown && c.Before(ref.AddDate(0, 0, -300)):
		return y + 1
	}
	return y
}

// seasonYear is the year of the season s that is n seasons-of-that-name away from the one
// current at ref: n = -1 for "last summer", 1 for "next winter", 0 for "this spring". A
// winter belongs to the year it starts in (December).
func seasonYear(ref time.Time, s string, n int) int {
	start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
	// months since year 0 of the start of the season holding ref
	rm := ref.Year()*12 + int(ref.Month()) - 1
	cur := rm - ((int(ref.Month()) - 3 + 12) % 3)
	best := 0
	found := false
	for y := ref.Year() - 2; y <= ref.Year()+2; y++ {
		st := y*12 + start - 1
		switch {
		case n < 0 && st < cur && (!found || st > best*12+start-1):
			best, found = y, true
		case n > 0 && st > cur && (!found || st < best*12+start-1):
			best, found = y, true
		case n == 0 && st <= cur+11 && st > cur-12 && (!found || abs(st-cur) < abs(best*12+start-1-cur)):
			best, found = y, true
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// quarterOf is 1-4.
func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// seasonIndex orders seasons within a year (winter last, as December opens it).
func seasonIndex(s string) int {
	switch s {
	case "SP":
		return 1
	case "SU":
		return 2
	case "FA":
		return 3
	}
	return 4
}

func seasonOf(t time.Time) int {
	switch t.Month() {
	case 3, 4, 5:
		return 1
	case 6, 7, 8:
		return 2
	case 9, 10, 11:
		return 3
	}
	return 4
}

// durationValue formats a TIMEX3 duration of n units; n < 0 means an unknown number (X).
func durationValue(n float64, unit string) string {
	if n < 0 {
		switch unit {
		case "H", "MIN", "S":
			return "PTX" + unitLetter(unit)
		case "FN":
			return "PXW"
		}
		return "PX" + unitLetter(unit)
	}
	// halves and other fractions go down to a smaller unit when that makes them whole
	if n != float64(int64(n)) {
		smaller := map[string]struct {
			u string
			f float64
		}{"Y": {"M", 12}, "M": {"D", 30}, "W": {"D", 7}, "D": {"H", 24}, "H": {"MIN", 60}, "MIN": {"S", 60}, "DE": {"Y", 10}, "CE": {"Y", 100}, "FN": {"D", 14}}
		if s, ok := smaller[unit]; ok && n*s.f == float64(int64(n*s.f)) && !(unit == "M") {
			return durationValue(n*s.f, s.u)
		}
	}
	if unit == "FN" {
		return durationValue(n*2, "W")
	}
	if unit == "DE" {
		return durationValue(n*10, "Y")
	}
	if unit == "CE" {
		return durationValue(n*100, "Y")
	}
	if unit == "ML" {
		return durationValue(n*1000, "Y")
	}
	num := strconv.FormatFloat(n, 'f', -1, 64)
	switch unit {
	case "H", "MIN", "S":
		return "PT" + num + unitLetter(unit)
	}
	return "P" + num + unitLetter(unit)
}

func unitLetter(u string) string {
	switch u {
	case "MIN":
		return "M"
	}
	return u
}

// shiftValue moves ref by n units back (n < 0) or ahead and formats the result at the
// granularity of the unit: "three years ago" is a year, "two weeks ago" a day.
func shiftValue(ref time.Time, n int, unit string) (string, bool) {
	switch unit {
	case "Y":
		return yearStr(ref.Year() + n), true
	case "M":
		t := time.Date(ref.Year(), ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return monthStr(t.Year(), int(t.Month())), true
	case "W":
		return dayStr(ref.AddDate(0, 0, 7*n)), true
	case "FN":
		return dayStr(ref.AddDate(0, 0, 14*n)), true
	case "D":
		return dayStr(ref.AddDate(0, 0, n)), true
	case "DE":
		return strconv.Itoa((ref.Year() + 10*n) / 10), true
	case "CE":
		return fmt.Sprintf("%02d", (ref.Year()+100*n)/100), true
	case "Q":
		q := (ref.Year()*4 + quarterOf(ref) - 1) + n
		return fmt.Sprintf("%04d-Q%d", q/4, q%4+1), true
	}
	return "", false
}

// publishedTime reads a normalised publication date (YYYY-MM-DD or RFC 3339, the output of
// ParsePublished) into a day in UTC terms of its own calendar.
func publishedTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		if p, err := ParsePublished(s); err == nil && len(p) >= 10 {
			s = p
		} else {
			return time.Time{}, false
		}
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		p, perr := ParsePublished(s)
		if perr != nil || len(p) < 10 {
			return time.Time{}, false
		}
		if t, err = time.Parse("2006-01-02", p[:10]); err != nil {
			return time.Time{}, false
		}
	}
	return t, true
}

// easter is the Gregorian Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) (month, day int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	mm := (a + 11*h + 22*l) / 451
	month = (h + l - 7*mm + 114) / 31
	day = (h+l-7*mm+114)%31 + 1
	return month, day
}
