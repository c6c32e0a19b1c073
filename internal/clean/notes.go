package clean

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// maxNoteRaw bounds the raw input a note carries.
const maxNoteRaw = 240

// note adds a note over out[start:end], carrying the raw input under it.
func (c *cleaner) note(d *doc.Document, out rstr, kind string, start, end int, detail string) {
	n := doc.Note{Kind: kind, Start: start, End: end, Detail: detail}
	if rs, re, ok := out.rawSpan(start, end); ok {
		n.Raw = clip(c.raw[rs:re], maxNoteRaw)
	}
	d.Notes = append(d.Notes, n)
}

// clip cuts s to at most n bytes on a character boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// repairNotes places a note on every repair that survived into the cleaned text.
func (c *cleaner) repairNotes(d *doc.Document, out rstr) {
	if len(c.repairs) == 0 {
		return
	}
	// first[k] is 1 + the first byte carrying repair k's tag, 0 when none does.
	first := make([]int, len(c.repairs))
	last := make([]int, len(c.repairs))
	out.tables(func(at int, off []int32) {
		for j, o := range off {
			if o <= -2 {
				i, k := at+j, -2-int(o)
				if first[k] == 0 {
					first[k] = i + 1
				}
				last[k] = i + 1
			}
		}
	})
	for k, r := range c.repairs {
		if first[k] == 0 {
			continue
		}
		start, end := first[k]-1, last[k]
		if r.widen {
			for start > 0 && isLetterASCII(out.s[start-1]) {
				start--
			}
			for end < len(out.s) && isLetterASCII(out.s[end]) {
				end++
			}
		}
		d.Notes = append(d.Notes, doc.Note{Kind: r.kind, Start: start, End: end, Raw: r.raw, Detail: r.detail})
	}
}

// lowerStarts are lower-case words that may open a sentence.
var lowerStarts = map[string]bool{
	"iphone": true, "ipad": true, "ios": true, "ebay": true, "de": true, "van": true, "von": true,
	"der": true, "al": true, "bin": true, "ibn": true, "la": true, "le": true, "da": true,
	"di": true, "du": true, "el": true, "dos": true, "das": true, "e": true, "i": true,
}

// fragments notes text that starts mid-sentence in the body paragraph out[start:end]: the
// paragraph itself starting in lower case, or a sentence starting in lower case after a full
// stop (text was lost between them). afterRepair is set when the paragraph was split off by
// a repair, whose note already covers its start.
func (c *cleaner) fragments(d *doc.Document, out rstr, start, end int, afterRepair bool) {
	s := out.s[start:end]
	if !afterRepair && startsLower(s) && !lowerStarts[strings.ToLower(letters(s, 0))] {
		c.note(d, out, doc.NoteFragment, start, start+sentenceEnd(s, 0), "the paragraph starts in lower case: text before it was lost")
	}
	// Hop from stop to stop: s[i-1] a stop, s[i] a space, s[i+1] a lower-case letter.
	eachOf3(s[:max(0, len(s)-3)], '.', '!', '?', func(j int) {
		i := j + 1
		if s[i] != ' ' || !isLowerASCII(s[i+1]) {
			return
		}
		if s[j] == '.' && c.abbreviation(s[:i-1]) {
			return
		}
		w := letters(s, i+1)
		if lowerStarts[w] {
			return
		}
		c.note(d, out, doc.NoteFragment, start+i+1, start+sentenceEnd(s, i+1), "a sentence starts in lower case after a full stop: text was lost before it")
	})
}

// eachOf3 calls fn with the index of every a, b and c in s, in order, hopping from one to
// the next with strings.IndexByte.
func eachOf3(s string, a, b, c byte, fn func(i int)) {
	na, nb, nc := indexFrom(s, a, 0), indexFrom(s, b, 0), indexFrom(s, c, 0)
	for {
		i := -1
		for _, n := range [3]int{na, nb, nc} {
			if n >= 0 && (i < 0 || n < i) {
				i = n
			}
		}
		if i < 0 {
			return
		}
		switch i {
		case na:
			na = indexFrom(s, a, i+1)
		case nb:
			nb = indexFrom(s, b, i+1)
		default:
			nc = indexFrom(s, c, i+1)
		}
		fn(i)
	}
}

// abbreviation reports whether the text before a period ends with an abbreviation, an
// initial, a number or an ellipsis.
func (c *cleaner) abbreviation(before string) bool {
	j := len(before)
	for j > 0 && (isLetterASCII(before[j-1]) || before[j-1] == '.') {
		j--
	}
	w := before[j:]
	if w == "" || strings.HasSuffix(w, ".") {
		return true // ellipsis, number, symbol
	}
	if len(w) == 1 || strings.Contains(w, ".") {
		return true // an initial, "U.S"
	}
	return c.k.abbrevs[strings.ToLower(w)]
}

// sentenceEnd returns the end of the sentence starting at s[i]: after the next full stop,
// question or exclamation mark followed by a space, or the end of s.
func sentenceEnd(s string, i int) int {
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '.', '!', '?':
			if j+1 == len(s) || s[j+1] == ' ' {
				return j + 1
			}
		}
	}
	return len(s)
}

// lastSentenceStart returns where the last sentence of s begins.
func lastSentenceStart(s string) int {
	t := strings.TrimRight(s, " .…")
	for j := len(t) - 1; j > 0; j-- {
		if (t[j-1] == '.' || t[j-1] == '!' || t[j-1] == '?') && t[j] == ' ' {
			return j + 1
		}
	}
	return 0
}

