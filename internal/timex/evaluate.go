package timex

import (
	"context"
	"fmt"
	"sort"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/meantime"
	"github.com/parallax-news/parallax/internal/postag"
	"github.com/parallax-news/parallax/internal/segment"
)

// goldTimex is one annotated expression, as byte offsets in the rebuilt text.
type goldTimex struct {
	Start, End int
	Type       string
	Value      string
	DCT        bool
}

// goldDoc is one annotated article: its text rebuilt from tokens, the creation time and the
// expressions.
type goldDoc struct {
	Name   string
	Text   string
	DCT    string
	Timexs []goldTimex
	// Scope is the end of the annotated part of the text: MEANTIME marks time expressions
	// in the title, the creation time line and the first sentences only.
	Scope int
}

// fromArticle keeps an article's time expressions. The date line is the surest reading of
// the creation time ("03-02-2009" is not ISO), and a few articles mark it as an ordinary
// expression: it is still the creation time.
func fromArticle(a *meantime.Article) *goldDoc {
	g := &goldDoc{Name: a.Name, Text: a.Text, Scope: a.Scope}
	hasDCT := false
	for _, tx := range a.Timexes {
		if tx.Function == "CREATION_TIME" {
			hasDCT = true
		}
	}
	line1 := a.DateLine
	for _, tx := range a.Timexes {
		dct := tx.Function == "CREATION_TIME"
		if tx.Start < 0 {
			if dct && g.DCT == "" {
				g.DCT = tx.Value
			}
			continue
		}
		if !hasDCT && tx.Start >= line1[0] && tx.End <= line1[1] {
			dct = true
		}
		if dct && g.DCT == "" {
			g.DCT = tx.Value
		}
		g.Timexs = append(g.Timexs, goldTimex{Start: tx.Start, End: tx.End, Type: tx.Type, Value: tx.Value, DCT: dct})
	}
	if line1[1] > line1[0] {
		if p, err := ParsePublished(g.Text[line1[0]:line1[1]]); err == nil {
			g.DCT = p[:10]
		}
	}
	sort.Slice(g.Timexs, func(a, b int) bool { return g.Timexs[a].Start < g.Timexs[b].Start })
	return g
}

// loadCAT reads every MEANTIME article under path (a file or a directory), sorted by path.
func loadCAT(path string) ([]*goldDoc, error) {
	as, err := meantime.Load(path)
	if err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	docs := make([]*goldDoc, len(as))
	for i, a := range as {
		docs[i] = fromArticle(a)
	}
	return docs, nil
}

// Evaluate runs Extract on the MEANTIME articles under path, each anchored at its creation
// time and segmented and tagged first as in the pipeline, and scores it TempEval-3 style:
// strict and relaxed span F1, and the value and type accuracy of relaxed matches. The
// creation time itself is not scored, nor the sentences MEANTIME leaves unannotated.
func Evaluate(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	docs, err := loadCAT(path)
	if err != nil {
		return nil, err
	}
	tagger, err := postag.Default()
	if err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	var strict, relaxed, valueF eval.PRF
	valOK, typeOK, matched, gold := 0, 0, 0, 0
	var errs []string
	for _, g := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d := &doc.Document{ID: g.Name, Text: g.Text, Published: g.DCT}
		// as in the pipeline: sentences, tokens and their tags come first
		segment.Segment(d)
		tagger.TagDocument(d)
		if err := Extract(ctx, d); err != nil {
			return nil, fmt.Errorf("timex: %s: %w", g.Name, err)
		}
		var golds []goldTimex
		var dcts []goldTimex
		for _, t := range g.Timexs {
			if t.DCT {
				dcts = append(dcts, t)
			} else if t.Start < g.Scope {
				golds = append(golds, t)
			}
		}
		var preds []doc.Time
		for _, p := range d.Times {
			skip := p.Start >= g.Scope
			for _, t := range dcts {
				if p.Start < t.End && t.Start < p.End {
					skip = true
				}
			}
			if !skip {
				preds = append(preds, p)
			}
		}
		gold += len(golds)
		s, r, v := scoreDoc(g, golds, preds, &errs)
		strict.Add(s)
		relaxed.Add(r)
		valueF.Add(v)
		matched += r.TP
		valOK += v.TP
		for _, m := range matchPairs(golds, preds) {
			if golds[m[0]].Type == preds[m[1]].Type {
				typeOK++
			}
		}
	}
	res := &eval.Result{
		Task:    "time",
		Dataset: path,
		Extra:   []string{fmt.Sprintf("documents %d, gold expressions %d (creation times not scored)", len(docs), gold)},
		Rows: []eval.Row{
			{Label: "strict span", PRF: &strict},
			{Label: "relaxed span", PRF: &relaxed},
			{Label: "value (relaxed+value)", PRF: &valueF},
			{Label: "value on matches", Correct: valOK, Total: matched},
			{Label: "type on matches", Correct: typeOK, Total: matched},
		},
		Errors: errs,
		Metric: "relaxed_f1",
		Value:  relaxed.F1(),
		Scores: map[string]float64{
			"strict_f1":      strict.F1(),
			"value_accuracy": ratio(valOK, matched),
			"type_accuracy":  ratio(typeOK, matched),
			"value_f1":       valueF.F1(),
		},
	}
	return res, nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// matchPairs pairs gold and predicted expressions one to one by overlap, in text order.
func matchPairs(golds []goldTimex, preds []doc.Time) [][2]int {
	used := make([]bool, len(preds))
	var out [][2]int
	for gi, g := range golds {
		for pi, p := range preds {
			if !used[pi] && p.Start < g.End && g.Start < p.End {
				used[pi] = true
				out = append(out, [2]int{gi, pi})
				break
			}
		}
	}
	return out
}

// scoreDoc counts strict, relaxed and value matches and notes the errors.
func scoreDoc(g *goldDoc, golds []goldTimex, preds []doc.Time, errs *[]string) (strict, relaxed, value eval.PRF) {
	pairs := matchPairs(golds, preds)
	gm := make([]bool, len(golds))
	pm := make([]bool, len(preds))
	for _, pr := range pairs {
		gt, pt := golds[pr[0]], preds[pr[1]]
		gm[pr[0]], pm[pr[1]] = true, true
		relaxed.TP++
		if gt.Start == pt.Start && gt.End == pt.End {
			strict.TP++
		} else {
			strict.FP++
			strict.FN++
		}
		if gt.Value == pt.Value {
			value.TP++
		} else {
			value.FP++
			value.FN++
			*errs = append(*errs, fmt.Sprintf("value %s: %q got %s %s, want %s %s (dct %s)", g.Name, g.Text[pt.Start:pt.End], pt.Type, pt.Value, gt.Type, gt.Value, g.DCT))
		}
	}
	for i, ok := range gm {
		if !ok {
			relaxed.FN++
			strict.FN++
			value.FN++
			*errs = append(*errs, fmt.Sprintf("missed %s: %q %s %s in %q", g.Name, g.Text[golds[i].Start:golds[i].End], golds[i].Type, golds[i].Value, eval.Context(g.Text, golds[i].Start, golds[i].End)))
		}
	}
	for i, ok := range pm {
		if !ok {
			relaxed.FP++
			strict.FP++
			value.FP++
			*errs = append(*errs, fmt.Sprintf("spurious %s: %q %s %s in %q", g.Name, preds[i].Text, preds[i].Type, preds[i].Value, eval.Context(g.Text, preds[i].Start, preds[i].End)))
		}
	}
	return strict, relaxed, value
}
