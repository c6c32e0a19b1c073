package event

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/corpus"
	"github.com/parallax-news/parallax/internal/doc"
)

// benchDoc builds a document from generated news with the tokens and sentences the segment
// stage would give and a mention on every run of capitalised words that does not open a
// sentence (about the density the entity stage produces), so only the event stage is timed.
func benchDoc() (*doc.Document, int) {
	var b strings.Builder
	for _, a := range corpus.Generate(7, 40, 600) {
		b.WriteString(a.Body)
		b.WriteString("\n\n")
	}
	text := b.String()
	d := &doc.Document{ID: "bench", Text: text, Tokens: tokenize(text)}
	start, words := 0, 0
	for i, t := range d.Tokens {
		w := text[t.Start:t.End]
		if isWordRune([]rune(w)[0]) {
			words++
		}
		if w == "." || w == "?" || w == "!" {
			d.Sentences = append(d.Sentences, doc.Sentence{Start: d.Tokens[start].Start, End: t.End})
			start = i + 1
		}
	}
	d.Entities = []doc.Entity{{ID: "gpe:x", Name: "X", Type: "GPE", Country: "XXX"}}
	for i := 0; i < len(d.Tokens); i++ {
		t := d.Tokens[i]
		w := text[t.Start:t.End]
		first := i == 0 || strings.Contains(".?!\n", text[d.Tokens[i-1].Start:d.Tokens[i-1].End])
		if first || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		j := i
		for j+1 < len(d.Tokens) && text[d.Tokens[j+1].Start] >= 'A' && text[d.Tokens[j+1].Start] <= 'Z' {
			j++
		}
		d.Mentions = append(d.Mentions, doc.Mention{Start: t.Start, End: d.Tokens[j].End, Text: text[t.Start:d.Tokens[j].End], Type: "GPE", Kind: doc.MentionName, Entity: "gpe:x"})
		i = j
	}
	return d, words
}

// BenchmarkExtract measures the event stage alone on generated news (target: 100,000 words
// per second on one core).
func BenchmarkExtract(b *testing.B) {
	c := coder(b)
	d, words := benchDoc()
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		if err := c.Extract(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
