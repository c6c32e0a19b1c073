package postag

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

// Sentence is a tagged training or test sentence.
type Sentence struct {
	Words  []string
	Tags   []string
	Lemmas []string // when the source has them
}

// TrainOptions tune training.
type TrainOptions struct {
	Iterations int     // passes over the data; 0 means 8
	Seed       uint64  // shuffling seed, for reproducible models
	MinWeight  float64 // averaged weights smaller than this in magnitude are dropped
	// DictMinCount and DictMinRatio choose the dictionary: words seen at least this often,
	// with one tag at least this share of the time.
	DictMinCount int
	DictMinRatio float64
	Log          func(format string, args ...any)
	// Lexicon gives word classes for features; the tagger must use the same one.
	Lexicon classifier
}

type param struct {
	tag   uint8
	w     float64
	total float64
	ts    int
}

// trainer is an averaged perceptron over hashed features.
type trainer struct {
	nc     int
	params map[uint64][]param
	step   int
}

func (tr *trainer) score(fs []uint64, scores []float64) {
	clear(scores)
	for _, h := range fs {
		for _, p := range tr.params[h] {
			scores[p.tag] += p.w
		}
	}
}

func (tr *trainer) update(fs []uint64, truth, guess int) {
	tr.step++
	if truth == guess {
		return
	}
	for _, h := range fs {
		ps := tr.params[h]
		ps = tr.bump(ps, uint8(truth), 1)
		ps = tr.bump(ps, uint8(guess), -1)
		tr.params[h] = ps
	}
}

func (tr *trainer) bump(ps []param, tag uint8, d float64) []param {
	for k := range ps {
		if ps[k].tag == tag {
			p := &ps[k]
			p.total += float64(tr.step-p.ts) * p.w
			p.ts = tr.step
			p.w += d
			return ps
		}
	}
	return append(ps, param{tag: tag, w: d, ts: tr.step})
}

// Train learns a model from tagged sentences.
func Train(sents []Sentence, opts TrainOptions) (*Model, error) {
	if opts.Iterations == 0 {
		opts.Iterations = 8
	}
	if opts.DictMinCount == 0 {
		opts.DictMinCount = 20
	}
	if opts.DictMinRatio == 0 {
		opts.DictMinRatio = 0.97
	}
	logf := opts.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	// Classes, sorted for a stable model.
	seen := map[string]bool{}
	for _, s := range sents {
		if len(s.Words) != len(s.Tags) {
			return nil, fmt.Errorf("postag: sentence of %d words has %d tags", len(s.Words), len(s.Tags))
		}
		for _, t := range s.Tags {
			seen[t] = true
		}
	}
	if len(seen) == 0 || len(seen) > 200 {
		return nil, fmt.Errorf("postag: %d tags in the training data", len(seen))
	}
	var classes []string
	for t := range seen {
		classes = append(classes, t)
	}
	sort.Strings(classes)
	cid := map[string]int{}
	for i, c := range classes {
		cid[c] = i
	}
	dict := buildDict(sents, cid, opts.DictMinCount, opts.DictMinRatio)

	tr := &trainer{nc: len(classes), params: map[uint64][]param{}}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	scores := make([]float64, len(classes))
	var ws []word
	var fs []uint64
	for it := 0; it < opts.Iterations; it++ {
		correct, total := 0, 0
		for _, si := range order {
			s := sents[si]
			ws = prepare(s.Words, opts.Lexicon, ws)
			prev, prev2 := tagStart, tagStart2
			for i, w := range s.Words {
				truth := cid[s.Tags[i]]
				guess := -1
				if id, ok := dict[w]; ok {
					guess = int(id)
				} else {
					fs = features(ws, i, prev, prev2, fs[:0])
					tr.score(fs, scores)
					guess = argmax(scores)
					tr.update(fs, truth, guess)
				}
				if guess == truth {
					correct++
				}
				total++
				// Train on the model's own previous guesses, as it will tag.
				prev2, prev = prev, guess
			}
		}
		logf("iteration %d: training accuracy %.4f", it+1, float64(correct)/float64(max(total, 1)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return tr.average(classes, dict, opts.MinWeight), nil
}

func argmax(xs []float64) int {
	best := 0
	for i := 1; i < len(xs); i++ {
		if xs[i] > xs[best] {
			best = i
		}
	}
	return best
}

// buildDict picks the frequent words whose tag hardly varies.
func buildDict(sents []Sentence, cid map[string]int, minCount int, minRatio float64) map[string]uint8 {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			m := counts[w]
			if m == nil {
				m = map[int]int{}
				counts[w] = m
			}
			m[cid[s.Tags[i]]]++
		}
	}
	dict := map[string]uint8{}
	for w, m := range counts {
		n, best, bestN := 0, 0, -1
		for t, c := range m {
			n += c
			if c > bestN || c == bestN && t < best {
				best, bestN = t, c
			}
		}
		if n >= minCount && float64(bestN)/float64(n) >= minRatio {
			dict[w] = uint8(best)
		}
	}
	return dict
}

// average turns the trained weights into a model, dropping the small ones.
func (tr *trainer) average(classes []string, dict map[string]uint8, minWeight float64) *Model {
	m := &Model{Classes: classes, Dict: dict, index: map[uint64]uint32{}, off: []uint32{0}}
	hashes := make([]uint64, 0, len(tr.params))
	for h := range tr.params {
		hashes = append(hashes, h)
	}
	sort.Slice(hashes, func(i, j int) bool { return hashes[i] < hashes[j] })
	for _, h := range hashes {
		ps := tr.params[h]
		sort.Slice(ps, func(i, j int) bool { return ps[i].tag < ps[j].tag })
		n := 0
		for _, p := range ps {
			total := p.total + float64(tr.step-p.ts)*p.w
			avg := total / float64(max(tr.step, 1))
			if math.Abs(avg) < minWeight || avg == 0 {
				continue
			}
			m.tags = append(m.tags, p.tag)
			m.weights = append(m.weights, float32(avg))
			n++
		}
		if n > 0 {
			m.index[h] = uint32(len(m.off) - 1)
			m.off = append(m.off, uint32(len(m.tags)))
		}
	}
	m.finish()
	return m
}

// Accuracy tags the sentences with t and counts the words tagged right.
func (t *Tagger) Accuracy(sents []Sentence) (correct, total int) {
	for _, s := range sents {
		got := t.Tag(s.Words)
		for i := range got {
			if got[i] == s.Tags[i] {
				correct++
			}
			total++
		}
	}
	return correct, total
}
