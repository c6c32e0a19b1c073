package clean

import (
	"slices"
	"sort"
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
	// pcs, when set (by a pbuilder; off is nil then), holds the offsets as the runs the
	// text was built from.
	pcs []piece
}

// piece is a run of built text: its bytes [at, at+n) come from raw offsets base+i, or
// off[i] when off is set.
type piece struct {
	at, n int
	base  int32
	off   []int32
}

// at returns the raw offset of byte i.
func (r rstr) at(i int) int32 {
	if r.pcs != nil {
		k := sort.Search(len(r.pcs), func(k int) bool { return r.pcs[k].at+r.pcs[k].n > i })
		p := r.pcs[k]
		if p.off != nil {
			return p.off[i-p.at]
		}
		return p.base + int32(i-p.at)
	}
	if r.off == nil {
		return r.base + int32(i)
	}
	return r.off[i]
}

// offs returns the offsets of every byte as a table (a new one when r has none).
func (r rstr) offs() []int32 {
	if r.pcs != nil {
		off := make([]int32, len(r.s))
		for _, p := range r.pcs {
			if p.off != nil {
				copy(off[p.at:p.at+p.n], p.off)
				continue
			}
			for i := range p.n {
				off[p.at+i] = p.base + int32(i)
			}
		}
		return off
	}
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
	if r.pcs != nil {
		return rstr{s: r.s[i:j], off: r.offs()[i:j]}
	}
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
	if o.pcs != nil {
		return append(off, o.offs()...)
	}
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
	if r.pcs != nil {
		j = min(j, len(r.s))
		start, end = -1, -1
		k := sort.Search(len(r.pcs), func(k int) bool { return r.pcs[k].at+r.pcs[k].n > i })
		for ; k < len(r.pcs) && r.pcs[k].at < j; k++ {
			p := r.pcs[k]
			lo, hi := max(i, p.at), min(j, p.at+p.n)
			if p.off == nil {
				// Positions: the lowest and highest offsets are at the ends.
				if a := int(p.base) + lo - p.at; start < 0 || a < start {
					start = a
				}
				if b := int(p.base) + hi - p.at; b > end {
					end = b
				}
				continue
			}
			for _, o := range p.off[lo-p.at : hi-p.at] {
				if o := int(o); o >= 0 {
					if start < 0 || o < start {
						start = o
					}
					if o+1 > end {
						end = o + 1
					}
				}
			}
		}
		return start, end, start >= 0
	}
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
	if r.pcs != nil {
		return r.pieceMap()
	}
	return tableMap(nil, r.offs(), 0)
}

// tableMap appends the runs of an offset table whose first byte is at clean offset at,
// joining the first to the last of pieces when it carries on from it.
func tableMap(pieces []doc.SourceMapPiece, off []int32, at int) []doc.SourceMapPiece {
	for i := 0; i < len(off); {
		if off[i] < 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(off) && off[j] == off[j-1]+1 {
			j++
		}
		pieces = addRun(pieces, doc.SourceMapPiece{Clean: at + i, Raw: int(off[i]), Len: j - i})
		i = j
	}
	return pieces
}

// addRun appends a run to pieces, joined to the last one when it carries on from it (the
// runs of a table are as long as they go, but a run may carry on into the next piece).
func addRun(pieces []doc.SourceMapPiece, p doc.SourceMapPiece) []doc.SourceMapPiece {
	if n := len(pieces); n > 0 {
		if l := &pieces[n-1]; l.Clean+l.Len == p.Clean && l.Raw+l.Len == p.Raw {
			l.Len += p.Len
			return pieces
		}
	}
	return append(pieces, p)
}

// pieceMap is sourceMap for built text.
func (r rstr) pieceMap() []doc.SourceMapPiece {
	var pieces []doc.SourceMapPiece
	for _, p := range r.pcs {
		if p.off != nil {
			pieces = tableMap(pieces, p.off, p.at)
			continue
		}
		pieces = addRun(pieces, doc.SourceMapPiece{Clean: p.at, Raw: int(p.base), Len: p.n})
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

// pbuilder builds text keeping its offsets as the pieces added (no table per byte): for
// the cleaned text, whose offsets are read a few times and never sliced.
type pbuilder struct {
	buf strings.Builder
	pcs []piece
}

// grow makes room for n more bytes of text in about k pieces.
func (b *pbuilder) grow(n, k int) {
	b.buf.Grow(n)
	b.pcs = slices.Grow(b.pcs, k)
}

func (b *pbuilder) add(r rstr) {
	if r.s == "" {
		return
	}
	at := b.buf.Len()
	b.buf.WriteString(r.s)
	switch {
	case r.pcs != nil:
		for _, p := range r.pcs {
			p.at += at
			b.pcs = append(b.pcs, p)
		}
	case r.off != nil:
		b.pcs = append(b.pcs, piece{at: at, n: len(r.s), off: r.off})
	default:
		if n := len(b.pcs); n > 0 {
			if l := &b.pcs[n-1]; l.off == nil && l.at+l.n == at && l.base+int32(l.n) == r.base {
				l.n += len(r.s)
				return
			}
		}
		b.pcs = append(b.pcs, piece{at: at, n: len(r.s), base: r.base})
	}
}

func (b *pbuilder) len() int { return b.buf.Len() }

func (b *pbuilder) rstr() rstr {
	if b.pcs == nil {
		return rstr{}
	}
	return rstr{s: b.buf.String(), pcs: b.pcs}
}

// tables calls fn with every offset table of r and the clean offset of its first byte:
// the only offsets that can be negative.
func (r rstr) tables(fn func(at int, off []int32)) {
	if r.pcs != nil {
		for _, p := range r.pcs {
			if p.off != nil {
				fn(p.at, p.off)
			}
		}
		return
	}
	if r.off != nil {
		fn(0, r.off)
	}
}
