package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds of the extractor's own light tokenisation.
const (
	tWord  uint8 = iota
	tPunct       // any other single character
	tQuote       // a double quotation mark (or a single one used as such)
)

// Quote-mark directions.
const (
	dirAmbiguous int8 = iota
	dirOpen
	dirClose
)

// tok is one word or mark of the cleaned text.
type tok struct {
	s, e  int
	low   string // lower-case text for words, the character for punctuation
	kind  uint8
	dir   int8 // for quotation marks
	cap   bool // a word starting with an upper-case letter
	para  bool // first token of a paragraph
	sent  int  // sentence index
	par   int  // paragraph index
	tag   string
	men   int // index+1 of the mention starting at this token, 0 if none
	inTim bool
	inMen bool // inside a mention of the entity stage
}

func (t *tok) isWord() bool      { return t.kind == tWord }
func (t *tok) is(s string) bool  { return t.low == s }
func (t *tok) punct(c byte) bool { return t.kind == tPunct && len(t.low) == 1 && t.low[0] == c }

// tokenize splits text into words, punctuation and quotation marks. Words keep internal
// apostrophes, hyphens and periods of abbreviations; a possessive 's is its own token.
func tokenize(text string, toks []tok) []tok {
	toks = toks[:0]
	para := true
	i := 0
	for i < len(text) {
		c := text[i]
		if c == '\n' {
			// A blank line or a single newline both start a paragraph in cleaned text.
			para = true
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
		}
		start := i
		switch {
		case isWordRune(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				// Internal apostrophe, hyphen or period followed by a word character.
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '‐' {
					if j+s2 < len(text) {
						r3, _ := utf8.DecodeRuneInString(text[j+s2:])
						if isWordRune(r3) {
							j += s2
							continue
						}
					}
					// An abbreviation's final period: "Mr." "U.S." (single letters or known titles).
					if r2 == '.' && isAbbrev(text[start:j]) {
						j += s2
					}
				}
				break
			}
			w := text[start:j]
			// Split a possessive 's / ’s.
			if n := len(w); n > 2 && (w[n-1] == 's' || w[n-1] == 'S') {
				if w[n-2] == '\'' {
					toks = appendWord(toks, text, start, j-2, &para)
					toks = appendWord(toks, text, j-2, j, &para)
					i = j
					continue
				}
				if n > 4 && strings.HasSuffix(w[:n-1], "’") {
					toks = appendWord(toks, text, start, j-4, &para)
					toks = appendWord(toks, text, j-4, j, &para)
					i = j
					continue
				}
			}
			toks = appendWord(toks, text, start, j, &para)
			i = j
			continue
		case (r == '\'' || r == '‘' || r == '’' || r == '`') && strings.HasPrefix(text[i+size:], string(r)):
			// Two single marks used as a double one (''quoted'', ``quoted'').
			t := tok{s: start, e: start + 2*size, low: text[start : start+2*size], kind: tQuote, para: para}
			switch r {
			case '‘', '`':
				t.dir = dirOpen
			case '’':
				t.dir = dirClose
			default:
				t.dir = straightDir(text, start, 2*size)
			}
			para = false
			toks = append(toks, t)
			i += 2 * size
			continue
		case r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„':
			t := tok{s: start, e: start + size, low: text[start : start+size], kind: tQuote, para: para}
			switch r {
			case '“', '«', '„':
				t.dir = dirOpen
			case '”', '»':
				t.dir = dirClose
				if straightDir(text, start, size) == dirOpen {
					t.dir = dirAmbiguous // a mistyped opening mark: ”Fear. I am ...
				}
			default:
				t.dir = straightDir(text, start, size)
			}
			para = false
			toks = append(toks, t)
		case r == '‘':
			t := tok{s: start, e: start + size, low: text[start : start+size], kind: tQuote, dir: dirOpen, para: para}
			t.low = "‘"
			para = false
			toks = append(toks, t)
		case (r == '’' || r == '\'') && start > 0 && (text[start-1] == 's' || text[start-1] == 'S') &&
			start+size < len(text) && text[start+size] == ' ':
			// A plural possessive: "veterans' families".
			toks = append(toks, tok{s: start, e: start + size, low: "'s", kind: tWord, para: para})
			para = false
		case r == '’' || r == '\'':
			t := tok{s: start, e: start + size, low: text[start : start+size], kind: tPunct, para: para}
			if r == '’' || r == '\'' {
				// A lone closing single mark: a quotation mark when no letter follows.
				t.kind = tQuote
				t.dir = dirClose
				if r == '\'' {
					t.dir = straightDir(text, start, size)
				}
			}
			para = false
			toks = append(toks, t)
		default:
			toks = append(toks, tok{s: start, e: start + size, low: text[start : start+size], kind: tPunct, para: para})
			para = false
		}
		i += size
	}
	return toks
}

func appendWord(toks []tok, text string, s, e int, para *bool) []tok {
	w := text[s:e]
	r, _ := utf8.DecodeRuneInString(w)
	low := w
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			low = strings.ToLower(w)
			break
		}
	}
	if strings.Contains(low, "’") {
		low = strings.ReplaceAll(low, "’", "'")
	}
	toks = append(toks, tok{s: s, e: e, low: low, kind: tWord, cap: unicode.IsUpper(r), para: *para})
	*para = false
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isAbbrev reports whether w followed by a period is an abbreviation rather than a sentence end.
func isAbbrev(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	if strings.Contains(w, ".") { // U.S, U.N
		return true
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "St", "Jr", "Sr", "Maj", "Adm", "Rev", "Pres":
		return true
	}
	return false
}

// straightDir guesses whether a straight quotation mark at i opens or closes.
func straightDir(text string, i, size int) int8 {
	before := i == 0
	var prev rune
	if !before {
		prev, _ = utf8.DecodeLastRuneInString(text[:i])
		before = unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == '-' || prev == ':'
	}
	after := i+size >= len(text)
	var next rune
	if !after {
		next, _ = utf8.DecodeRuneInString(text[i+size:])
		after = unicode.IsSpace(next) || unicode.IsPunct(next)
	}
	switch {
	case before && !after:
		return dirOpen
	case after && !before:
		return dirClose
	}
	return dirAmbiguous
}
