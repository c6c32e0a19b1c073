package postag

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

const magic = "PXPOS1\n"

// Model is a trained tagger's data: the tag set, the feature weights and the dictionary of
// words whose tag is certain.
type Model struct {
	Classes []string
	// index maps a feature hash to its row; row r's weights are tags[off[r]:off[r+1]] and
	// weights[off[r]:off[r+1]].
	index   map[uint64]uint32
	lookup  *table  // index as an open-addressing table, built by finish
	entries []entry // tags and weights side by side, built by finish
	off     []uint32
	tags    []uint8
	weights []float32
	// Dict maps a word, as written, to its only tag.
	Dict map[string]uint8
}

// Features counts the model's feature rows and weights.
func (m *Model) Features() (rows, weights int) { return len(m.off) - 1, len(m.weights) }

// WriteTo writes the model in its compact binary form, gzipped.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString(magic)
	putU := func(v uint64) { b.Write(binary.AppendUvarint(nil, v)) }
	putS := func(s string) { putU(uint64(len(s))); b.WriteString(s) }
	putU(uint64(len(m.Classes)))
	for _, c := range m.Classes {
		putS(c)
	}
	var maxAbs float32
	for _, x := range m.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	binary.Write(&b, binary.LittleEndian, scale)
	hashes := make([]uint64, 0, len(m.index))
	for h := range m.index {
		hashes = append(hashes, h)
	}
	sort.Slice(hashes, func(i, j int) bool { return hashes[i] < hashes[j] })
	putU(uint64(len(hashes)))
	var last uint64
	for _, h := range hashes {
		putU(h - last)
		last = h
		r := m.index[h]
		lo, hi := m.off[r], m.off[r+1]
		putU(uint64(hi - lo))
		for k := lo; k < hi; k++ {
			b.WriteByte(m.tags[k])
			b.Write(binary.AppendVarint(nil, int64(math.Round(float64(m.weights[k]/scale)))))
		}
	}
	words := make([]string, 0, len(m.Dict))
	for w := range m.Dict {
		words = append(words, w)
	}
	sort.Strings(words)
	putU(uint64(len(words)))
	for _, w := range words {
		putS(w)
		b.WriteByte(m.Dict[w])
	}
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("postag: %w", err)
	}
	if _, err := zw.Write(b.Bytes()); err != nil {
		return cw.n, fmt.Errorf("postag: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("postag: %w", err)
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("postag: model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("postag: model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("postag: model: bad header")
	}
	br := bufio.NewReader(bytes.NewReader(raw[len(magic):]))
	var rerr error
	getU := func() uint64 {
		v, err := binary.ReadUvarint(br)
		if err != nil && rerr == nil {
			rerr = err
		}
		return v
	}
	getS := func() string {
		n := getU()
		if rerr != nil || n > 1<<16 {
			if rerr == nil {
				rerr = errors.New("string too long")
			}
			return ""
		}
		buf := make([]byte, n)
		if _, err := io.ReadFull(br, buf); err != nil && rerr == nil {
			rerr = err
		}
		return string(buf)
	}
	m := &Model{Dict: map[string]uint8{}}
	nc := getU()
	if nc == 0 || nc > 250 {
		return nil, fmt.Errorf("postag: model: %d classes", nc)
	}
	for range nc {
		m.Classes = append(m.Classes, getS())
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, fmt.Errorf("postag: model: %w", err)
	}
	nr := getU()
	if rerr != nil || nr > 1<<24 {
		return nil, fmt.Errorf("postag: model: bad row count: %v", rerr)
	}
	m.index = make(map[uint64]uint32, nr)
	m.off = make([]uint32, 0, nr+1)
	m.off = append(m.off, 0)
	var h uint64
	for r := range nr {
		h += getU()
		ne := getU()
		if rerr != nil || ne > nc {
			return nil, fmt.Errorf("postag: model: row %d: bad entry count", r)
		}
		for range ne {
			t, err := br.ReadByte()
			if err != nil || uint64(t) >= nc {
				return nil, fmt.Errorf("postag: model: row %d: bad tag", r)
			}
			q, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("postag: model: row %d: %w", r, err)
			}
			m.tags = append(m.tags, t)
			m.weights = append(m.weights, float32(q)*scale)
		}
		m.index[h] = uint32(r)
		m.off = append(m.off, uint32(len(m.tags)))
	}
	nd := getU()
	for range nd {
		w := getS()
		t, err := br.ReadByte()
		if err != nil || uint64(t) >= nc {
			return nil, fmt.Errorf("postag: model: dictionary: bad tag for %q", w)
		}
		m.Dict[w] = t
	}
	if rerr != nil {
		return nil, fmt.Errorf("postag: model: %w", rerr)
	}
	m.finish()
	return m, nil
}

// entry is one weight of a row with its tag.
type entry struct {
	w   float32
	tag uint8
}

// finish builds the lookup table and the entries from the index and the rows.
func (m *Model) finish() {
	m.entries = make([]entry, len(m.tags))
	for k := range m.tags {
		m.entries[k] = entry{w: m.weights[k], tag: m.tags[k]}
	}
	m.lookup = newTable(len(m.index))
	for h, r := range m.index {
		m.lookup.put(h, m.off[r], m.off[r+1]-m.off[r])
	}
}
