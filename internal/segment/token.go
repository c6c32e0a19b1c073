package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind classifies a token for the sentence rules.
type kind uint8

const (
	kWord    kind = iota // letters, digits, joined by hyphens or apostrophes
	kNum                 // digits with separators: 1,000.5  10:30  2025-06-23
	kAbbr                // a known or dotted abbreviation with its period: Gen.  U.S.  a.m.
	kInitial             // one letter and a period: E.  p.
	kName                // a name carrying its punctuation: Yahoo!
	kClitic              // 's  n't  're ...
	kURL
	kEmail
	kPunct
)

// tok is a token with its kind; s and e are byte offsets in the whole text.
type tok struct {
	s, e int
	k    kind
	abbr abbrClass
}

// tokenize appends the tokens of text[lo:hi] (a line: no newline inside) to out.
func tokenize(text string, lo, hi int, lex *lexicon, out []tok) []tok {
	i := lo
	for i < hi {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:hi])
		}
		if isSpace(r) {
			i += n
			continue
		}
		if c == '#' || c == '@' {
			if j := matchTag(text, i, hi); j > i {
				out = append(out, tok{s: i, e: j, k: kWord})
				i = j
				continue
			}
		}
		if j := matchURL(text, i, hi); j > i {
			out = append(out, tok{s: i, e: j, k: kURL})
			i = j
			continue
		}
		if (r == 'n' || r == 'N') && len(out) > 0 && out[len(out)-1].e == i && isNegClitic(text, i, hi) {
			j := i + 1 + len(string(firstRune(text[i+1:hi]))) + 1
			out = append(out, tok{s: i, e: j, k: kClitic})
			i = j
			continue
		}
		if isWordRune(r) {
			if j := matchEmail(text, i, hi); j > i {
				out = append(out, tok{s: i, e: j, k: kEmail})
				i = j
				continue
			}
			if j := matchDotted(text, i, hi); j > i {
				c := lex.lookup(text[i:j])
				if c == abbrNone {
					c = abbrPrefix
				}
				out = append(out, tok{s: i, e: j, k: kAbbr, abbr: c})
				i = j
				continue
			}
			j, k := scanWord(text, i, hi)
			if j-i == 6 && strings.EqualFold(text[i:j], "cannot") {
				// "cannot" is "can" and "not", as the Penn Treebank splits it.
				out = append(out, tok{s: i, e: i + 3, k: kWord}, tok{s: i + 3, e: j, k: kWord})
				i = j
				continue
			}
			t := tok{s: i, e: j, k: k}
			if k == kWord && j < hi && (text[j] == '.' || text[j] == '!') {
				t = withMark(text, t, hi, lex)
			}
			out = append(out, t)
			i = t.e
			continue
		}
		if r == '\'' || r == '’' {
			if j := matchClitic(text, i, hi); j > i {
				out = append(out, tok{s: i, e: j, k: kClitic})
				i = j
				continue
			}
		}
		j := scanPunct(text, i, hi)
		out = append(out, tok{s: i, e: j, k: kPunct})
		i = j
	}
	return out
}

// withMark decides whether the period (or "!") right after word t belongs to it.
func withMark(text string, t tok, hi int, lex *lexicon) tok {
	j := t.e
	mark := text[j]
	word := text[t.s:j]
	if c := lex.lookup(text[t.s : j+1]); c != abbrNone {
		if mark == '!' && c != abbrName {
			return t
		}
		if c == abbrNumber && !hasDigitAfterMark(text, j+1, hi) {
			return t
		}
		if c == abbrName && j+1 < hi && isWordRune(firstRune(text[j+1:hi])) {
			return t
		}
		t.e = j + 1
		t.k = kAbbr
		t.abbr = c
		return t
	}
	if mark != '.' {
		return t
	}
	// A single letter and a period is an initial ("E. Smith", "p. 55"), unless more periods
	// follow ("a..." is a word and an ellipsis).
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsLetter(r) && !(j+1 < hi && text[j+1] == '.') {
		t.e = j + 1
		t.k = kInitial
	}
	return t
}

// hasDigitAfterMark reports whether, after spaces, a digit follows position i.
func hasDigitAfterMark(text string, i, hi int) bool {
	for i < hi && text[i] == ' ' {
		i++
	}
	return i < hi && text[i] >= '0' && text[i] <= '9'
}

