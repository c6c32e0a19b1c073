package pipeline

import (
	"context"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/quote"
)

// AnalyzeText runs the per-document stages over text taken as already clean: the document's
// Text is text byte for byte (no cleaning), so offsets into text are offsets into the
// result. Evaluations on annotated corpora use it to compare spans directly.
func (p *Pipeline) AnalyzeText(ctx context.Context, id, text, published string) (*doc.Document, error) {
	d := &doc.Document{ID: id, Text: text, Published: published, Lang: "en"}
	if err := p.Analyze(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

// EvaluateAttribution measures quotes and attributions on PolNeAR-style data at path with
// every per-document stage running (sentences, mentions and times feed the quote stage).
func EvaluateAttribution(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	p, err := New(Config{Workers: 1})
	if err != nil {
		return nil, err
	}
	return quote.Evaluate(ctx, path, opts, func(ctx context.Context, id, text string) (*doc.Document, error) {
		return p.AnalyzeText(ctx, id, text, "")
	})
}
