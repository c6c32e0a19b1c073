package timex

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

// BenchmarkExtract measures the stage on an article of realistic news prose (our own text),
// repeated to about 100 KB.
func BenchmarkExtract(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw)+"\n", 100_000/len(raw)+1)
	d := &doc.Document{Text: text, Published: "2025-06-23"}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Times = nil
		if err := Extract(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractPathological feeds long runs of words that each start an expression and no
// sentence end, to keep the matcher linear.
func BenchmarkExtractPathological(b *testing.B) {
	text := strings.Repeat("noon Monday the day 12:00 last week 2019 ", 5000)
	d := &doc.Document{Text: text, Published: "2025-06-23"}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d.Times = nil
		if err := Extract(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}
