package bench

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/entity"
	"github.com/parallax-news/parallax/internal/kb"
	"github.com/parallax-news/parallax/internal/ner"
	"github.com/parallax-news/parallax/internal/segment"
)

// BenchmarkEntitiesParallax runs parallax's entity stage (knowledge base, tagger, titles,
// nominals, pronouns) over segmented articles: the segmenter is outside the timed loop, as
// prose's tokenizer is inside its own.
func BenchmarkEntitiesParallax(b *testing.B) {
	k, err := kb.Load(nil)
	if err != nil {
		b.Fatal(err)
	}
	tg, err := ner.Load()
	if err != nil {
		b.Fatal(err)
	}
	x := entity.New(k, tg)
	var docs []*doc.Document
	n, w := 0, 0
	for i, a := range articles() {
		d := &doc.Document{ID: "a" + string(rune('0'+i%10)), Text: a}
		segment.Segment(d)
		docs = append(docs, d)
		n += len(a)
		w += len(strings.Fields(a))
	}
	ctx := context.Background()
	for b.Loop() {
		for _, d := range docs {
			if err := x.Extract(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	report(b, n, w)
}

// BenchmarkEntitiesProse runs prose's document analysis (segmenter, tokenizer, tagger and
// named-entity extractor, which needs the others) over the first 20 articles and reads its
// entities.
func BenchmarkEntitiesProse(b *testing.B) { runProse(b, true) }