// scanWord reads a word or number starting at i.
func scanWord(text string, i, hi int) (int, kind) {
	j := i
	digitsOnly := true
	for j < hi {
		r, n := utf8.DecodeRuneInString(text[j:hi])
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			// "n't" splits off: stop before the n when "'t" closes the word.
			if (r == 'n' || r == 'N') && j > i && isNegClitic(text, j, hi) {
				return j, wordKind(digitsOnly)
			}
			digitsOnly = false
			j += n
		case unicode.IsDigit(r):
			j += n
		case r == '-' || r == '‑':
			// Hyphen inside a word: S-400, self-interpreting, 2025-06-23.
			if j > i && j+n < hi && isWordRune(firstRune(text[j+n:hi])) {
				j += n
				continue
			}
			return j, wordKind(digitsOnly)
		case r == '.' || r == ',' || r == ':':
			// Separator between digits: 1,000.5  10:30  3.14.
			prev, _ := utf8.DecodeLastRuneInString(text[i:j])
			if unicode.IsDigit(prev) && j+1 < hi && isDigitByte(text[j+1]) {
				if r == ',' && !threeDigits(text, j+1, hi) {
					return j, wordKind(digitsOnly)
				}
				j++
				continue
			}
			// A domain name inside running text: example.com, reuters.com.
			if r == '.' && !digitsOnly && j+1 < hi {
				if e := tldEnd(text, j+1, hi); e > 0 {
					j = e
					continue
				}
			}
			return j, wordKind(digitsOnly)
		case r == '&':
			// AT&T, S&P: capitals on both sides.
			prev, _ := utf8.DecodeLastRuneInString(text[i:j])
			if unicode.IsUpper(prev) && j+1 < hi && unicode.IsUpper(firstRune(text[j+1:hi])) {
				j++
				continue
			}
			return j, wordKind(digitsOnly)
		case r == '\'' || r == '’':
			// O'Brien, o'clock stay whole; clitics ('s, 're, ...) and a closing quote split.
			if j > i && matchClitic(text, j, hi) == j {
				next := j + n
				if next < hi && unicode.IsLetter(firstRune(text[next:hi])) {
					j = next
					continue
				}
			}
			return j, wordKind(digitsOnly)
		default:
			return j, wordKind(digitsOnly)
		}
	}
	return j, wordKind(digitsOnly)
}

func wordKind(digitsOnly bool) kind {
	if digitsOnly {
		return kNum
	}
	return kWord
}

func threeDigits(text string, i, hi int) bool {
	if i+3 > hi {
		return false
	}
	for k := i; k < i+3; k++ {
		if !isDigitByte(text[k]) {
			return false
		}
	}
	return i+3 == hi || !isDigitByte(text[i+3])
}

// tlds are domain endings accepted inside a word ("reuters.com").
var tlds = []string{"com", "org", "net", "gov", "edu", "int", "mil", "info", "io", "co", "uk", "ru", "ua", "ir", "il", "de", "fr", "news", "tv"}

// tldEnd returns the end of a domain ending starting at i, or 0.
func tldEnd(text string, i, hi int) int {
	for _, t := range tlds {
		e := i + len(t)
		if e <= hi && text[i:e] == t && (e == hi || !isWordRune(firstRune(text[e:hi]))) {
			return e
		}
	}
	return 0
}

// clitics split off a word, after the apostrophe.
var clitics = []string{"s", "re", "ve", "ll", "d", "m", "S", "RE", "VE", "LL", "D", "M"}

// matchClitic returns the end of a clitic starting with the apostrophe at i, or i.
func matchClitic(text string, i, hi int) int {
	_, n := utf8.DecodeRuneInString(text[i:hi])
	for _, c := range clitics {
		e := i + n + len(c)
		if e <= hi && text[i+n:e] == c && (e == hi || !isWordRune(firstRune(text[e:hi]))) {
			return e
		}
	}
	return i
}

// isNegClitic reports whether "n't" (or "n’t") starts at i and closes the word.
func isNegClitic(text string, i, hi int) bool {
	rest := text[i+1 : hi]
	var n int
	switch {
	case strings.HasPrefix(rest, "'t"), strings.HasPrefix(rest, "'T"):
		n = 2
	case strings.HasPrefix(rest, "’t"), strings.HasPrefix(rest, "’T"):
		n = len("’t")
	default:
		return false
	}
	e := i + 1 + n
	return e == hi || !isWordRune(firstRune(text[e:hi]))
}

