package postag

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/segment"
)

// BenchmarkTag tags the segmenter's news sample (the project's own text), reporting tokens/s.
func BenchmarkTag(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "segment", "testdata", "news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(raw)+"\n", 20)
	d := &doc.Document{Text: text}
	segment.Segment(d)
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.TagDocument(d)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
