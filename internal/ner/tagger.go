package ner

import (
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/parallax-news/parallax/internal/doc"
)

// Span is a name the tagger found: byte offsets into the document's cleaned text, its type
// (one of Types) and a confidence in (0, 1]: the smallest, over the span's words, of the
// logistic of the margin between the chosen label and the best other label.
type Span struct {
	Start, End int
	Type       string
	Score      float64
}

// scratch holds the buffers one tagging call needs.
type scratch struct {
	toks  []token
	fs    []uint64
	emit  []float32
	score []float32
	back  []int32
	path  []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Tag returns one BIO label per word ("O", "B-PER", "I-PER", ...). Words are tokens as GMB
// splits them: punctuation apart and the possessive "'s" as its own word.
func (t *Tagger) Tag(words []string) []string {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	path := t.decode(words, s)
	out := make([]string, len(words))
	for i, l := range path {
		out[i] = t.labels[l]
	}
	return out
}

// emissions fills s.emit with the emission scores of every word and label.
func (t *Tagger) emissions(words []string, s *scratch) {
	nl := t.nl
	s.toks = analyse(words, t.lex, s.toks)
	head := headline(s.toks)
	if cap(s.emit) < len(words)*nl {
		s.emit = make([]float32, len(words)*nl)
	}
	s.emit = s.emit[:len(words)*nl]
	clear(s.emit)
	for i := range words {
		s.fs = featureHashes(s.toks, words, i, head, s.fs[:0])
		e := s.emit[i*nl:][:nl]
		for _, h := range s.fs {
			if r, ok := t.index[h]; ok {
				w := t.weights[int(r)*nl:][:nl]
				for l := range e {
					e[l] += w[l]
				}
			}
		}
	}
}

// decode runs Viterbi over the emission and transition scores and returns the best labels.
func (t *Tagger) decode(words []string, s *scratch) []int {
	n, nl := len(words), t.nl
	s.path = s.path[:0]
	if n == 0 {
		return s.path
	}
	t.emissions(words, s)
	return viterbi(s, t.trans, n, nl)
}

// margin is the confidence of label path[i] at position i: the logistic of its local score
// (emission plus transition from the chosen previous label) over the best other valid label.
func (t *Tagger) margin(s *scratch, path []int, i int) float64 {
	nl := t.nl
	prev := nl
	if i > 0 {
		prev = path[i-1]
	}
	e := s.emit[i*nl:][:nl]
	tr := t.trans[prev*nl:][:nl]
	chosen := e[path[i]] + tr[path[i]]
	other := float32(math.Inf(-1))
	for c := 0; c < nl; c++ {
		if c != path[i] && tr[c] > forbidden/2 {
			other = max(other, e[c]+tr[c])
		}
	}
	if math.IsInf(float64(other), -1) {
		return 1
	}
	return 1 / (1 + math.Exp(-float64(chosen-other)))
}

// word is a tagger word with its offsets in the cleaned text.
type word struct{ start, end int }

// Spans tags the tokens of d that lie inside sent and returns the names found, in order.
// Tokens come from d.Tokens; a token ending in a possessive "'s" is split as GMB splits it.
func (t *Tagger) Spans(d *doc.Document, sent doc.Span) []Span {
	lo := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sent.Start })
	var ws []word
	for i := lo; i < len(d.Tokens) && d.Tokens[i].End <= sent.End; i++ {
		tk := d.Tokens[i]
		if tk.Start < 0 || tk.End > len(d.Text) || tk.Start >= tk.End {
			continue
		}
		text := d.Text[tk.Start:tk.End]
		if k := possessive(text); k > 0 {
			ws = append(ws, word{tk.Start, tk.Start + k}, word{tk.Start + k, tk.End})
			continue
		}
		ws = append(ws, word{tk.Start, tk.End})
	}
	if len(ws) == 0 {
		return nil
	}
	words := make([]string, len(ws))
	for i, w := range ws {
		words[i] = d.Text[w.start:w.end]
	}
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	path := t.decode(words, s)
	var out []Span
	for i := 0; i < len(path); {
		l := path[i]
		if l == 0 {
			i++
			continue
		}
		ty := (l - 1) / 2
		conf := t.margin(s, path, i)
		j := i + 1
		for j < len(path) && path[j] == 2+2*ty {
			conf = min(conf, t.margin(s, path, j))
			j++
		}
		out = append(out, Span{Start: ws[i].start, End: ws[j-1].end, Type: t.types[ty], Score: conf})
		i = j
	}
	return out
}

// possessive returns the length of w before a final "'s" or "’s", or 0.
func possessive(w string) int {
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return len(w) - len(suf)
		}
	}
	return 0
}
