package clean

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// rstr is text whose every byte remembers the raw offset it came from (-1 for bytes that
// cleaning inserted or rewrote). Text copied from the raw input in one piece needs no table:
// with off nil, byte i comes from raw offset base+i.
type rstr struct {
	s    string
	off  []int32 // int32 halves the memory of long inputs; inputs stay far below 2 GiB
	base int32   // with off nil, the raw offset of s[0]
}

// at returns the raw offset of byte i.
func (r rstr) at(i int) int32 {
	if r.off == nil {
		return r.base + int32(i)
	}
	return r.off[i]
}

// offs returns the offsets of every byte as a table (a new one when r has none).
func (r rstr) offs() []int32 {
	if r.off != nil || r.s == "" {
		return r.off
	}
	off := make([]int32, len(r.s))
	for i := range off {
		off[i] = r.base + int32(i)
	}
	return off
}

// rawRange is raw[start:end] with its offsets.
func rawRange(raw string, start, end int) rstr {
	return rstr{s: raw[start:end], base: int32(start)}
}

// lit is inserted text.
func lit(s string) rstr {
	off := make([]int32, len(s))
	for i := range off {
		off[i] = -1
	}
	return rstr{s: s, off: off}
}

func (r rstr) slice(i, j int) rstr {
	if r.off == nil {
		return rstr{s: r.s[i:j], base: r.base + int32(i)}
	}
	return rstr{s: r.s[i:j], off: r.off[i:j]}
}

// appendR appends o to r.
func (r *rstr) appendR(o rstr) {
	if o.s == "" {
		return
	}
	if r.s == "" {
		// Take o as it is; a table is capped so that appending to r never writes into
		// the array o shares with others.
		r.s, r.off, r.base = o.s, slices.Clip(o.off), o.base
		return
	}
	off := r.off
	if off == nil {
		off = r.offs()
	}
	r.s += o.s
	r.off = appendOffs(off, o)
}

// appendOffs appends the offsets of o's bytes to off.
func appendOffs(off []int32, o rstr) []int32 {
	if o.off != nil {
		return append(off, o.off...)
	}
	n := len(off)
	off = slices.Grow(off, len(o.s))[:n+len(o.s)]
	for i := range len(o.s) {
		off[n+i] = o.base + int32(i)
	}
	return off
}

// rawSpan returns the smallest raw range covering the mapped bytes of r[i:j]; ok is false
// when none is mapped.
func (r rstr) rawSpan(i, j int) (start, end int, ok bool) {
	if r.off == nil {
		j = min(j, len(r.s))
		if i >= j {
			return -1, -1, false
		}
		return int(r.base) + i, int(r.base) + j, true
	}
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
	off := r.offs()
	var pieces []doc.SourceMapPiece
	for i := 0; i < len(off); {
		if off[i] < 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(off) && off[j] == off[j-1]+1 {
			j++
		}
		pieces = append(pieces, doc.SourceMapPiece{Clean: i, Raw: int(off[i]), Len: j - i})
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
	b.off = appendOffs(b.off, r)
}

func (b *rbuilder) len() int { return b.buf.Len() }

func (b *rbuilder) rstr() rstr {
	if b.off == nil {
		return rstr{} // nothing added
	}
	return rstr{s: b.buf.String(), off: b.off}
}
