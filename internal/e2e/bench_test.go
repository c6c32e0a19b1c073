package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/corpus"
	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/pipeline"
)

// generated analyses n generated articles of about 800 words on one worker.
func generated(b testing.TB, n int) (*pipeline.Pipeline, []*doc.Document, int) {
	b.Helper()
	p, err := pipeline.New(pipeline.Config{Published: "2026-03-10", Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	docs, words := analyse(b, p, corpus.Generate(7, n, 800))
	return p, docs, words
}

func analyse(b testing.TB, p *pipeline.Pipeline, arts []corpus.Article) ([]*doc.Document, int) {
	b.Helper()
	var docs []*doc.Document
	words := 0
	read := func(ctx context.Context, fn func(*doc.Source) error) error {
		for i, a := range arts {
			words += len(strings.Fields(a.Text()))
			if err := fn(&doc.Source{Name: fmt.Sprintf("gen-%03d.txt", i), Format: "text", Raw: []byte(a.Text()), Outlet: a.Outlet}); err != nil {
				return err
			}
		}
		return nil
	}
	if err := p.RunSources(context.Background(), read, func(d *doc.Document) error { docs = append(docs, d); return nil }); err != nil {
		b.Fatal(err)
	}
	return docs, words
}

// BenchmarkCompare measures the run-level comparison (linking, claims, framing) over
// articles already analysed; the sizes show how it scales with the number of articles.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{10, 50, 200} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			p, docs, words := generated(b, n)
			ctx := context.Background()
			claims := 0
			cpu0 := eval.CPUTime()
			for b.Loop() {
				r, err := p.Report(ctx, docs, true)
				if err != nil {
					b.Fatal(err)
				}
				claims = len(r.Claims)
			}
			sec := b.Elapsed().Seconds() / float64(b.N)
			cpu := (eval.CPUTime() - cpu0).Seconds() / float64(b.N)
			b.ReportMetric(float64(words)/sec, "words/s")
			b.ReportMetric(cpu*1e3, "cpu-ms/op")
			b.ReportMetric(cpu*1e6/float64(n), "cpu-µs/article")
			b.ReportMetric(float64(claims), "claims")
		})
	}
}

// BenchmarkCompareFull measures `parallax compare` on 50 articles of about 800 words on one
// core, per-document analysis included.
func BenchmarkCompareFull(b *testing.B) {
	p, err := pipeline.New(pipeline.Config{Published: "2026-03-10", Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	arts := corpus.Generate(7, 50, 800)
	ctx := context.Background()
	words := 0
	cpu0 := eval.CPUTime()
	for b.Loop() {
		docs, w := analyse(b, p, arts)
		words = w
		if _, err := p.Report(ctx, docs, true); err != nil {
			b.Fatal(err)
		}
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(words)/sec, "words/s")
	b.ReportMetric((eval.CPUTime()-cpu0).Seconds()*1e3/float64(b.N), "cpu-ms/op")
}
