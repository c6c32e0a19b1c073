package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"sync"
)

//go:embed model.bin.gz
var embedded []byte

// Types are the entity types the embedded model predicts: PER, ORG, LOC (places, countries
// among them: GMB geo), GPE as GMB uses it (nationalities and other groups named after
// places, "Iraqi", "Palestinians": OntoNotes' NORP), ART (works and products), EVENT and NAT
// (natural phenomena). Telling a country from a place is left to the knowledge base.
var Types = []string{"PER", "ORG", "LOC", "GPE", "ART", "EVENT", "NAT"}

const magic = "parallax-ner 2\n"

// Tagger labels words with BIO entity labels. It is read-only after loading and safe for
// concurrent use.
type Tagger struct {
	types   []string
	labels  []string // O, B-T0, I-T0, B-T1, ...
	nl      int
	table   table     // feature hash -> row of weights
	weights []float32 // rows x nl
	trans   []float32 // (nl+1) x nl: trans[prev*nl+cur]; prev == nl is the start
	lex     map[string]uint8
	// temp divides scores before they are read as log-probabilities for Span.Score; Calibrate
	// fits it.
	temp float32
	// expTrans is exp((trans - max)/temp), 0 for forbidden transitions.
	expTrans []float64
}

var loadOnce = sync.OnceValues(func() (*Tagger, error) { return Decode(bytes.NewReader(embedded)) })

// Load returns the tagger built from the embedded model. The model is parsed once per process;
// every call returns the same read-only tagger.
func Load() (*Tagger, error) { return loadOnce() }

// LoadFile returns the tagger of a model file written by tools/trainner, or the embedded
// one when path is "".
func LoadFile(path string) (*Tagger, error) {
	if path == "" {
		return Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	t, err := Decode(f)
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", path, err)
	}
	return t, nil
}

// Labels lists the tagger's BIO labels, "O" first.
func (t *Tagger) Labels() []string { return append([]string(nil), t.labels...) }

// Features is the number of feature rows in the model.
func (t *Tagger) Features() int { return len(t.weights) / t.nl }

func labelsFor(types []string) []string {
	ls := []string{"O"}
	for _, ty := range types {
		ls = append(ls, "B-"+ty, "I-"+ty)
	}
	return ls
}

// allowed reports whether label cur may follow label prev (prev == -1 at the start): an I-
// label only continues a B- or I- label of its own type.
func allowed(prev, cur int) bool {
	if cur == 0 || cur%2 == 1 {
		return true
	}
	return prev == cur || prev == cur-1
}

// forbidden is the transition score that keeps Viterbi off invalid BIO sequences.
const forbidden = -1e9

func newTagger(types []string, lex map[string]uint8) *Tagger {
	t := &Tagger{types: types, labels: labelsFor(types), lex: lex, temp: 1}
	t.nl = len(t.labels)
	t.trans = make([]float32, (t.nl+1)*t.nl)
	return t
}

// constrain adds the forbidden score to invalid transitions and prepares the transition
// factors of forward-backward.
func (t *Tagger) constrain() {
	defer t.prepare()
	for p := 0; p <= t.nl; p++ {
		pp := p
		if p == t.nl {
			pp = -1
		}
		for c := 0; c < t.nl; c++ {
			if !allowed(pp, c) {
				t.trans[p*t.nl+c] = forbidden
			}
		}
	}
}

