package ner

import (
	"math"
	"slices"
)

// prepare computes the transition factors forward-backward uses from trans and temp.
func (t *Tagger) prepare() {
	hi := float32(math.Inf(-1))
	for _, v := range t.trans {
		if v > forbidden/2 {
			hi = max(hi, v)
		}
	}
	t.expTrans = make([]float64, len(t.trans))
	for i, v := range t.trans {
		if v > forbidden/2 {
			t.expTrans[i] = math.Exp(float64(v-hi) / float64(t.temp))
		}
	}
}

// marginals fills s.marg (n x nl) with each word's label probabilities under the model read
// as a linear-chain CRF at temperature temp; s.emit must hold the emissions of n words.
func (t *Tagger) marginals(s *scratch, n int) {
	nl := t.nl
	s.expE = slices.Grow(s.expE[:0], n*nl)[:n*nl]
	s.alpha = slices.Grow(s.alpha[:0], n*nl)[:n*nl]
	s.beta = slices.Grow(s.beta[:0], n*nl)[:n*nl]
	s.marg = slices.Grow(s.marg[:0], n*nl)[:n*nl]
	inv := 1 / float64(t.temp)
	for i := 0; i < n; i++ {
		e := s.emit[i*nl:][:nl]
		hi := e[0]
		for _, v := range e[1:] {
			hi = max(hi, v)
		}
		x := s.expE[i*nl:][:nl]
		for c, v := range e {
			x[c] = math.Exp(float64(v-hi) * inv)
		}
	}
	start := t.expTrans[nl*nl:]
	a := s.alpha[:nl]
	norm(a, func(c int) float64 { return start[c] * s.expE[c] })
	for i := 1; i < n; i++ {
		prev := s.alpha[(i-1)*nl:][:nl]
		x := s.expE[i*nl:][:nl]
		norm(s.alpha[i*nl:][:nl], func(c int) float64 {
			sum := 0.0
			for p, v := range prev {
				sum += v * t.expTrans[p*nl+c]
			}
			return sum * x[c]
		})
	}
	last := s.beta[(n-1)*nl:][:nl]
	for c := range last {
		last[c] = 1
	}
	for i := n - 2; i >= 0; i-- {
		next := s.beta[(i+1)*nl:][:nl]
		x := s.expE[(i+1)*nl:][:nl]
		norm(s.beta[i*nl:][:nl], func(p int) float64 {
			sum := 0.0
			row := t.expTrans[p*nl:][:nl]
			for c, v := range next {
				sum += row[c] * x[c] * v
			}
			return sum
		})
	}
	for i := 0; i < n; i++ {
		a, b := s.alpha[i*nl:][:nl], s.beta[i*nl:][:nl]
		norm(s.marg[i*nl:][:nl], func(c int) float64 { return a[c] * b[c] })
	}
}

// norm sets v[c] = f(c) and scales v to sum to 1 (leaving it uniform if all are 0).
func norm(v []float64, f func(int) float64) {
	sum := 0.0
	for c := range v {
		v[c] = f(c)
		sum += v[c]
	}
	if sum == 0 || math.IsNaN(sum) || math.IsInf(sum, 0) {
		for c := range v {
			v[c] = 1 / float64(len(v))
		}
		return
	}
	for c := range v {
		v[c] /= sum
	}
}

// Calibrate sets the temperature that makes the label probabilities behind Span.Score fit
// sents best (the smallest negative log-likelihood of the gold labels), from a fixed grid.
func (t *Tagger) Calibrate(sents []Sentence) {
	id := map[string]int{}
	for i, l := range t.labels {
		id[l] = i
	}
	s := new(scratch)
	var emits [][]float32
	var golds [][]int
	for _, sent := range sents {
		if len(sent.Words) == 0 {
			continue
		}
		t.emissions(sent.Words, s)
		emits = append(emits, slices.Clone(s.emit))
		g := make([]int, len(sent.Labels))
		for i, l := range sent.Labels {
			g[i] = id[l]
		}
		golds = append(golds, g)
	}
	best, bestLoss := t.temp, math.Inf(1)
	for _, temp := range []float32{0.5, 1, 1.5, 2, 3, 4, 6, 8, 10, 12, 14, 16, 20, 24, 32} {
		t.temp = temp
		t.prepare()
		loss := 0.0
		for k, e := range emits {
			s.emit = e
			t.marginals(s, len(golds[k]))
			for i, l := range golds[k] {
				loss -= math.Log(max(s.marg[i*t.nl+l], 1e-12))
			}
		}
		if loss < bestLoss {
			best, bestLoss = temp, loss
		}
	}
	t.temp = best
	t.prepare()
}

// Temperature is the calibrated temperature of the model's scores.
func (t *Tagger) Temperature() float32 { return t.temp }
