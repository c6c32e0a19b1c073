package e2e

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/pipeline"
)

// EvaluateStories measures claim alignment on ECB+ topics (path: the folder of topic
// folders). Each topic's articles, both events together, are compared in one run; a pair
// of articles "shares" when some claim with support in two or more documents is supported
// by both. Articles of the same event should share far more often than articles of the
// look-alike event: the headline figure is the ratio of the two rates.
func EvaluateStories(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	topics, err := readECB(path)
	if err != nil {
		return nil, err
	}
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		return nil, fmt.Errorf("e2e: %w", err)
	}
	names := make([]string, 0, len(topics))
	for t := range topics {
		names = append(names, t)
	}
	sort.Strings(names)
	var (
		samePairs, sameShared, otherPairs, otherShared int
		links, sameLinks                               int
		ndocs                                          int
		errs                                           []string
		alignTime                                      time.Duration
	)
	for _, t := range names {
		arts := topics[t]
		docs := make([]*doc.Document, len(arts))
		for i, a := range arts {
			if err := p.Analyze(ctx, a.Doc); err != nil {
				return nil, err
			}
			docs[i] = a.Doc
		}
		ndocs += len(docs)
		start := time.Now()
		r, err := p.Report(ctx, docs, true)
		if err != nil {
			return nil, err
		}
		alignTime += time.Since(start)
		shared := map[[2]int]int{}
		for _, c := range r.Claims {
			var in []int
			for _, s := range c.Support {
				if len(in) == 0 || in[len(in)-1] != s.Doc {
					in = append(in, s.Doc)
				}
			}
			sort.Ints(in)
			in = uniqInts(in)
			for i := range in {
				for j := i + 1; j < len(in); j++ {
					shared[[2]int{in[i], in[j]}]++
					links++
					if arts[in[i]].Event == arts[in[j]].Event {
						sameLinks++
					} else if len(errs) < 200 {
						errs = append(errs, fmt.Sprintf("topic %s: %s ~ %s across events: %q", t, arts[in[i]].Name, arts[in[j]].Name, c.Gist))
					}
				}
			}
		}
		for i := range arts {
			for j := i + 1; j < len(arts); j++ {
				has := shared[[2]int{i, j}] > 0
				if arts[i].Event == arts[j].Event {
					samePairs++
					if has {
						sameShared++
					}
				} else {
					otherPairs++
					if has {
						otherShared++
					}
				}
			}
		}
	}
	rate := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	same, other := rate(sameShared, samePairs), rate(otherShared, otherPairs)
	ratio := 0.0
	if other > 0 {
		ratio = same / other
	} else if same > 0 {
		ratio = same * 100
	}
	res := &eval.Result{
		Task:    "stories",
		Dataset: path,
		Rows: []eval.Row{
			{Label: "same-event pairs sharing", Correct: sameShared, Total: samePairs},
			{Label: "other-event pairs sharing", Correct: otherShared, Total: otherPairs},
			{Label: "claim links within event", Correct: sameLinks, Total: links},
		},
		Errors: errs,
		Extra: []string{
			fmt.Sprintf("%d topics, %d articles; align+frame time %.2fs", len(names), ndocs, alignTime.Seconds()),
		},
		Metric: "same_vs_other_ratio",
		Value:  ratio,
		Scores: map[string]float64{"same_event_rate": same, "other_event_rate": other, "link_precision": rate(sameLinks, links)},
	}
	return res, nil
}

func uniqInts(xs []int) []int {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}
