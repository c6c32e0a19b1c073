package ner

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TrainOptions tune training. The zero value is not useful; start from DefaultTrainOptions.
type TrainOptions struct {
	Epochs   int
	Seed     uint64
	MinCount int // features seen fewer times in training are dropped
	// Headline is the fraction of sentences also trained on in title case (and a tenth of
	// that in upper case), so the model does not lean on capitals alone.
	Headline float64
	// Prune drops averaged weights smaller than this in magnitude.
	Prune float64
	Log   io.Writer // progress, when not nil
	// Dev, when not empty, is scored after each epoch (with the averaged weights).
	Dev []Sentence
}

// DefaultTrainOptions are the settings the embedded model was trained with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 12, Seed: 1, MinCount: 1, Headline: 0.15, Prune: 0.05}
}

type trainSent struct {
	offs []int32 // feature ids of word i are ids[offs[i]:offs[i+1]]
	ids  []int32
	gold []int
}

// Train fits a tagger on sents with the word-class lexicon lex. Training is deterministic:
// the same sentences, lexicon and options give the same model.
func Train(ctx context.Context, sents []Sentence, lex map[string]uint8, opts TrainOptions) (*Tagger, error) {
	t := newTagger(Types, lex)
	labelID := map[string]int{}
	for i, l := range t.labels {
		labelID[l] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	all := make([]Sentence, 0, len(sents)*(1+int(opts.Headline*2)))
	all = append(all, sents...)
	for _, s := range sents {
		if rng.Float64() < opts.Headline {
			all = append(all, headlineCopy(s, rng.Float64() < 0.1, rng))
		}
	}

	// Pass 1: hash every feature, count them.
	type hashed struct {
		offs []int32
		hs   []uint64
		gold []int
	}
	hsents := make([]hashed, 0, len(all))
	counts := map[uint64]int32{}
	var toks []token
	var fs []uint64
	for _, s := range all {
		if len(s.Words) == 0 {
			continue
		}
		var h hashed
		toks = analyse(s.Words, lex, toks)
		head := headline(toks)
		for i := range s.Words {
			h.offs = append(h.offs, int32(len(h.hs)))
			fs = featureHashes(toks, s.Words, i, head, fs[:0])
			h.hs = append(h.hs, fs...)
			for _, x := range fs {
				counts[x]++
			}
			id, ok := labelID[s.Labels[i]]
			if !ok {
				return nil, fmt.Errorf("ner: train: sentence %d: unknown label %q", s.N, s.Labels[i])
			}
			h.gold = append(h.gold, id)
		}
		h.offs = append(h.offs, int32(len(h.hs)))
		hsents = append(hsents, h)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Keep frequent features, numbered in hash order so ids do not depend on map iteration.
	var keep []uint64
	for x, c := range counts {
		if int(c) >= opts.MinCount {
			keep = append(keep, x)
		}
	}
	slices.Sort(keep)
	ids := make(map[uint64]int32, len(keep))
	for i, x := range keep {
		ids[x] = int32(i)
	}
	counts = nil
	ts := make([]trainSent, len(hsents))
	for k, h := range hsents {
		s := trainSent{gold: h.gold, offs: make([]int32, 0, len(h.offs))}
		for i := 0; i+1 < len(h.offs); i++ {
			s.offs = append(s.offs, int32(len(s.ids)))
			for _, x := range h.hs[h.offs[i]:h.offs[i+1]] {
				if id, ok := ids[x]; ok {
					s.ids = append(s.ids, id)
				}
			}
		}
		s.offs = append(s.offs, int32(len(s.ids)))
		ts[k] = s
		hsents[k] = hashed{}
	}
	if opts.Log != nil {
		fmt.Fprintf(opts.Log, "ner: %d training sentences (%d with headline copies), %d features kept of %d\n", len(sents), len(ts), len(keep), len(ids))
	}

	nl := t.nl
	p := &perceptron{nl: nl, w: make([]float32, len(keep)*nl), u: make([]float64, len(keep)*nl),
		tw: make([]float32, (nl+1)*nl), tu: make([]float64, (nl+1)*nl), c: 1}
	order := make([]int, len(ts))
	for i := range order {
		order[i] = i
	}
	cons := newTagger(Types, lex)
	cons.constrain()
	s := new(scratch)
	for ep := 0; ep < opts.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, words := 0, 0
		for _, k := range order {
			ts := &ts[k]
			n := len(ts.gold)
			trans := p.tw
			for i := range trans {
				if cons.trans[i] <= forbidden {
					trans[i] = forbidden
				}
			}
			s.emit = slices.Grow(s.emit[:0], n*nl)[:n*nl]
			clear(s.emit)
			for i := 0; i < n; i++ {
				e := s.emit[i*nl:][:nl]
				for _, f := range ts.ids[ts.offs[i]:ts.offs[i+1]] {
					w := p.w[int(f)*nl:][:nl]
					for l := range e {
						e[l] += w[l]
					}
				}
			}
			pred := viterbi(s, trans, n, nl)
			words += n
			prevG, prevP := nl, nl
			for i := 0; i < n; i++ {
				g, q := ts.gold[i], pred[i]
				if g != q {
					errs++
					for _, f := range ts.ids[ts.offs[i]:ts.offs[i+1]] {
						p.update(int(f)*nl+g, 1)
						p.update(int(f)*nl+q, -1)
					}
				}
				if g != q || prevG != prevP {
					p.updateT(prevG*nl+g, 1)
					p.updateT(prevP*nl+q, -1)
				}
				prevG, prevP = g, q
			}
			p.c++
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if opts.Log != nil {
			msg := fmt.Sprintf("ner: epoch %d: token error rate %.4f", ep+1, float64(errs)/float64(max(words, 1)))
			if len(opts.Dev) > 0 {
				at := p.averaged(t, keep, 0)
				r := score(at, opts.Dev, 0)
				msg += fmt.Sprintf(", dev micro F1 %.4f (%d features)", r.micro.F1(), at.Features())
			}
			fmt.Fprintln(opts.Log, msg)
		}
	}
	return p.averaged(t, keep, opts.Prune), nil
}

type perceptron struct {
	nl int
	w  []float32
	u  []float64
	tw []float32
	tu []float64
	c  float64
}

func (p *perceptron) update(i int, d float32) {
	p.w[i] += d
	p.u[i] += p.c * float64(d)
}

func (p *perceptron) updateT(i int, d float32) {
	p.tw[i] += d
	p.tu[i] += p.c * float64(d)
}

// averaged returns a tagger with the averaged weights, dropping those under prune in
// magnitude and features left with none.
func (p *perceptron) averaged(base *Tagger, hashes []uint64, prune float64) *Tagger {
	t := newTagger(base.types, base.lex)
	nl := p.nl
	for i := range t.trans {
		v := float64(p.tw[i]) - p.tu[i]/p.c
		t.trans[i] = float32(v)
	}
	t.constrain()
	row := make([]float32, nl)
	var kept []uint64
	for f, h := range hashes {
		any := false
		for l := 0; l < nl; l++ {
			v := float64(p.w[f*nl+l]) - p.u[f*nl+l]/p.c
			if math.Abs(v) < prune || v == 0 {
				v = 0
			} else {
				any = true
			}
			row[l] = float32(v)
		}
		if any {
			kept = append(kept, h)
			t.weights = append(t.weights, row...)
		}
	}
	t.table = newTable(kept)
	return t
}

// viterbi decodes s.emit (n x nl) under trans and returns the best path in s.path.
func viterbi(s *scratch, trans []float32, n, nl int) []int {
	s.score = slices.Grow(s.score[:0], n*nl)[:n*nl]
	s.back = slices.Grow(s.back[:0], n*nl)[:n*nl]
	start := trans[nl*nl:]
	for c := 0; c < nl; c++ {
		s.score[c] = s.emit[c] + start[c]
	}
	for i := 1; i < n; i++ {
		prev := s.score[(i-1)*nl:][:nl]
		cur := s.score[i*nl:][:nl]
		back := s.back[i*nl:][:nl]
		e := s.emit[i*nl:][:nl]
		for c := 0; c < nl; c++ {
			best, arg := float32(math.Inf(-1)), int32(0)
			for q := 0; q < nl; q++ {
				if v := prev[q] + trans[q*nl+c]; v > best {
					best, arg = v, int32(q)
				}
			}
			cur[c] = best + e[c]
			back[c] = arg
		}
	}
	last := s.score[(n-1)*nl:][:nl]
	best := 0
	for c := 1; c < nl; c++ {
		if last[c] > last[best] {
			best = c
		}
	}
	s.path = slices.Grow(s.path[:0], n)[:n]
	for i := n - 1; i >= 0; i-- {
		s.path[i] = best
		best = int(s.back[i*nl+best])
	}
	return s.path
}

// TitleCase returns s as a headline in title case would print it: every word capitalised but
// the short function words. Labels are unchanged.
func TitleCase(s Sentence) Sentence {
	out := Sentence{N: s.N, Labels: s.Labels, Words: make([]string, len(s.Words))}
	for i, w := range s.Words {
		if !smallWords[strings.ToLower(w)] {
			r, n := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) {
				w = string(unicode.ToUpper(r)) + w[n:]
			}
		}
		out.Words[i] = w
	}
	return out
}

// smallWords stay lower case in most headline styles.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "and": true, "or": true, "but": true, "by": true, "as": true,
	"with": true, "from": true, "'s": true,
}

// headlineCopy returns s as a headline would print it: title case (small words kept lower
// case half the time), or all upper case.
func headlineCopy(s Sentence, upper bool, rng *rand.Rand) Sentence {
	out := Sentence{N: s.N, Labels: s.Labels, Words: make([]string, len(s.Words))}
	keepSmall := rng.IntN(2) == 0
	for i, w := range s.Words {
		switch {
		case upper:
			out.Words[i] = strings.ToUpper(w)
		case keepSmall && smallWords[strings.ToLower(w)]:
			out.Words[i] = w
		default:
			r, n := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) {
				w = string(unicode.ToUpper(r)) + w[n:]
			}
			out.Words[i] = w
		}
	}
	return out
}
