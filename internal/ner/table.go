package ner

// table maps feature hashes to weight rows by open addressing: one probe is usually one
// cache line, which is most of the cost of tagging.
type table struct {
	slots []slot
	mask  uint64
}

type slot struct {
	key uint64 // 0 marks an empty slot; a hash of 0 is stored as 1
	row int32
}

// newTable maps hashes[i] to row i.
func newTable(hashes []uint64) table {
	n := uint64(16)
	for n*6 < uint64(len(hashes))*10 {
		n *= 2
	}
	t := table{slots: make([]slot, n), mask: n - 1}
	for v, k := range hashes {
		if k == 0 {
			k = 1
		}
		i := mix(k) & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{k, int32(v)}
	}
	return t
}

func mix(h uint64) uint64 { return h ^ h>>31 }

func (t *table) get(h uint64) (int32, bool) {
	if h == 0 {
		h = 1
	}
	for i := mix(h) & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.key == h {
			return s.row, true
		}
		if s.key == 0 {
			return 0, false
		}
	}
}