// quotes notes quotation marks that do not balance in out[start:end]: closing marks with no
// opening one, opening marks never closed. A paragraph gets one note, spanning its problems:
// from the paragraph start to an orphan closing mark, from an unclosed opening mark to the
// paragraph end. Curly quotation marks nest (a quotation inside a quotation written with the
// same marks is not damage); a straight mark after a digit is an inch sign when the straight
// marks do not pair up.
//
// A quotation running over several paragraphs is left open at the end of each but the
// last, the next paragraph opening with a quotation mark again: that is the convention,
// not damage.
func (c *cleaner) quotes(d *doc.Document, out rstr, start, end int, next string) {
	s := out.s[start:end]
	if !hasQuoteMark(s) {
		return
	}
	inches := strings.Count(s, "\"")%2 == 1
	lo, hi := -1, -1
	var details []string
	problem := func(a, b int, detail string) {
		if lo < 0 || a < lo {
			lo = a
		}
		if b > hi {
			hi = b
		}
		details = append(details, detail)
	}
	var curly, guil []int // open curly and guillemet marks, innermost last
	straight := -1        // open straight mark
	// Every case below is about one of the marks " “ ” « », which start with the byte '"',
	// 0xE2 or 0xC2; such a byte is never inside another character, so hopping from one of
	// these bytes to the next meets each mark where a range loop over the runes would.
	eachOf3(s, '"', 0xE2, 0xC2, func(i int) {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if r != '"' && r != '“' && r != '”' && r != '«' && r != '»' {
			return
		}
		size := utf8.RuneLen(r)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+size:])
		// Marks written the wrong way round or mixed ("Mostly False.“", “...,") close what
		// is open when they stand where a closing mark stands.
		closesHere := i > 0 && !unicode.IsSpace(before) && (i+size == len(s) || unicode.IsSpace(after) || unicode.IsPunct(after))
		switch {
		case r == '“' && closesHere && len(curly) > 0:
			curly = curly[:len(curly)-1]
			return
		case r == '"' && closesHere && straight < 0 && len(curly) > 0:
			curly = curly[:len(curly)-1]
			return
		case r == '”' && len(curly) == 0 && straight >= 0:
			straight = -1
			return
		case r == '”' && len(curly) == 0 && (i == 0 || unicode.IsSpace(before)) && i+size < len(s) && !unicode.IsSpace(after):
			curly = append(curly, i) // ”Opening the wrong way round
			return
		}
		switch r {
		case '“':
			curly = append(curly, i)
		case '«':
			guil = append(guil, i)
		case '”':
			if len(curly) == 0 {
				problem(0, i+size, "a closing ” with no opening quotation mark")
			} else {
				curly = curly[:len(curly)-1]
			}
		case '»':
			if len(guil) == 0 {
				problem(0, i+size, "a closing » with no opening quotation mark")
			} else {
				guil = guil[:len(guil)-1]
			}
		case '"':
			if inches && i > 0 && unicode.IsDigit(before) {
				return // 6'3", 17" screens
			}
			leftOpen := i == 0 || unicode.IsSpace(before) || strings.ContainsRune("([{—–-/“«", before)
			rightOpen := i+size == len(s) || unicode.IsSpace(after) || unicode.IsPunct(after)
			var opening bool
			switch {
			case leftOpen && !rightOpen:
				opening = true
			case rightOpen && !leftOpen:
				opening = false
			default:
				opening = straight < 0
			}
			switch {
			case opening && straight >= 0:
				problem(straight, i, "the quotation opened here is never closed")
				straight = i
			case opening:
				straight = i
			case straight < 0:
				problem(0, i+size, "a closing \" with no opening quotation mark")
			default:
				straight = -1
			}
		}
	})
	continued := strings.HasPrefix(next, "\"") || strings.HasPrefix(next, "“") || strings.HasPrefix(next, "«")
	if !continued {
		for _, o := range append(append(curly, guil...), straight) {
			if o >= 0 {
				r, _ := utf8.DecodeRuneInString(s[o:])
				problem(o, len(s), fmt.Sprintf("the quotation opened with %q is never closed", r))
			}
		}
	}
	if lo >= 0 {
		c.note(d, out, doc.NoteUnbalancedQuote, start+lo, start+hi, strings.Join(details, "; "))
	}
}

// hasQuoteMark reports whether s holds one of the quotation marks " “ ” « » (as
// strings.ContainsAny(s, "\"“”«»"), hopping over the bytes with strings.IndexByte).
func hasQuoteMark(s string) bool {
	if strings.IndexByte(s, '"') >= 0 {
		return true
	}
	for i := indexFrom(s, 0xE2, 0); i >= 0; i = indexFrom(s, 0xE2, i+1) { // “ is E2 80 9C, ” E2 80 9D
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D) {
			return true
		}
	}
	for i := indexFrom(s, 0xC2, 0); i >= 0; i = indexFrom(s, 0xC2, i+1) { // « is C2 AB, » C2 BB
		if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) {
			return true
		}
	}
	return false
}

func sortNotes(ns []doc.Note) {
	sort.SliceStable(ns, func(i, j int) bool {
		if ns[i].Start != ns[j].Start {
			return ns[i].Start < ns[j].Start
		}
		if ns[i].End != ns[j].End {
			return ns[i].End < ns[j].End
		}
		return ns[i].Kind < ns[j].Kind
	})
}
