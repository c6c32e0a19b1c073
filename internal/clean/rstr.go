package clean

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// rstr is text whose every byte remembers the raw offset it came from (-1 for bytes that
// cleaning inserted or rewrote).
type rstr struct {
	s   string
	off []int32 // int32 halves the memory of long inputs; inputs stay far below 2 GiB
}

// rawRange copies raw[start:end] with its offsets.
func rawRange(raw string, start, end int) rstr {
	off := make([]int32, end-start)
	for i := range off {
		off[i] = int32(start + i)
	}
	return rstr{raw[start:end], off}
}

// lit is inserted text.
func lit(s string) rstr {
	off := make([]int32, len(s))
	for i := range off {
		off[i] = -1
	}
	return rstr{s, off}
}

func (r rstr) slice(i, j int) rstr { return rstr{r.s[i:j], r.off[i:j]} }

// appendR appends o to r.
func (r *rstr) appendR(o rstr) {
	r.s += o.s
	r.off = append(r.off, o.off...)
}

// rawSpan returns the smallest raw range covering the mapped bytes of r[i:j]; ok is false
// when none is mapped.
func (r rstr) rawSpan(i, j int) (start, end int, ok bool) {
	start, end = -1, -1
	for k := i; k < j && k < len(r.off); k++ {
		if o := int(r.off[k]); o >= 0 {
			if start < 0 || o < start {
				start = o
			}
			if o+1 > end {
				end = o + 1
			}
		}
	}
	return start, end, start >= 0
}

// sourceMap builds the pieces mapping runs of r to the raw input.
func (r rstr) sourceMap() []doc.SourceMapPiece {
	var pieces []doc.SourceMapPiece
	for i := 0; i < len(r.off); {
		if r.off[i] < 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(r.off) && r.off[j] == r.off[j-1]+1 {
			j++
		}
		pieces = append(pieces, doc.SourceMapPiece{Clean: i, Raw: int(r.off[i]), Len: j - i})
		i = j
	}
	return pieces
}

// rbuilder accumulates text with offsets without quadratic copying. Its text is a
// strings.Builder, so rstr hands the text over without copying it (an rbuilder is never
// copied by value once written to).
type rbuilder struct {
	buf strings.Builder
	off []int32
}

// grow makes room for n more bytes.
func (b *rbuilder) grow(n int) {
	b.buf.Grow(n)
	b.off = slices.Grow(b.off, n)
}

func (b *rbuilder) add(r rstr) {
	b.buf.WriteString(r.s)
	b.off = append(b.off, r.off...)
}

func (b *rbuilder) len() int { return b.buf.Len() }

func (b *rbuilder) rstr() rstr { return rstr{b.buf.String(), b.off} }
