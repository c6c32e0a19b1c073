package clean

import (
	"fmt"
	"math/bits"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// repair is a change cleaning made to the text: its inserted or rewritten bytes carry the
// repair's tag instead of a raw offset, so its note can be placed once the text is laid out.
type repair struct {
	kind   string
	raw    string
	detail string
	// widen extends the note's span over the letters on both sides of the inserted bytes, so
	// that a repaired glue shows the two words it separated.
	widen bool
}

// tag records a repair and returns the offset value its bytes carry.
func (c *cleaner) tag(r repair) int {
	c.repairs = append(c.repairs, r)
	return -2 - (len(c.repairs) - 1)
}

// tagged returns the text of s with every byte marked as inserted by the repair tag.
func tagged(s string, tag int) rstr {
	off := make([]int32, len(s))
	for i := range off {
		off[i] = int32(tag)
	}
	return rstr{s: s, off: off}
}

func isLowerASCII(c byte) bool  { return c >= 'a' && c <= 'z' }
func isUpperASCII(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isLetterASCII(c byte) bool { return isLowerASCII(c) || isUpperASCII(c) }

// unglue splits paragraphs where scraping glued two pieces of text together: a dateline
// glued to the first word of an early paragraph ("MoscowIranian") and a sentence end glued
// to the next sentence's first word ("armyHe", "said.The"). A glued sentence becomes a new
// paragraph (the glue is almost always a lost block boundary); a missing space after a full
// stop gets the space back.
func (c *cleaner) unglue(ps []para) []para {
	// Most paragraphs come out as they are: the output is written back into ps while it
	// keeps behind the input (ps[i] is copied out before anything is written), and into a
	// new slice from the first paragraph that gets split.
	out := ps[:0]
	inPlace := true
	var pieces []para
	for i, p := range ps {
		pieces = pieces[:0]
		p = c.inlineFurniture(p)
		if i < 4 && p.md == "" {
			if place, ok := c.gluedDateline(p.t.s); ok {
				n := len(place)
				word := p.t.s[n:]
				if j := strings.IndexAny(word, " ,.;:"); j >= 0 {
					word = word[:j]
				}
				tag := c.tag(repair{kind: "missing_space", raw: place + word, detail: "dateline " + place + " glued to the first word; split into its own block", widen: true})
				pieces = append(pieces, para{t: p.t.slice(0, n), tight: p.tight, kind: "dateline", place: place, gluedDateline: true})
				p.t = p.t.slice(n, len(p.t.s))
				p.breakTag = tag
				p.tight = false
			}
		}
		pieces = c.sentenceGlue(pieces, p)
		if inPlace && len(out)+len(pieces) > i+1 {
			grown := make([]para, len(out), len(ps)+len(ps)/8+len(pieces)+4)
			copy(grown, out)
			out, inPlace = grown, false
		}
		out = append(out, pieces...)
	}
	return out
}

// gluedDateline reports a known place glued to a capitalised word at the start of s
// ("MoscowIranian"), including the one-letter words "A" and "I" ("ManilaA ship ...").
func (c *cleaner) gluedDateline(s string) (string, bool) {
	for _, place := range c.k.datelines {
		if len(s) > len(place)+1 && strings.HasPrefix(s, place) && isUpperASCII(s[len(place)]) {
			next := s[len(place)+1]
			if isLowerASCII(next) || next == ' ' && (s[len(place)] == 'A' || s[len(place)] == 'I') {
				return place, true
			}
		}
	}
	return "", false
}

// sentenceGlue splits p at each glued sentence start, appending the pieces to out.
func (c *cleaner) sentenceGlue(out []para, p para) []para {
	s := p.t.s
	var text pbuilder // the pieces keep their offsets: no table per byte
	last := 0
	for i := 2; i < len(s)-1; i++ {
		if i+8 <= len(s)-1 {
			m := upperASCII(word8(s, i))
			if m == 0 {
				i += 7 // no capital in s[i:i+8]
				continue
			}
			i += bits.TrailingZeros64(m) / 8 // on to the first capital
		}
		if !isUpperASCII(s[i]) {
			continue
		}
		// Every case below needs one of these before the capital; most capitals follow a
		// space and are done with here.
		if b := s[i-1]; !isDigit(b) && !isLowerASCII(b) && !stop(b) && b != '"' && b != "”"[2] {
			continue
		}
		word := letters(s, i)
		starter := c.k.starters[word]
		if !starter && (len(word) < 2 || !isLowerASCII(word[1])) {
			continue
		}
		if end := i + len(word); end < len(s) && !strings.ContainsRune(" ,.;:!?'\")-", rune(s[end])) {
			continue // the word goes on ("A" + a combining mark is not the word "A")
		}
		tok := spaceToken(s, i)
		if strings.Contains(tok, "://") || strings.Contains(tok, "www.") || strings.Contains(tok, "@") || strings.Contains(tok, "#") {
			continue
		}
		switch {
		case !starter && !stop(s[i-1]) && !strings.HasSuffix(s[:i], "”") && s[i-1] != '"':
			continue
		case isDigit(s[i-1]) && len(word) >= 2:
			// "in 2023The": a number glued to the next sentence.
			j := i
			for j > 0 && (isDigit(s[j-1]) || s[j-1] == ',' || s[j-1] == '%') {
				j--
			}
			if j > 0 && s[j-1] != ' ' {
				continue // "G7", "COVID-19", "S-300"
			}
			tag := c.tag(repair{kind: "missing_space", raw: s[j:i] + word, detail: "two sentences glued together; split at " + word, widen: true})
			text.add(p.t.slice(last, i))
			out = append(out, para{t: text.rstr(), tight: p.tight, md: p.md, breakTag: p.breakTag, kind: p.kind, place: p.place, gluedDateline: p.gluedDateline, cut: true})
			p = para{t: p.t, breakTag: tag}
			text = pbuilder{} // the piece above holds the pieces
			last = i
		case isLowerASCII(s[i-1]):
			// "armyHe": the word before must be all lower case, two letters or more
			// ("iPhone", "McDonald" and "LinkedIn" are names, not glue).
			j := i
			for j > 0 && isLowerASCII(s[j-1]) {
				j--
			}
			if i-j < 2 || (j > 0 && isLetterASCII(s[j-1])) {
				continue
			}
			tag := c.tag(repair{kind: "missing_space", raw: s[j:i] + word, detail: "two sentences glued together; split at " + word, widen: true})
			text.add(p.t.slice(last, i))
			out = append(out, para{t: text.rstr(), tight: p.tight, md: p.md, breakTag: p.breakTag, kind: p.kind, place: p.place, gluedDateline: p.gluedDateline, cut: true})
			p = para{t: p.t, breakTag: tag}
			text = pbuilder{} // the piece above holds the pieces
			last = i
		case stop(s[i-1]) || (s[i-1] == '"' || strings.HasSuffix(s[:i], "”")) && i >= 4 && stop(s[i-1-closeLen(s[:i])]):
			// "said.The", "said.”The": a lower-case word of two letters or more, the stop,
			// maybe a closing quotation mark.
			q := 0
			if !stop(s[i-1]) {
				q = closeLen(s[:i])
			}
			j := i - 1 - q
			for j > 0 && isLowerASCII(s[j-1]) {
				j--
			}
			if i-1-q-j < 2 || (j > 0 && (isLetterASCII(s[j-1]) || s[j-1] == '.')) {
				continue
			}
			tag := c.tag(repair{kind: "missing_space", raw: s[j:i] + word, detail: fmt.Sprintf("no space after %q; one inserted", s[i-1-q:i]), widen: true})
			text.add(p.t.slice(last, i))
			text.add(tagged(" ", tag))
			last = i
		}
	}
	if last == 0 {
		return append(out, p) // nothing glued: the text stays as it is
	}
	text.add(p.t.slice(last, len(s)))
	p.t = text.rstr()
	return append(out, p)
}

// letters returns the run of ASCII letters starting at s[i].
func letters(s string, i int) string {
	j := i
	for j < len(s) && isLetterASCII(s[j]) {
		j++
	}
	return s[i:j]
}

// spaceToken returns the space-delimited token holding s[i].
func spaceToken(s string, i int) string {
	a := strings.LastIndexByte(s[:i], ' ') + 1
	b := strings.IndexByte(s[i:], ' ')
	if b < 0 {
		return s[a:]
	}
	return s[a : i+b]
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func stop(c byte) bool { return c == '.' || c == '!' || c == '?' }

// closeLen is the length of the closing quotation mark ending s (a straight or a curly one).
func closeLen(s string) int {
	if strings.HasSuffix(s, "”") {
		return len("”")
	}
	if strings.HasSuffix(s, "\"") {
		return 1
	}
	return 0
}

// inlineAd matches an advertisement marker left inside running text, between sentences.
var inlineAd = regexp.MustCompile(`(?:^|[.!?"”’] ?)(Advertisement|ADVERTISEMENT)(?: ?[A-Z"“]|$)`)

// inlineFurniture cuts advertisement markers out of a paragraph's running text ("...the
// statement. Advertisement The talks..."); each becomes a boilerplate block of its own.
func (c *cleaner) inlineFurniture(p para) para {
	if p.md != "" || len(p.t.s) <= len("Advertisement") || !containsAdvertisement(p.t.s) {
		return p
	}
	var text rstr
	last := 0
	for _, m := range inlineAd.FindAllStringSubmatchIndex(p.t.s, -1) {
		a, b := m[2], m[3]
		if a == 0 && b == len(p.t.s) {
			continue // the whole paragraph: classify handles it
		}
		blk := doc.Block{Kind: doc.BlockBoilerplate, Raw: p.t.s[a:b]}
		if rs, re, ok := p.t.rawSpan(a, b); ok {
			blk.Raw = c.raw[rs:re]
			blk.RawStart, blk.RawEnd = intp(rs), intp(re)
		}
		p.inline = append(p.inline, blk)
		// Drop the marker and one space around it.
		end := b
		if end < len(p.t.s) && p.t.s[end] == ' ' {
			end++
		} else if a > 0 && p.t.s[a-1] == ' ' {
			a--
		}
		text.appendR(p.t.slice(last, a))
		last = end
	}
	if last == 0 {
		return p
	}
	text.appendR(p.t.slice(last, len(p.t.s)))
	p.t = squeeze(text)
	return p
}

// containsAdvertisement reports whether strings.ToLower(s) contains "advertisement",
// without building the lower-case string. Only "v" and "V" lower-case to "v", so the search
// hops from one to the next; "a" and "d" before it can only be ASCII letters too.
func containsAdvertisement(s string) bool {
	const w = "advertisement"
	lo, up := indexFrom(s, 'v', 0), indexFrom(s, 'V', 0)
	for lo >= 0 || up >= 0 {
		i := lo
		if i < 0 || up >= 0 && up < i {
			i = up
			up = indexFrom(s, 'V', i+1)
		} else {
			lo = indexFrom(s, 'v', i+1)
		}
		if i >= 2 && s[i-2]|0x20 == 'a' && s[i-1]|0x20 == 'd' && lowerPrefix(s[i-2:], w) {
			return true
		}
	}
	return false
}

// indexFrom returns the index of the first c in s at or after from, -1 when there is none.
func indexFrom(s string, c byte, from int) int {
	if j := strings.IndexByte(s[from:], c); j >= 0 {
		return from + j
	}
	return -1
}

// lowerPrefix reports whether strings.ToLower(s) starts with w (lower-case ASCII).
func lowerPrefix(s, w string) bool {
	j := 0
	for k := 0; k < len(w); k++ {
		if j >= len(s) {
			return false
		}
		if ch := s[j]; ch < utf8.RuneSelf {
			if 'A' <= ch && ch <= 'Z' {
				ch += 'a' - 'A'
			}
			if ch != w[k] {
				return false
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.ToLower(r) != rune(w[k]) {
			return false // "İ" is "i" in lower case
		}
		j += size
	}
	return true
}

// upperASCII has the top bit of every byte of w that is an ASCII capital (exact: the
// sums stay within each byte, and bytes from 0x80 are masked out).
func upperASCII(w uint64) uint64 {
	x := w & swarLo7
	return (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) &^ w & swarHi
}
