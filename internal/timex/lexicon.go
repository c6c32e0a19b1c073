package timex

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed lexicon.txt
var lexiconText string

// entry is what the lexicon knows about one lower-case word. A word may belong to several
// classes ("second" is an ordinal and a unit, "may" a month).
type entry struct {
	month     int // 1-12
	monthAbbr bool
	weekday   int // ISO 1-7
	num       float64
	hasNum    bool
	ord       int // 1.., -1 for "last"
	unit      string
	pod       string
	season    string
	rel       string
	pos       string
	approx    string
	deictic   string
	vague     string
	set       string
	zone      string
	ampm      string
	holiday   string // MM-DD, "easter" or "thanksgiving"
	// holidayHead marks the first word of a holiday's name ("new" of "new_year's_day").
	holidayHead bool
	tense       int  // tensePast or tenseFuture when the word is a tense cue
	report      bool // a reporting verb ("said"): past, and it frames what follows
	notPast     bool // ends in -ed but is no past tense ("indeed", "expected")
	countNoun   bool // a noun counted by a number before it ("2,000 troops")
	yearBlock   bool // a word that makes the number after it a label ("Section 2022")
	durAdj      bool // an adjective between a number and its unit ("six straight days")
}

// lexicon maps lower-case words to entries.
type lexicon map[string]*entry

var loadLexicon = sync.OnceValues(func() (lexicon, error) {
	return parseLexicon("lexicon.txt", lexiconText)
})

// parseLexicon reads the lexicon format described at the top of lexicon.txt, reporting the
// first bad line as name:line.
func parseLexicon(name, text string) (lexicon, error) {
	lx := lexicon{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("timex: %s:%d: want 3 fields (word class value), got %d", name, i+1, len(f))
		}
		w, class, val := f[0], f[1], f[2]
		if w != strings.ToLower(w) {
			return nil, fmt.Errorf("timex: %s:%d: word %q is not lower case", name, i+1, w)
		}
		e := lx[w]
		if e == nil {
			e = &entry{}
			lx[w] = e
		}
		bad := func(why string) error {
			return fmt.Errorf("timex: %s:%d: %s %q: %s", name, i+1, class, val, why)
		}
		switch class {
		case "month", "month-abbr":
			n, err := strconv.Atoi(val)
			if err != nil || n < 1 || n > 12 {
				return nil, bad("want a month number 1-12")
			}
			e.month, e.monthAbbr = n, class == "month-abbr"
		case "weekday":
			n, err := strconv.Atoi(val)
			if err != nil || n < 1 || n > 7 {
				return nil, bad("want an ISO weekday 1-7")
			}
			e.weekday = n
		case "num":
			n, err := strconv.ParseFloat(val, 64)
			if err != nil || n <= 0 {
				return nil, bad("want a positive number")
			}
			e.num, e.hasNum = n, true
		case "ord":
			n, err := strconv.Atoi(val)
			if err != nil || n == 0 || n < -1 {
				return nil, bad("want an ordinal number or -1")
			}
			e.ord = n
		case "unit":
			if !oneOf(val, "Y", "M", "W", "D", "H", "MIN", "S", "Q", "DE", "CE", "WE", "FN", "ML") {
				return nil, bad("unknown unit")
			}
			e.unit = val
		case "pod":
			if !oneOf(val, "MO", "AF", "EV", "NI", "MI", "MN") {
				return nil, bad("unknown part of day")
			}
			e.pod = val
		case "season":
			if !oneOf(val, "SP", "SU", "FA", "WI") {
				return nil, bad("unknown season")
			}
			e.season = val
		case "rel":
			if !oneOf(val, "this", "last", "next", "past", "coming", "previous", "following", "recent", "same") {
				return nil, bad("unknown relative word")
			}
			e.rel = val
		case "pos":
			if !oneOf(val, "EARLY", "LATE", "MID", "START", "END") {
				return nil, bad("unknown position")
			}
			e.pos = val
		case "approx":
			if !oneOf(val, "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE") {
				return nil, bad("unknown modifier")
			}
			e.approx = val
		case "deictic":
			if !oneOf(val, "today", "yesterday", "tomorrow", "tonight") {
				return nil, bad("unknown deictic word")
			}
			e.deictic = val
		case "vague":
			if !oneOf(val, "PRESENT_REF", "PAST_REF", "FUTURE_REF") {
				return nil, bad("unknown vague reference")
			}
			e.vague = val
		case "set":
			if !oneOf(val, "D", "W", "M", "Y", "Q", "H", "NI", "6M", "2Y", "FN") {
				return nil, bad("unknown set unit")
			}
			e.set = val
		case "zone":
			if val != "Z" && (len(val) != 6 || (val[0] != '+' && val[0] != '-') || val[3] != ':') {
				return nil, bad("want Z or an offset +HH:MM")
			}
			e.zone = val
		case "ampm":
			if !oneOf(val, "am", "pm") {
				return nil, bad("want am or pm")
			}
			e.ampm = val
		case "holiday":
			if val != "easter" && val != "thanksgiving" {
				var mm, dd int
				if n, err := fmt.Sscanf(val, "%02d-%02d", &mm, &dd); err != nil || n != 2 || len(val) != 5 || !validDay(2000, mm, dd) {
					return nil, bad("want MM-DD, easter or thanksgiving")
				}
			}
			e.holiday = val
			head := w
			if i := strings.IndexAny(w, "_'"); i > 0 {
				head = w[:i]
			}
			if lx[head] == nil {
				lx[head] = &entry{}
			}
			lx[head].holidayHead = true
		case "tense":
			switch val {
			case "past":
				e.tense = tensePast
			case "future":
				e.tense = tenseFuture
			case "report":
				e.tense, e.report = tensePast, true
			case "none":
				e.notPast = true
			default:
				return nil, bad("want past, future, report or none")
			}
		case "mark":
			switch val {
			case "count-noun":
				e.countNoun = true
			case "year-blocker":
				e.yearBlock = true
			case "duration-adj":
				e.durAdj = true
			default:
				return nil, bad("want count-noun, year-blocker or duration-adj")
			}
		default:
			return nil, fmt.Errorf("timex: %s:%d: unknown class %q", name, i+1, class)
		}
	}
	return lx, nil
}

func oneOf(s string, set ...string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}
