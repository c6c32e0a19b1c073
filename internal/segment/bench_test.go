package segment

import (
	"os"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

// benchText is the project's own news-style sample, repeated to about 1 MB.
func benchText(b *testing.B) string {
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(raw)+"\n", (1<<20)/len(raw)+1)
}

func BenchmarkSegment(b *testing.B) {
	text := benchText(b)
	d := &doc.Document{Text: text}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(d)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkSentences(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}
