package postag

import "math/bits"

// table is an open-addressing hash table from feature hashes to weight rows, faster than a
// map for the tagger's many small lookups: a key and where its row lies share a slot, so a
// hit costs one cache miss. Key 0 marks an empty slot; a real 0 key is kept in zero.
type table struct {
	slots []slot
	shift uint8
	zero  slot // the row of key 0, when zero.key is 1
}

// slot holds a feature hash and its row: n entries from lo.
type slot struct {
	key   uint64
	lo, n uint32
}

func newTable(n int) *table {
	size := 1 << bits.Len(uint(n*2))
	return &table{slots: make([]slot, size), shift: uint8(64 - bits.Len(uint(size-1)))}
}

func (t *table) index(h uint64) int { return int((h * 0x9e3779b97f4a7c15) >> t.shift) }

func (t *table) put(h uint64, lo, n uint32) {
	if h == 0 {
		t.zero = slot{key: 1, lo: lo, n: n}
		return
	}
	mask := len(t.slots) - 1
	for i := t.index(h); ; i = (i + 1) & mask {
		if s := &t.slots[i]; s.key == 0 || s.key == h {
			*s = slot{key: h, lo: lo, n: n}
			return
		}
	}
}

// get returns the row of h: n entries from lo (n is 0 when h is absent).
func (t *table) get(h uint64) (lo, n uint32) {
	if h == 0 {
		return t.zero.lo, t.zero.n
	}
	mask := len(t.slots) - 1
	for i := t.index(h); ; i = (i + 1) & mask {
		switch s := &t.slots[i]; s.key {
		case h:
			return s.lo, s.n
		case 0:
			return 0, 0
		}
	}
}
