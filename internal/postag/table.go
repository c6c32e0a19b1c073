package postag

import "math/bits"

// table is an open-addressing hash table from feature hashes to weight rows, faster than a
// map for the tagger's many small lookups: a key and its row share a slot, so a hit costs
// one cache miss. Key 0 marks an empty slot; a real 0 key is stored in zeroRow.
type table struct {
	slots   []slot
	shift   uint8
	zeroRow int32 // row of key 0, or -1
}

type slot struct {
	key uint64
	row uint32
}

func newTable(n int) *table {
	size := 1 << bits.Len(uint(n*2))
	return &table{slots: make([]slot, size), shift: uint8(64 - bits.Len(uint(size-1))), zeroRow: -1}
}

func (t *table) index(h uint64) int { return int((h * 0x9e3779b97f4a7c15) >> t.shift) }

func (t *table) put(h uint64, row uint32) {
	if h == 0 {
		t.zeroRow = int32(row)
		return
	}
	mask := len(t.slots) - 1
	for i := t.index(h); ; i = (i + 1) & mask {
		if s := &t.slots[i]; s.key == 0 || s.key == h {
			s.key, s.row = h, row
			return
		}
	}
}

func (t *table) get(h uint64) (uint32, bool) {
	if h == 0 {
		return uint32(t.zeroRow), t.zeroRow >= 0
	}
	mask := len(t.slots) - 1
	for i := t.index(h); ; i = (i + 1) & mask {
		switch s := t.slots[i]; s.key {
		case h:
			return s.row, true
		case 0:
			return 0, false
		}
	}
}
