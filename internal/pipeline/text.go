package pipeline

import (
	"context"

	"github.com/parallax-news/parallax/internal/doc"
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