// scanPunct reads a punctuation token at i: runs of "!?", dots and ellipses, dashes, or one
// rune. "n't" is also read here when a word stopped before it.
func scanPunct(text string, i, hi int) int {
	r, n := utf8.DecodeRuneInString(text[i:hi])
	switch r {
	case '!', '?':
		j := i + 1
		for j < hi && (text[j] == '!' || text[j] == '?') {
			j++
		}
		return j
	case '.':
		// A run of dots is one token; a spaced ellipsis ". . ." too, unless its first dot
		// is glued to a word (then that dot is a period and the ellipsis follows it).
		j := i + 1
		for j < hi && text[j] == '.' {
			j++
		}
		glued := i > 0 && isWordRune(lastRune(text[:i]))
		if j == i+1 && !glued {
			k, dots := j, 1
			for k+1 < hi && text[k] == ' ' && text[k+1] == '.' {
				k += 2
				dots++
			}
			if dots >= 3 {
				return k
			}
		}
		return j
	case '-':
		j := i + 1
		for j < hi && text[j] == '-' {
			j++
		}
		return j
	}
	if r == utf8.RuneError && n <= 1 {
		return i + 1
	}
	return i + n
}

// matchURL returns the end of a URL starting at i, or i.
func matchURL(text string, i, hi int) int {
	if c := text[i] | 0x20; c != 'h' && c != 'w' {
		return i
	}
	rest := text[i:hi]
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")) {
		return i
	}
	if i > 0 && isWordRune(lastRune(text[:i])) {
		return i
	}
	j := i
	for j < hi {
		r, n := utf8.DecodeRuneInString(text[j:hi])
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' {
			break
		}
		j += n
	}
	return trimURLTail(text, i, j)
}

// trimURLTail drops sentence punctuation and unbalanced closing brackets from a URL's end.
func trimURLTail(text string, i, j int) int {
	for j > i {
		r, n := utf8.DecodeLastRuneInString(text[i:j])
		switch r {
		case '.', ',', ';', ':', '!', '?', '\'', '’':
			j -= n
			continue
		case ')':
			if strings.Count(text[i:j], "(") < strings.Count(text[i:j], ")") {
				j -= n
				continue
			}
		}
		break
	}
	return j
}

// matchEmail returns the end of an e-mail address starting at i, or i.
func matchEmail(text string, i, hi int) int {
	// The local part is at most 64 bytes, the domain 255 (RFC 5321): bounded scans keep
	// tokenising linear on long runs of letters and dots.
	j := i
	for j < hi && j-i <= 64 && isEmailLocal(text[j]) {
		j++
	}
	if j == i || j >= hi || text[j] != '@' {
		return i
	}
	k := j + 1
	for k < hi && k-j <= 255 && (isAlnumByte(text[k]) || text[k] == '-' || text[k] == '.') {
		k++
	}
	k = trimURLTail(text, j+1, k)
	if k <= j+1 || !strings.Contains(text[j+1:k], ".") {
		return i
	}
	return k
}

func isEmailLocal(b byte) bool {
	return isAlnumByte(b) || b == '.' || b == '_' || b == '-' || b == '+'
}

func isAlnumByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// matchDotted returns the end of a dotted abbreviation such as "U.S.", "e.g.", "a.m.",
// "Ph.D." starting at i, or i: at least two groups of one or two letters, each followed by
// a period.
func matchDotted(text string, i, hi int) int {
	j, groups := i, 0
	for {
		k := j
		letters := 0
		for k < hi && letters < 3 {
			r, n := utf8.DecodeRuneInString(text[k:hi])
			if !unicode.IsLetter(r) {
				break
			}
			k += n
			letters++
		}
		if letters == 0 || letters > 2 || k >= hi || text[k] != '.' {
			break
		}
		j = k + 1
		groups++
	}
	if groups < 2 {
		return i
	}
	// "U.S.-led": the abbreviation ends at its last period either way.
	if j < hi && isWordRune(firstRune(text[j:hi])) {
		return i
	}
	return j
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// matchTag returns the end of a hashtag or handle ("#MeToo", "@Reuters") starting at i,
// or i: the mark opens a word (after a space, the start or an opening bracket or quote) and
// a letter follows it.
func matchTag(text string, i, hi int) int {
	if i > 0 {
		switch lastRune(text[:i]) {
		case ' ', '\t', '\n', '\r', '(', '[', '"', '“', '\'', '‘':
		default:
			return i
		}
	}
	j := i + 1
	if j >= hi || !unicode.IsLetter(firstRune(text[j:hi])) {
		return i
	}
	for j < hi {
		r, n := utf8.DecodeRuneInString(text[j:hi])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') {
			break
		}
		j += n
	}
	return j
}
