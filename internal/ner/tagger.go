package ner

import (
	"sort"
	"strings"
	"sync"

	"github.com/parallax-news/parallax/internal/doc"
)

// Span is a name the tagger found: byte offsets into the document's cleaned text, its type
// (one of Types) and a confidence in [0, 1]: the smallest, over the span's words, of the
// calibrated probability of the word's label.
//
// The model follows GMB in counting a person's leading titles as part of the name
// ("President Ebrahim Raisi"); Spans leaves them out of Start..End (the name proper,
// "Ebrahim Raisi") and reports where they begin in TitleStart, which equals Start when there
// are none.
type Span struct {
	Start, End int
	Type       string
	Score      float64
	TitleStart int
}

// scratch holds the buffers one tagging call needs.
type scratch struct {
	toks  []token
	fs    []uint64
	emit  []float32
	score []float32
	back  []int32
	path  []int
	expE  []float64
	alpha []float64
	beta  []float64
	marg  []float64
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Tag returns one BIO label per word ("O", "B-PER", "I-PER", ...). Words are tokens as GMB
// splits them: punctuation apart and the possessive "'s" as its own word.
//
// A word that still carries a possessive ("Putin's") is tagged as GMB would split it, and
// gets the label of its name part.
func (t *Tagger) Tag(words []string) []string {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	split := words
	var from []int // index in words of each word of split, when words were split
	for i, w := range words {
		if k := possessive(w); k > 0 {
			if from == nil {
				split = append([]string(nil), words[:i]...)
				for j := range i {
					from = append(from, j)
				}
			}
			split = append(split, w[:k], w[k:])
			from = append(from, i, -1)
		} else if from != nil {
			split = append(split, w)
			from = append(from, i)
		}
	}
	path := t.decode(split, s)
	out := make([]string, len(words))
	if from == nil {
		for i, l := range path {
			out[i] = t.labels[l]
		}
		return out
	}
	for k, l := range path {
		if from[k] >= 0 {
			out[from[k]] = t.labels[l]
		}
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
			if r, ok := t.table.get(h); ok {
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
	marg := false
	var out []Span
	for i := 0; i < len(path); {
		l := path[i]
		if l == 0 {
			i++
			continue
		}
		if !marg {
			t.marginals(s, len(path))
			marg = true
		}
		ty := (l - 1) / 2
		conf := s.marg[i*t.nl+l]
		j := i + 1
		for j < len(path) && path[j] == 2+2*ty {
			conf = min(conf, s.marg[j*t.nl+path[j]])
			j++
		}
		sp := Span{Start: ws[i].start, End: ws[j-1].end, Type: t.types[ty], Score: conf, TitleStart: ws[i].start}
		if sp.Type == "PER" {
			k := i
			for k < j && t.isTitle(words[k]) {
				k++
			}
			if k == j {
				i = j
				continue // titles only ("the President"): not a name
			}
			sp.Start = ws[k].start
		}
		out = append(out, sp)
		i = j
	}
	return out
}

// titleWords are titles that the lexicon also lists capitalised (so isTitle cannot tell them
// from names) and abbreviated titles; other full-word titles are recognised as common words.
var titleWords = map[string]bool{
	"president": true, "king": true, "queen": true, "pope": true, "prince": true,
	"princess": true, "lord": true, "bishop": true, "secretary": true, "senator": true,
	"major": true, "emir": true, "sultan": true, "sheikh": true, "shaikh": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"sen": true, "rep": true, "gov": true, "sgt": true, "capt": true, "maj": true, "prof": true,
	"rev": true, "pres": true, "adm": true, "cmdr": true, "gens": true, "sens": true, "reps": true,
}

// isTitle reports whether a word at the start of a person's name is a title rather than part
// of the name: an abbreviated title, or a word the lexicon lists only in lower case
// ("President", "Prime", "Minister", "Dictator"; not "Bill" or "Rose", also listed as names).
func (t *Tagger) isTitle(w string) bool {
	l := lowerFold(w)
	if titleWords[strings.TrimSuffix(l, ".")] {
		return true
	}
	return t.lex[l] == lexLower
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