// Encode writes the tagger as a gzip-compressed model: the types, the lexicon, the
// transition scores and the emission weights quantised to 16 bits.
func (t *Tagger) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }
	f32 := func(f float32) {
		binary.LittleEndian.PutUint32(tmp[:4], math.Float32bits(f))
		bw.Write(tmp[:4])
	}
	bw.WriteString(magic)
	uv(uint64(len(t.types)))
	for _, ty := range t.types {
		str(ty)
	}
	words := make([]string, 0, len(t.lex))
	for w := range t.lex {
		words = append(words, w)
	}
	sort.Strings(words)
	uv(uint64(len(words)))
	for _, w := range words {
		str(w)
		bw.WriteByte(t.lex[w])
	}
	for _, v := range t.trans {
		if v <= forbidden {
			v = 0 // restored by constrain on load
		}
		f32(v)
	}
	f32(t.temp)
	var maxAbs float32
	for _, v := range t.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	f32(scale)
	rowOf := make(map[uint64]int32, t.Features())
	hashes := make([]uint64, 0, t.Features())
	for _, s := range t.table.slots {
		if s.key != 0 {
			rowOf[s.key] = s.row
			hashes = append(hashes, s.key)
		}
	}
	slices.Sort(hashes)
	uv(uint64(len(hashes)))
	// Columns compress better than rows: all hashes, then each row's entries.
	for _, h := range hashes {
		binary.LittleEndian.PutUint64(tmp[:8], h)
		bw.Write(tmp[:8])
	}
	for _, h := range hashes {
		row := t.weights[int(rowOf[h])*t.nl:][:t.nl]
		var nz []byte
		var qs []int16
		for l, v := range row {
			if q := int16(math.Round(float64(v / scale))); q != 0 {
				nz = append(nz, byte(l))
				qs = append(qs, q)
			}
		}
		bw.WriteByte(byte(len(nz)))
		bw.Write(nz)
		for _, q := range qs {
			binary.LittleEndian.PutUint16(tmp[:2], uint16(q))
			bw.Write(tmp[:2])
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner: write model: %w", err)
	}
	return nil
}

// Decode reads a model written by Encode.
func Decode(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner: model: %w", err)
	}
	d := &decoder{b: data}
	if string(d.bytes(len(magic))) != magic {
		return nil, errors.New("ner: model: bad magic")
	}
	nt := d.uvarint(64)
	types := make([]string, 0, nt)
	for range nt {
		ty := d.str()
		if ty == "" || slices.Contains(types, ty) {
			return nil, fmt.Errorf("ner: model: bad or repeated type %q", ty)
		}
		types = append(types, ty)
	}
	if d.err == nil && nt == 0 {
		return nil, errors.New("ner: model: no types")
	}
	nw := d.uvarint(1 << 24)
	lex := make(map[string]uint8, nw)
	for range nw {
		w := d.str()
		lex[w] = d.byte()
	}
	t := newTagger(types, lex)
	for i := range t.trans {
		t.trans[i] = d.f32()
	}
	t.temp = d.f32()
	if !(t.temp > 0) {
		return nil, fmt.Errorf("ner: model: bad temperature %v", t.temp)
	}
	scale := d.f32()
	nf := d.uvarint(1 << 26)
	if d.err != nil {
		return nil, d.err
	}
	hashes := make([]uint64, nf)
	for i := range hashes {
		hashes[i] = binary.LittleEndian.Uint64(d.bytes(8))
		if i > 0 && hashes[i] <= hashes[i-1] && d.err == nil {
			return nil, fmt.Errorf("ner: model: feature hashes out of order at %d", i)
		}
	}
	t.weights = make([]float32, nf*t.nl)
	for i := range hashes {
		n := int(d.byte())
		ls := d.bytes(n)
		row := t.weights[i*t.nl:][:t.nl]
		for _, l := range ls {
			q := int16(binary.LittleEndian.Uint16(d.bytes(2)))
			if int(l) >= t.nl {
				return nil, fmt.Errorf("ner: model: feature %d: label %d out of range", i, l)
			}
			row[l] = float32(q) * scale
		}
		if d.err != nil {
			return nil, d.err
		}
	}
	if d.off != len(d.b) {
		return nil, fmt.Errorf("ner: model: %d trailing bytes", len(d.b)-d.off)
	}
	t.constrain()
	t.table = newTable(hashes)
	return t, nil
}

type decoder struct {
	b   []byte
	off int
	err error
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil || n < 0 || d.off+n > len(d.b) {
		if d.err == nil {
			d.err = fmt.Errorf("ner: model: truncated at byte %d", d.off)
		}
		return make([]byte, max(n, 0))
	}
	b := d.b[d.off : d.off+n]
	d.off += n
	return b
}

func (d *decoder) byte() byte { return d.bytes(1)[0] }

func (d *decoder) f32() float32 { return math.Float32frombits(binary.LittleEndian.Uint32(d.bytes(4))) }

func (d *decoder) uvarint(limit uint64) int {
	if d.err != nil {
		return 0
	}
	x, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 || x > limit {
		d.err = fmt.Errorf("ner: model: bad count at byte %d", d.off)
		return 0
	}
	d.off += n
	return int(x)
}

func (d *decoder) str() string { return string(d.bytes(d.uvarint(1 << 16))) }
