package timex

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/doc"
)

// NoteBadPublished is the note kind for a publication date in the input's metadata that
// could not be read.
const NoteBadPublished = "bad_published_date"

// ParsePublished reads a publication date as sites and feeds write it (RFC 3339, RFC 1123,
// RFC 822, "June 23, 2025 08:15 UTC", "23 June 2025", "2025/06/23", unix seconds or
// milliseconds, ...) and returns it in ISO 8601: "2025-06-23" for a date, RFC 3339 with the
// offset for a date and time ("2025-06-23T08:15:00Z"); a time without any zone is written
// without an offset ("2025-06-23T08:15:00").
func ParsePublished(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", errors.New("timex: empty publication date")
	}
	if len(s) > 100 {
		return "", fmt.Errorf("timex: publication date too long (%d bytes)", len(s))
	}
	// fast paths
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.Format(time.RFC3339), nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2006-01-02"), nil
	}
	if allDigits(s) || (strings.Count(s, ".") == 1 && allDigits(strings.Replace(s, ".", "", 1))) {
		return parseUnix(s)
	}
	return parseFields(s)
}

func parseUnix(s string) (string, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return "", fmt.Errorf("timex: publication date %q: %w", s, err)
	}
	intPart := s
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart = s[:i]
	}
	if len(intPart) == 8 { // 20250623
		if t, err := time.Parse("20060102", s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	var t time.Time
	switch {
	case len(intPart) >= 9 && len(intPart) <= 10:
		t = time.Unix(int64(f), int64((f-float64(int64(f)))*1e9)).UTC()
	case len(intPart) >= 12 && len(intPart) <= 13:
		t = time.UnixMilli(int64(f)).UTC()
	default:
		return "", fmt.Errorf("timex: publication date %q: not a unix time", s)
	}
	return t.Format(time.RFC3339), nil
}

// parseFields reads the date piece by piece: month names, weekdays, numbers, a clock time,
// am/pm, a zone name or numeric offset.
func parseFields(s string) (string, error) {
	lx, err := loadLexicon()
	if err != nil {
		return "", err
	}
	bad := func(why string) (string, error) {
		return "", fmt.Errorf("timex: publication date %q: %s", s, why)
	}
	y, mo, d := -1, -1, -1
	h, mi, sec := -1, 0, 0
	var nums []int    // numbers not yet placed, with their digit counts
	var numLen []int  // digit counts
	var numSep []byte // separator after each number
	offset, hasZone := 0, false
	usZone := 0 // standard offset in hours of a US zone named without its season
	pm, am := false, false
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			n, _ := strconv.Atoi(s[i:j])
			// clock time
			if j < len(s) && s[j] == ':' && h < 0 && j-i <= 2 {
				k := j + 1
				e := k
				for e < len(s) && s[e] >= '0' && s[e] <= '9' {
					e++
				}
				if e-k != 2 {
					return bad("bad clock time")
				}
				h = n
				mi, _ = strconv.Atoi(s[k:e])
				if e < len(s) && s[e] == ':' {
					k = e + 1
					e = k
					for e < len(s) && s[e] >= '0' && s[e] <= '9' {
						e++
					}
					sec, _ = strconv.Atoi(s[k:e])
					if e < len(s) && (s[e] == '.' || s[e] == ',') {
						e++
						for e < len(s) && s[e] >= '0' && s[e] <= '9' {
							e++
						}
					}
				}
				i = e
				continue
			}
			// numeric offset right after the time: +0200, -05:00, +02
			if h >= 0 && i > 0 && (s[i-1] == '+' || s[i-1] == '-') && (j-i == 4 || j-i == 2) && !hasZone {
				sign := 1
				if s[i-1] == '-' {
					sign = -1
				}
				oh, om := n, 0
				if j-i == 4 {
					oh, om = n/100, n%100
				} else if j+2 < len(s) && s[j] == ':' {
					om, _ = strconv.Atoi(s[j+1 : min(j+3, len(s))])
					j = min(j+3, len(s))
				}
				offset, hasZone = sign*(oh*3600+om*60), true
				i = j
				continue
			}
			// ordinal suffix
			if j+2 <= len(s) {
				suf := strings.ToLower(s[j : j+2])
				if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
					j += 2
				}
			}
			nums = append(nums, n)
			numLen = append(numLen, len(strconv.Itoa(n)))
			if s[i] == '0' {
				numLen[len(numLen)-1] = 0
				for k := i; k < j && s[k] >= '0' && s[k] <= '9'; k++ {
					numLen[len(numLen)-1]++
				}
			}
			sep := byte(' ')
			if j < len(s) {
				sep = s[j]
			}
			numSep = append(numSep, sep)
			i = j
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] == '.') {
				j++
			}
			w := strings.ToLower(strings.ReplaceAll(s[i:j], ".", ""))
			i = j
			if w == "t" || w == "at" || w == "on" || w == "of" || w == "the" || w == "published" || w == "updated" || w == "posted" || w == "am" && h < 0 {
				if w == "am" && h >= 0 {
					am = true
				}
				continue
			}
			if len(w) > 3 && lx[w] == nil && lx[w[:3]] != nil && lx[w[:3]].month > 0 {
				w = w[:3] // "Sept", "Sept."
			}
			if len(w) >= 3 {
				if e := lx[w]; e != nil && e.month > 0 {
					mo = e.month
					continue
				}
				if w == "sept" {
					mo = 9
					continue
				}
			}
			if e := lx[w]; e != nil {
				switch {
				case e.weekday > 0:
					continue
				case e.zone != "":
					if e.zone != "Z" {
						sign := 1
						if e.zone[0] == '-' {
							sign = -1
						}
						oh, _ := strconv.Atoi(e.zone[1:3])
						om, _ := strconv.Atoi(e.zone[4:6])
						offset = sign * (oh*3600 + om*60)
					}
					hasZone = true
					continue
				case e.ampm != "":
					if e.ampm == "pm" {
						pm = true
					} else {
						am = true
					}
					continue
				}
			}
			if isWeekdayAbbr(w) {
				continue
			}
			if std, ok := usZones[w]; ok {
				usZone, hasZone = std, true
				continue
			}
			return bad(fmt.Sprintf("unknown word %q", w))
		default:
			i++
		}
	}
	if pm && h >= 0 && h < 12 {
		h += 12
	}
	if am && h == 12 {
		h = 0
	}
	// place the numbers: a 4-digit number is the year; with a month name the remaining
	// number is the day; otherwise y-m-d, d/m/y or m/d/y.
	switch {
	case mo > 0:
		for k, n := range nums {
			switch {
			case numLen[k] == 4 && y < 0:
				y = n
			case d < 0 && n >= 1 && n <= 31 && numLen[k] <= 2:
				d = n
			case y < 0 && numLen[k] == 2:
				y = 2000 + n
			default:
				return bad("too many numbers")
			}
		}
	case len(nums) >= 3:
		a, b, c := nums[0], nums[1], nums[2]
		switch {
		case numLen[0] == 4:
			y, mo, d = a, b, c
		case numLen[2] == 4 || numLen[2] == 2:
			y = c
			if numLen[2] == 2 {
				y += 2000
			}
			if a > 12 || numSep[0] == '.' {
				d, mo = a, b
			} else if b > 12 {
				mo, d = a, b
			} else {
				d, mo = a, b // day first, the common order outside the US
				if numSep[0] == '/' {
					mo, d = a, b
				}
			}
		default:
			return bad("cannot tell the year")
		}
		if len(nums) > 3 {
			return bad("too many numbers")
		}
	default:
		return bad("no month")
	}
	if y < 0 {
		return bad("no year")
	}
	if d < 0 {
		return bad("no day")
	}
	if !validDay(y, mo, d) || y < 1900 || y > 2200 {
		return bad("not a calendar day")
	}
	if h < 0 {
		return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), nil
	}
	if h > 24 || mi > 59 || sec > 60 {
		return bad("bad clock time")
	}
	if !hasZone {
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, sec), nil
	}
	if usZone != 0 && y > 0 && mo > 0 && d > 0 {
		// "ET", "PT": standard or daylight time, by the US rule (second Sunday of March to
		// first Sunday of November)
		offset = usZone * 3600
		dstStart := weekdayNear(date(y, 3, 1), 7, 1).AddDate(0, 0, 7)
		dstEnd := weekdayNear(date(y, 11, 1), 7, 1)
		if day := date(y, mo, d); !day.Before(dstStart) && day.Before(dstEnd) {
			offset += 3600
		}
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, time.FixedZone("", offset))
	return t.Format(time.RFC3339), nil
}

// usZones are US time zones named without saying standard or daylight time.
var usZones = map[string]int{"et": -5, "ct": -6, "mt": -7, "pt": -8}

func isWeekdayAbbr(w string) bool {
	switch w {
	case "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}

// NormalizePublished sets d.Published to the ISO 8601 form of the date the input carried;
// when that is empty or cannot be read (a note says so), it falls back to fallback, the
// run's --published, itself normalised when it can be.
func NormalizePublished(d *doc.Document, fallback string) {
	if d.Published != "" {
		p, err := ParsePublished(d.Published)
		if err == nil {
			d.Published = p
			return
		}
		d.Notes = append(d.Notes, doc.Note{Kind: NoteBadPublished, Raw: d.Published, Detail: err.Error()})
	}
	d.Published = fallback
	if fallback != "" {
		if p, err := ParsePublished(fallback); err == nil {
			d.Published = p
		}
	}
}
