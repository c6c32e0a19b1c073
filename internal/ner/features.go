package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lexicon word classes, as bits: the lower-case form of a word is listed in the dictionary in
// lower case (a common word), capitalised (a proper name), or both.
const (
	lexLower uint8 = 1 << iota
	lexCap
)

// Capitalisation of a token.
const (
	capNone  = iota // no letters upper case
	capFirst        // Xxxx
	capAll          // XXXX (two letters or more)
	capMixed        // McDonald, iPhone
	capOne          // a single upper-case letter
)

// token is what the feature templates know about one word.
type token struct {
	lower string // lower case, digits folded to 0
	shape string // compressed shape: Xx, X.X., d,d, ...
	capt  uint8
	lex   uint8
}

// Feature template identifiers. Their values enter the hashes, so never renumber them: a
// model trained with one numbering is useless with another.
const (
	fBias byte = iota + 1
	fLower
	fShape
	fPre1
	fPre2
	fPre3
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fLexCap
	fLowerM1
	fLowerP1
	fLowerM2
	fLowerP2
	fShapeM1Shape
	fShapeShapeP1
	fLowerM1Lower
	fLowerLowerP1
	fLexWindow
	fHeadShapeLex
	fLowerM1Shape
	fShapeLowerP1
	fFirstShape
	fHyphenLast
	fLowerM2M1
	fLowerP1P2
	fExact
	fPre4
	fSuf5
	fLowerCap
	fSuf3M1
	fSuf3P1
)

const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

func hbyte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hstr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func htmpl(t byte) uint64 { return hbyte(fnvOffset, t) }

// sep separates the parts of a conjoined feature in its hash.
const sep = 0x1f

// analyse fills the per-token facts for a sentence's words.
func analyse(words []string, lex map[string]uint8, toks []token) []token {
	toks = toks[:0]
	for _, w := range words {
		var t token
		t.lower = lowerFold(w)
		t.shape = shapeOf(w)
		t.capt = capOf(w)
		t.lex = lex[t.lower]
		toks = append(toks, t)
	}
	return toks
}

// lowerFold lower-cases w and folds every digit to 0, allocating only when it must.
func lowerFold(w string) string {
	clean := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') || ('1' <= c && c <= '9') {
			clean = false
			break
		}
	}
	if clean {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case '0' <= r && r <= '9':
			b.WriteByte('0')
		case r == '’':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// shapeOf maps upper-case letters to X, lower-case to x, digits to d and keeps other
// characters, collapsing runs, at most eight symbols.
func shapeOf(w string) string {
	var buf [8]byte
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case r == '’':
			c = '\''
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n == len(buf) {
			break
		}
		buf[n] = c
		n++
	}
	return string(buf[:n])
}

func capOf(w string) uint8 {
	up, low, letters := 0, 0, 0
	first := false
	for i, r := range w {
		if unicode.IsUpper(r) {
			up++
			letters++
			if i == 0 {
				first = true
			}
		} else if unicode.IsLower(r) {
			low++
			letters++
		}
	}
	switch {
	case up == 0:
		return capNone
	case up == 1 && letters == 1:
		return capOne
	case low == 0:
		return capAll
	case first && up == 1:
		return capFirst
	default:
		return capMixed
	}
}

// headline reports whether a sentence looks title-cased or upper-cased: most of its longer
// words start with a capital. Cues from capitalisation mean less there.
func headline(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if len(t.lower) < 4 || t.shape == "" || (t.shape[0] != 'X' && t.shape[0] != 'x') {
			continue
		}
		words++
		if t.capt != capNone {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// featureHashes appends the hashes of every feature of position i to fs.
func featureHashes(toks []token, words []string, i int, head bool, fs []uint64) []uint64 {
	t := &toks[i]
	var hb byte
	if head {
		hb = 1
	}
	m1, p1, m2, p2 := pad(toks, i-1), pad(toks, i+1), pad(toks, i-2), pad(toks, i+2)
	fs = append(fs,
		htmpl(fBias),
		hstr(htmpl(fLower), t.lower),
		hstr(htmpl(fShape), t.shape),
	)
	l := t.lower
	for k, tm := range [...]byte{fPre1, fPre2, fPre3, fPre4} {
		if n := k + 1; len(l) >= n+1 {
			fs = append(fs, hstr(htmpl(tm), l[:n]))
		}
	}
	for k, tm := range [...]byte{fSuf1, fSuf2, fSuf3, fSuf4, fSuf5} {
		if n := k + 1; len(l) >= n+1 {
			fs = append(fs, hstr(htmpl(tm), l[len(l)-n:]))
		}
	}
	var first byte
	if i == 0 {
		first = 1
	}
	fs = append(fs,
		hbyte(hbyte(hbyte(hbyte(htmpl(fLexCap), t.lex), t.capt), first), hb),
		hstr(htmpl(fLowerM1), m1.lower),
		hstr(htmpl(fLowerP1), p1.lower),
		hstr(htmpl(fLowerM2), m2.lower),
		hstr(htmpl(fLowerP2), p2.lower),
		hstr(hbyte(hstr(htmpl(fShapeM1Shape), m1.shape), sep), t.shape),
		hstr(hbyte(hstr(htmpl(fShapeShapeP1), t.shape), sep), p1.shape),
		hstr(hbyte(hstr(htmpl(fLowerM1Lower), m1.lower), sep), t.lower),
		hstr(hbyte(hstr(htmpl(fLowerLowerP1), t.lower), sep), p1.lower),
		hbyte(hbyte(hbyte(hbyte(hbyte(hbyte(hbyte(htmpl(fLexWindow), m1.lex), m1.capt), t.lex), t.capt), p1.lex), p1.capt), hb),
		hbyte(hbyte(hstr(htmpl(fHeadShapeLex), t.shape), t.lex), hb),
		hstr(hbyte(hstr(htmpl(fLowerM1Shape), m1.lower), sep), t.shape),
		hstr(hbyte(hstr(htmpl(fShapeLowerP1), t.shape), sep), p1.lower),
		hstr(hbyte(hstr(htmpl(fLowerM2M1), m2.lower), sep), m1.lower),
		hstr(hbyte(hstr(htmpl(fLowerP1P2), p1.lower), sep), p2.lower),
	)
	if i == 0 {
		fs = append(fs, hstr(htmpl(fFirstShape), t.shape))
	}
	fs = append(fs, hbyte(hbyte(hstr(htmpl(fLowerCap), t.lower), t.capt), hb))
	if len(m1.lower) > 3 {
		fs = append(fs, hstr(htmpl(fSuf3M1), m1.lower[len(m1.lower)-3:]))
	}
	if len(p1.lower) > 3 {
		fs = append(fs, hstr(htmpl(fSuf3P1), p1.lower[len(p1.lower)-3:]))
	}
	if t.capt != capNone && !head {
		fs = append(fs, hstr(htmpl(fExact), words[i]))
	}
	if j := strings.LastIndexByte(l, '-'); j > 0 && j < len(l)-1 {
		fs = append(fs, hstr(htmpl(fHyphenLast), l[j+1:]))
	}
	return fs
}

var (
	padStart = token{lower: "<s>", shape: "<s>"}
	padEnd   = token{lower: "</s>", shape: "</s>"}
)

func pad(toks []token, i int) *token {
	if i < 0 {
		return &padStart
	}
	if i >= len(toks) {
		return &padEnd
	}
	return &toks[i]
}

// LexLower and LexCap are the lexicon classes a word list gives a lower-cased word (see
// Train): listed in lower case, listed capitalised.
const (
	LexLower = lexLower
	LexCap   = lexCap
)
