package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  = 'w'
	kNum   = 'n'
	kPunct = 'p'
)

// tok is a word, a number or a punctuation mark of the cleaned text.
type tok struct {
	start, end int
	kind       byte
	low        string // lower-case word, the digits of a number, the punctuation itself
	e          *entry // lexicon entry of a word, nil when unknown
	capital    bool   // the word starts with an upper-case letter
	upper      bool   // the word is all upper case
	nl         bool   // a line break separates it from the previous token
	sent       bool   // the token opens a sentence of the document's segmentation
	tag        string // part-of-speech tag from the document's tokens, when tagged
	num        float64
	digits     int8 // number of digits of a plain digit run, 0 for other numbers
	ordSuffix  bool // "22nd": a number with an ordinal suffix
	decadeS    bool // "1990s", "80s": a number with a plural s
}

// scan splits text into tokens, looking words up in lx. It never fails: unknown runes
// become punctuation tokens.
func scan(text string, lx lexicon, toks []tok) []tok {
	toks = toks[:0]
	var buf []byte
	nl := false
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' {
			i++
			continue
		}
		if c == '\n' {
			nl = true
			i++
			continue
		}
		start := i
		switch {
		case c >= '0' && c <= '9':
			j := i
			plain := true
			for j < len(text) {
				d := text[j]
				if d >= '0' && d <= '9' {
					j++
					continue
				}
				if (d == ',' || d == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' && j > i {
					// "2,000", "20.1" are one number; "2025." and "2, 3" are not.
					if d == ',' && !(j+4 <= len(text) && allDigits(text[j+1:j+4]) && !digitAt(text, j+4)) {
						break
					}
					plain = false
					j++
					continue
				}
				break
			}
			t := tok{start: start, end: j, kind: kNum, low: text[start:j], nl: nl}
			t.num = parseDigits(text[start:j])
			if plain {
				t.digits = int8(min(j-start, 100))
			}
			// ordinal suffix or plural s, only when no letter follows
			if j+2 <= len(text) && plain {
				suf := strings.ToLower(text[j:min(j+2, len(text))])
				if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && !letterAt(text, j+2) {
					t.ordSuffix = true
					j += 2
					t.end = j
				}
			}
			if !t.ordSuffix && plain && j < len(text) && text[j] == 's' && !letterAt(text, j+1) {
				t.decadeS = true
				j++
				t.end = j
			} else if !t.ordSuffix && plain && j+1 < len(text) && (text[j] == '\'') && text[j+1] == 's' && !letterAt(text, j+2) {
				t.decadeS = true
				j += 2
				t.end = j
			}
			toks = append(toks, t)
			i = j
		case isLetterAt(text, i):
			j := i
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r) {
					j += n
					continue
				}
				// apostrophe inside a word ("o'clock"), but not a final "'s"
				if (r == '\'' || r == '’') && isLetterAt(text, j+n) {
					if (text[j+n] == 's' || text[j+n] == 'S') && !isLetterAt(text, j+n+1) {
						break
					}
					j += n
					continue
				}
				// "a.m.", "U.S.": single letters joined by periods
				if r == '.' && j-i >= 1 && isLetterAt(text, j+1) && !isLetterAt(text, j+2) && singleLetters(text[i:j]) {
					j += 2
					if j < len(text) && text[j] == '.' {
						j++
					}
					continue
				}
				break
			}
			w := text[start:j]
			t := tok{start: start, end: j, kind: kWord, nl: nl}
			r0, _ := utf8.DecodeRuneInString(w)
			t.capital = unicode.IsUpper(r0)
			lower := true
			for k := 0; k < len(w); k++ {
				if w[k] >= 'A' && w[k] <= 'Z' || w[k] >= 0x80 {
					lower = false
					break
				}
			}
			if lower {
				t.low = w
				t.e = lx[w]
			} else {
				buf = appendLower(buf[:0], w)
				if e, ok := lx[string(buf)]; ok {
					t.e = e
				}
				t.low = string(buf)
				t.upper = strings.ToUpper(w) == w && len(w) > 1
			}
			toks = append(toks, t)
			i = j
		default:
			_, n := utf8.DecodeRuneInString(text[i:])
			if n < 1 {
				n = 1
			}
			toks = append(toks, tok{start: i, end: i + n, kind: kPunct, low: text[i : i+n], nl: nl})
			i += n
		}
		nl = false
	}
	return toks
}

func appendLower(buf []byte, w string) []byte {
	for _, r := range w {
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func singleLetters(s string) bool {
	// "a", "a.m", "u.s": letters separated by periods, each run one letter long
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			run = 0
			continue
		}
		run++
		if run > 1 {
			return false
		}
	}
	return true
}

func digitAt(s string, i int) bool {
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

func letterAt(s string, i int) bool {
	return i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z')
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] < 0x80 {
		return s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func parseDigits(s string) float64 {
	v, frac, scale := 0.0, false, 1.0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if frac {
				scale /= 10
				v += float64(c-'0') * scale
			} else {
				v = v*10 + float64(c-'0')
			}
		case c == '.':
			frac = true
		}
	}
	return v
}
