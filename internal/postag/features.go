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

// word is a token prepared for feature extraction.
type word struct {
	norm    string // lower-cased, with typographic quotes and apostrophes made plain
	classes string // WordNet classes of the word or its base forms ("nv"), "" if unknown
	last    string // last part of a hyphenated word ("handed" in "empty-handed")
	// Hashes of the parts features combine.
	hNorm, hShape, hClasses, hLast uint64
	hSuf                           [4]uint64 // last 1 to 4 bytes of norm
	hPre                           [3]uint64 // first 1 to 3 bytes of norm
}

// classifier gives the WordNet classes of a lower-case word.
type classifier interface {
	Classes(w string) string
}

// prepare normalises the words of a sentence into ws.
func prepare(words []string, lex classifier, ws []word) []word {
	return prepareCached(words, lex, ws, nil)
}

// maxCache bounds the per-scratch cache of prepared words.
const maxCache = 1 << 14

// prepareCached is prepare with a cache of prepared words by spelling (nil for none):
// news repeats its words, and preparing one costs WordNet look-ups and hashing.
func prepareCached(words []string, lex classifier, ws []word, cache map[string]word) []word {
	ws = ws[:0]
	for _, w := range words {
		if cache != nil {
			if x, ok := cache[w]; ok {
				ws = append(ws, x)
				continue
			}
		}
		if cache == nil {
			ws = append(ws, prepareWord(w, lex))
			continue
		}
		// The cache outlives the document: copy the word so it does not pin the text.
		w = strings.Clone(w)
		x := prepareWord(w, lex)
		if len(cache) >= maxCache {
			clear(cache)
		}
		cache[w] = x
		ws = append(ws, x)
	}
	return ws
}

// prepareWord normalises one word and hashes its parts.
func prepareWord(w string, lex classifier) word {
	x := word{norm: normalize(w)}
	if lex != nil {
		x.classes = lex.Classes(x.norm)
		if i := strings.LastIndexByte(x.norm, '-'); i > 0 && i < len(x.norm)-1 {
			x.last = x.norm[i+1:]
			if x.classes == "" {
				x.classes = "-" + lex.Classes(x.last)
			}
		}
	}
	x.hNorm, x.hShape, x.hClasses = strHash(x.norm), shapeHash(w), strHash(x.classes)
	if x.last != "" {
		x.hLast = strHash(x.last)
	}
	for k := range x.hSuf {
		x.hSuf[k] = strHash(suffix(x.norm, k+1))
	}
	for k := range x.hPre {
		x.hPre[k] = strHash(prefix(x.norm, k+1))
	}
	return x
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

// shapeHash hashes the shape of w: upper X, lower x, digit d, other ASCII kept, other
// runes *, runs collapsed after two, at most 16 symbols ("Xxx", "dd,ddd", "X-ddd").
func shapeHash(w string) uint64 {
	h := uint64(offset64)
	n := 0
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case r < utf8.RuneSelf && r >= 'a' && r <= 'z':
			c = 'x'
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z':
			c = 'X'
		case r < utf8.RuneSelf && r >= '0' && r <= '9':
			c = 'd'
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
		if n < 16 {
			h = (h ^ uint64(c)) * prime64
			n++
		}
	}
	return h
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

// mix scrambles x (splitmix64's finaliser).
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// f1, f2 and f3 combine a template number with one, two or three part hashes.
func f1(t int, a uint64) uint64 { return mix(a + uint64(t)*0x9e3779b97f4a7c15) }

func f2(t int, a, b uint64) uint64 { return mix(f1(t, a) ^ b*0xff51afd7ed558ccd) }

func f3(t int, a, b, c uint64) uint64 { return mix(f2(t, a, b) ^ c*0xc4ceb9fe1a85ec53) }

// strHash hashes a string (FNV-1a).
func strHash(s string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime64
	}
	return h
}

// tagHash is the part hash of a tag id.
func tagHash(t int) uint64 { return uint64(t) + 1<<40 }

var (
	hStart  = strHash("-START-")
	hStart2 = strHash("-START2-")
	hEnd    = strHash("-END-")
	hEnd2   = strHash("-END2-")
	hNone   = strHash("")
	hEndCls = strHash("<end>")
)

// features appends the hashes of word i's features, given the two previous tags.
func features(ws []word, i, prev, prev2 int, out []uint64) []uint64 {
	w := &ws[i]
	pw, p2w, nw, n2w := hStart, hStart2, hEnd, hEnd2
	pSuf3, nSuf3 := hStart, hEnd
	nshape, nclasses := hNone, hEndCls
	if i > 0 {
		pw, pSuf3 = ws[i-1].hNorm, ws[i-1].hSuf[2]
	}
	if i > 1 {
		p2w = ws[i-2].hNorm
	}
	if i+1 < len(ws) {
		n := &ws[i+1]
		nw, nSuf3, nshape, nclasses = n.hNorm, n.hSuf[2], n.hShape, n.hClasses
	}
	if i+2 < len(ws) {
		n2w = ws[i+2].hNorm
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	tp, tp2 := tagHash(prev), tagHash(prev2)
	out = append(out,
		f1(fBias, 0),
		f1(fWord, w.hNorm),
		f1(fSuf1, w.hSuf[0]),
		f1(fSuf2, w.hSuf[1]),
		f1(fSuf3, w.hSuf[2]),
		f1(fSuf4, w.hSuf[3]),
		f1(fPre1, w.hPre[0]),
		f1(fPre2, w.hPre[1]),
		f1(fPre3, w.hPre[2]),
		f1(fShape, w.hShape),
		f1(fPrevTag, tp),
		f2(fPrev2Tags, tp, tp2),
		f2(fPrevTagWord, tp, w.hNorm),
		f1(fPrevWord, pw),
		f1(fPrevSuf3, pSuf3),
		f1(fPrev2Word, p2w),
		f1(fNextWord, nw),
		f1(fNextSuf3, nSuf3),
		f1(fNext2Word, n2w),
		f2(fFirstShape, first, w.hShape),
		f1(fNextShape, nshape),
		f2(fPrevWordWord, pw, w.hNorm),
		f2(fWordNextWord, w.hNorm, nw),
		f1(fClasses, w.hClasses),
		f2(fClassesShape, w.hClasses, w.hShape),
		f1(fNextClasses, nclasses),
		f2(fPrevTagClasses, tp, w.hClasses),
	)
	if w.hLast != 0 {
		out = append(out, f1(fLastPart, w.hLast))
	}
	return out
}
