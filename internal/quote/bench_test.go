package quote

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/corpus"
	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/segment"
)

// BenchmarkExtract measures the quote stage alone on generated news (segmented beforehand),
// reporting words per second; the target is 200,000 on one core.
func BenchmarkExtract(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*doc.Document
	words, bytes := 0, 0
	for _, a := range corpus.Generate(7, 40, 600) {
		d := &doc.Document{Text: a.Text()}
		segment.Segment(d)
		docs = append(docs, d)
		words += len(strings.Fields(d.Text))
		bytes += len(d.Text)
	}
	ctx := context.Background()
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			if err := x.Extract(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		n++
	}
	b.ReportMetric(float64(words*n)/b.Elapsed().Seconds(), "words/s")
}

// FuzzExtract holds the span properties on any text: no panic, every span in range and its
// text equal to the document's bytes there.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`"The harbour will reopen," the director told reporters.`,
		"The captain said: \"We will not sail.\n\n\"Never.",
		`''This is not reform,'' said Tom Hale. According to The Ledger, inspectors found that the dam is unsafe.`,
		"WALLACE: Let us start.\n\n“Maybe,” ― Ana Ruiz",
		"He said ‘yes’ and ’’ \" “ ” « » „",
	} {
		f.Add(s)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := &doc.Document{Text: text}
		if err := x.Extract(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d)
		d2 := &doc.Document{Text: text}
		segment.Segment(d2)
		if err := x.Extract(context.Background(), d2); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d2)
	})
}
