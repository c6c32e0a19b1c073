package postag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates; each feature hashes its template number with its strings.
const (
	fBias = iota + 1
	fWord
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fPrevTag
	fPrev2Tags
	fPrevTagWord
	fPrevWord
	fPrevSuf3
	fPrev2Word
	fNextWord
	fNextSuf3
	fNext2Word
	fFirstShape
	fNextShape
	fPrevWordWord
	fWordNextWord
	fClasses
	fClassesShape
	fNextClasses
	fPrevTagClasses
	fLastPart
)

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// hasher builds an FNV-1a hash of a template and its parts without allocating.
type hasher uint64

func newHash(template int) hasher {
	h := hasher(offset64)
	return h.byte(byte(template))
}

func (h hasher) byte(b byte) hasher { return (h ^ hasher(b)) * prime64 }

func (h hasher) str(s string) hasher {
	for i := 0; i < len(s); i++ {
		h = (h ^ hasher(s[i])) * prime64
	}
	return h.byte(0xff)
}

func (h hasher) tag(t int) hasher { return h.byte(byte(t)).byte(0xfe) }

// word is a token prepared for feature extraction.
type word struct {
	norm    string // lower-cased, with typographic quotes and apostrophes made plain
	shape   string // Xxxx, dd, x-d, ...
	classes string // WordNet classes of the word or its base forms ("nv"), "" if unknown
	last    string // last part of a hyphenated word ("handed" in "empty-handed")
}

// classifier gives the WordNet classes of a lower-case word.
type classifier interface {
	Classes(w string) string
}

// prepare normalises the words of a sentence into ws.
func prepare(words []string, lex classifier, ws []word) []word {
	ws = ws[:0]
	for _, w := range words {
		x := word{norm: normalize(w), shape: shape(w)}
		if lex != nil {
			x.classes = lex.Classes(x.norm)
			if i := strings.LastIndexByte(x.norm, '-'); i > 0 && i < len(x.norm)-1 {
				x.last = x.norm[i+1:]
				if x.classes == "" {
					x.classes = "-" + lex.Classes(x.last)
				}
			}
		}
		ws = append(ws, x)
	}
	return ws
}

// normalize lower-cases w and maps typographic quotes to plain ones and digits to a class.
func normalize(w string) string {
	ascii := true
	lower := true
	digits := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			lower = false
		}
		if c >= '0' && c <= '9' {
			digits++
		}
	}
	if ascii && digits == 0 && lower {
		return w
	}
	if ascii && digits == len(w) {
		if len(w) == 4 {
			return "!YEAR"
		}
		return "!DIGITS"
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch r {
		case '“', '”', '„', '«', '»', '″':
			r = '"'
		case '‘', '’', '‚', '′':
			r = '\''
		case '–', '—':
			r = '-'
		}
		if unicode.IsDigit(r) {
			r = '0'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// shape maps w to a short pattern: upper X, lower x, digit d, others kept, runs collapsed
// after two.
func shape(w string) string {
	var buf [16]byte
	n := 0
	var last byte
	run := 0
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
		default:
			c = '*'
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		if n < len(buf) {
			buf[n] = c
			n++
		}
	}
	return string(buf[:n])
}

// suffix returns the last n bytes of s, not splitting a rune.
func suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[i:]
}

// prefix returns the first n bytes of s, not splitting a rune.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[:i]
}

const (
	tagStart  = 250 // previous tag before the sentence
	tagStart2 = 251
)

// features appends the hashes of word i's features, given the two previous tags.
func features(ws []word, i, prev, prev2 int, out []uint64) []uint64 {
	w := ws[i]
	pw, p2w, nw, n2w := "-START-", "-START2-", "-END-", "-END2-"
	nshape, nclasses := "", "<end>"
	if i > 0 {
		pw = ws[i-1].norm
	}
	if i > 1 {
		p2w = ws[i-2].norm
	}
	if i+1 < len(ws) {
		nw = ws[i+1].norm
		nshape = ws[i+1].shape
		nclasses = ws[i+1].classes
	}
	if i+2 < len(ws) {
		n2w = ws[i+2].norm
	}
	first := "0"
	if i == 0 {
		first = "1"
	}
	out = append(out,
		uint64(newHash(fBias)),
		uint64(newHash(fWord).str(w.norm)),
		uint64(newHash(fSuf1).str(suffix(w.norm, 1))),
		uint64(newHash(fSuf2).str(suffix(w.norm, 2))),
		uint64(newHash(fSuf3).str(suffix(w.norm, 3))),
		uint64(newHash(fSuf4).str(suffix(w.norm, 4))),
		uint64(newHash(fPre1).str(prefix(w.norm, 1))),
		uint64(newHash(fPre2).str(prefix(w.norm, 2))),
		uint64(newHash(fPre3).str(prefix(w.norm, 3))),
		uint64(newHash(fShape).str(w.shape)),
		uint64(newHash(fPrevTag).tag(prev)),
		uint64(newHash(fPrev2Tags).tag(prev).tag(prev2)),
		uint64(newHash(fPrevTagWord).tag(prev).str(w.norm)),
		uint64(newHash(fPrevWord).str(pw)),
		uint64(newHash(fPrevSuf3).str(suffix(pw, 3))),
		uint64(newHash(fPrev2Word).str(p2w)),
		uint64(newHash(fNextWord).str(nw)),
		uint64(newHash(fNextSuf3).str(suffix(nw, 3))),
		uint64(newHash(fNext2Word).str(n2w)),
		uint64(newHash(fFirstShape).str(first).str(w.shape)),
		uint64(newHash(fNextShape).str(nshape)),
		uint64(newHash(fPrevWordWord).str(pw).str(w.norm)),
		uint64(newHash(fWordNextWord).str(w.norm).str(nw)),
		uint64(newHash(fClasses).str(w.classes)),
		uint64(newHash(fClassesShape).str(w.classes).str(w.shape)),
		uint64(newHash(fNextClasses).str(nclasses)),
		uint64(newHash(fPrevTagClasses).tag(prev).str(w.classes)),
	)
	if w.last != "" {
		out = append(out, uint64(newHash(fLastPart).str(w.last)))
	}
	return out
}
