package postag

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/lemma"
	"github.com/parallax-news/parallax/internal/segment"
)

// benchDoc is a segmented document to tag: GUM's held-out test documents (real, varied
// vocabulary) when ../shared is there, else the segmenter's news sample repeated.
func benchDoc(b *testing.B) *doc.Document {
	var text string
	dir := filepath.Join("..", "..", "..", "shared", "data", "entities", "gum", "dep")
	if sents, _, err := ReadGUM(dir, "test"); err == nil && len(sents) > 0 {
		var sb strings.Builder
		for _, s := range sents {
			sb.WriteString(strings.Join(s.Words, " "))
			sb.WriteString("\n")
		}
		text = sb.String()
	} else {
		raw, err := os.ReadFile(filepath.Join("..", "segment", "testdata", "news.txt"))
		if err != nil {
			b.Fatal(err)
		}
		text = strings.Repeat(string(raw)+"\n", 20)
	}
	d := &doc.Document{Text: text}
	segment.Segment(d)
	return d
}

// BenchmarkTag tags a document again and again with one tagger, whose word cache is warm
// after the first pass, as in a long run over news; reports tokens/s.
func BenchmarkTag(b *testing.B) {
	d := benchDoc(b)
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.TagDocument(d)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagCold tags with a fresh tagger each time: every word is prepared anew.
func BenchmarkTagCold(b *testing.B) {
	d := benchDoc(b)
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	lex, err := lemma.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		newTagger(tg.m, lex).TagDocument(d)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
