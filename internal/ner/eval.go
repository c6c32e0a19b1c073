package ner

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/parallax-news/parallax/internal/eval"
)

// scoreType maps a model type to the type it is scored as on GMB, where geo and gpe both
// count as LOC (gpe: nationalities); "" for types not scored.
func scoreType(ty string) string {
	switch ty {
	case "PER", "ORG", "LOC":
		return ty
	case "GPE":
		return "LOC"
	}
	return ""
}

type entSpan struct {
	start, end int
	typ        string
}

// entities returns the scored spans of a BIO label sequence.
func entities(labels []string) []entSpan {
	var out []entSpan
	for _, c := range Chunks(labels) {
		if st := scoreType(c.Type); st != "" {
			out = append(out, entSpan{c.Start, c.End, st})
		}
	}
	return out
}

type scores struct {
	byType map[string]*eval.PRF
	micro  eval.PRF
	errors []string
	words  int
}

// score tags sents with t and counts exact-span matches of PER, ORG and LOC (GPE as LOC).
func score(t *Tagger, sents []Sentence, maxErrors int) scores {
	r := scores{byType: map[string]*eval.PRF{"PER": {}, "ORG": {}, "LOC": {}}}
	for _, s := range sents {
		pred := t.Tag(s.Words)
		r.words += len(s.Words)
		gold := map[entSpan]bool{}
		for _, e := range entities(s.Labels) {
			gold[e] = true
		}
		got := map[entSpan]bool{}
		for _, e := range entities(pred) {
			got[e] = true
			if gold[e] {
				r.byType[e.typ].TP++
			} else {
				r.byType[e.typ].FP++
				if len(r.errors) < maxErrors {
					r.errors = append(r.errors, fmt.Sprintf("sentence %d: false %s %q", s.N, e.typ, strings.Join(s.Words[e.start:e.end], " ")))
				}
			}
		}
		for _, e := range entities(s.Labels) {
			if !got[e] {
				r.byType[e.typ].FN++
				if len(r.errors) < maxErrors {
					r.errors = append(r.errors, fmt.Sprintf("sentence %d: missed %s %q", s.N, e.typ, strings.Join(s.Words[e.start:e.end], " ")))
				}
			}
		}
	}
	for _, ty := range []string{"PER", "ORG", "LOC"} {
		r.micro.Add(*r.byType[ty])
	}
	return r
}

// Evaluate scores the embedded model, by entity-level exact-span micro F1 over PER, ORG and
// LOC. Given the GMB extract (a .zip or .csv), it scores the held-out GMB sentences (number %
// 10 == 9), geo and gpe counting as LOC. Given a folder of GUM CoNLL-U files (such as
// ../shared/data/entities/gum-news/dep), it scores Spans on the named mentions (headed by a
// proper noun) of people, organisations and places, a leading "the" not counted, leaving out
// the documents the model was trained on (gumtrain.txt).
func Evaluate(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	t, err := LoadFile(opts.Model)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		r, n, err := evaluateGUM(t, path, max(opts.Errors, 0)*5)
		if err != nil {
			return nil, err
		}
		return result(t, path+" (GUM named mentions)", fmt.Sprintf("documents %d, words %d, model features %d", n, r.words, t.Features()), r), nil
	}
	all, err := ReadGMB(path)
	if err != nil {
		return nil, err
	}
	var test []Sentence
	for _, s := range all {
		if HeldOut(s.N) {
			test = append(test, s)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r := score(t, test, max(opts.Errors, 0)*5)
	return result(t, path+" (held-out: sentence number % 10 == 9)", fmt.Sprintf("sentences %d, words %d, model features %d", len(test), r.words, t.Features()), r), nil
}

func result(t *Tagger, dataset, extra string, r scores) *eval.Result {
	res := &eval.Result{
		Task:    "ner",
		Dataset: dataset,
		Metric:  "micro_f1",
		Value:   r.micro.F1(),
		Errors:  r.errors,
		Extra:   []string{extra},
		Scores:  map[string]float64{},
	}
	for _, ty := range []string{"PER", "ORG", "LOC"} {
		res.Rows = append(res.Rows, eval.Row{Label: ty, PRF: r.byType[ty]})
		res.Scores[strings.ToLower(ty)+"_f1"] = r.byType[ty].F1()
	}
	m := r.micro
	res.Rows = append(res.Rows, eval.Row{Label: "micro", PRF: &m})
	return res
}

// MicroF1 is the exact-span micro F1 of t on sents over PER, ORG and LOC (GPE as LOC).
func MicroF1(t *Tagger, sents []Sentence) float64 {
	r := score(t, sents, 0)
	return r.micro.F1()
}
