package postag

import (
	"bytes"
	_ "embed"
	"sync"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/lemma"
)

//go:embed model.bin.gz
var modelFile []byte

// Tagger tags sentences with a Model. It is safe for concurrent use.
type Tagger struct {
	m    *Model
	lex  classifier
	pool sync.Pool
	// open and close are the class ids of `` and '' (opening and closing quotation
	// marks), or -1 when the model has no such tags.
	open, close int
}

// scratch holds the buffers of one tagging call.
type scratch struct {
	ws     []word
	fs     []uint64
	scores []float32
	words  []string
	forced []int
	tags   []int
	cache  map[string]word
	rows   [][2]uint32
}

// New returns a tagger over m, with the WordNet word classes of the embedded lemma tables
// (the features the model was trained with).
func New(m *Model) (*Tagger, error) {
	lex, err := lemma.Default()
	if err != nil {
		return nil, err
	}
	return newTagger(m, lex), nil
}

func newTagger(m *Model, lex classifier) *Tagger {
	t := &Tagger{m: m, lex: lex, open: -1, close: -1}
	for i, c := range m.Classes {
		switch c {
		case "``":
			t.open = i
		case "''":
			t.close = i
		}
	}
	t.pool.New = func() any { return new(scratch) }
	return t
}

var loadDefault = sync.OnceValues(func() (*Tagger, error) {
	m, err := ReadModel(bytes.NewReader(modelFile))
	if err != nil {
		return nil, err
	}
	return New(m)
})

// Default returns the tagger built from the embedded model, loaded once.
func Default() (*Tagger, error) { return loadDefault() }

// Tag returns the tag of each word of one sentence.
func (t *Tagger) Tag(words []string) []string {
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	ids := t.tagIDs(words, nil, s)
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = t.m.Classes[id]
	}
	return out
}

// tagIDs tags one sentence greedily, left to right, into s.tags. forced, when not nil,
// holds for each word a class id to use instead of the model's guess, or -1.
func (t *Tagger) tagIDs(words []string, forced []int, s *scratch) []int {
	m := t.m
	if s.cache == nil {
		s.cache = make(map[string]word, 1024)
	}
	s.ws = prepareCached(words, t.lex, s.ws, s.cache)
	s.tags = s.tags[:0]
	if cap(s.scores) < len(m.Classes) {
		s.scores = make([]float32, len(m.Classes))
	}
	scores := s.scores[:len(m.Classes)]
	prev, prev2 := tagStart, tagStart2
	for i, w := range words {
		best := -1
		if forced != nil && forced[i] >= 0 {
			best = forced[i]
		} else if id, ok := m.Dict[w]; ok {
			best = int(id)
		} else {
			clear(scores)
			s.fs = features(s.ws, i, prev, prev2, s.fs[:0])
			// Look every feature up first, then add: the look-ups do not wait on each
			// other, so their cache misses overlap.
			s.rows = s.rows[:0]
			for _, h := range s.fs {
				if lo, n := m.lookup.get(h); n > 0 {
					s.rows = append(s.rows, [2]uint32{lo, n})
				}
			}
			for _, r := range s.rows {
				for _, e := range m.entries[r[0] : r[0]+r[1]] {
					scores[e.tag] += e.w
				}
			}
			best = 0
			for c := 1; c < len(scores); c++ {
				if scores[c] > scores[best] {
					best = c
				}
			}
		}
		s.tags = append(s.tags, best)
		prev2, prev = prev, best
	}
	return s.tags
}

// TagDocument fills Token.Tag for every token of d, sentence by sentence (tokens outside any
// sentence are tagged as a sentence of their own run).
func (t *Tagger) TagDocument(d *doc.Document) {
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	k := 0
	tagRun := func(lo, hi int) {
		if lo >= hi {
			return
		}
		s.words = s.words[:0]
		s.forced = s.forced[:0]
		for _, tk := range d.Tokens[lo:hi] {
			s.words = append(s.words, d.Slice(doc.Span{Start: tk.Start, End: tk.End}))
			s.forced = append(s.forced, t.quoteTag(d.Text, tk))
		}
		ids := t.tagIDs(s.words, s.forced, s)
		for i, id := range ids {
			d.Tokens[lo+i].Tag = t.m.Classes[id]
		}
	}
	for _, sent := range d.Sentences {
		lo := k
		for lo < len(d.Tokens) && d.Tokens[lo].Start < sent.Start {
			lo++
		}
		tagRun(k, lo)
		hi := lo
		for hi < len(d.Tokens) && d.Tokens[hi].End <= sent.End {
			hi++
		}
		tagRun(lo, hi)
		k = hi
	}
	tagRun(k, len(d.Tokens))
}

// Tag fills Token.Tag for every token of d with the embedded model.
func Tag(d *doc.Document) error {
	t, err := Default()
	if err != nil {
		return err
	}
	t.TagDocument(d)
	return nil
}

// quoteTag decides an opening or closing quotation mark from the text around it: a
// typographic mark says which it is; a straight one opens after a space, the start or an
// opening bracket or dash, and closes otherwise. Other tokens get -1.
func (t *Tagger) quoteTag(text string, tk doc.Token) int {
	if t.open < 0 || t.close < 0 {
		return -1
	}
	switch text[tk.Start:tk.End] {
	case "“", "‘", "«", "„", "``":
		return t.open
	case "”", "»", "''":
		return t.close
	case "\"":
	case "'", "’":
		// An apostrophe is a quotation mark only at a word's edge; possessives ("ministers'")
		// are left to the model.
		if tk.Start > 0 && !isOpenContext(text, tk.Start) {
			return -1
		}
		if tk.End < len(text) && isSpaceByte(text[tk.End]) {
			return -1
		}
	default:
		return -1
	}
	if tk.Start == 0 || isOpenContext(text, tk.Start) {
		return t.open
	}
	return t.close
}

// isOpenContext reports whether a mark at off follows white space or an opening bracket
// or dash, where a quotation opens.
func isOpenContext(text string, off int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:off])
	switch r {
	case ' ', '\t', '\n', '\r', '(', '[', '{', '—', '–', '-', '\u00a0':
		return true
	}
	return false
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
