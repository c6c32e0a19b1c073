package pipeline

import (
	"context"

	"github.com/parallax-news/parallax/internal/align"
	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/entity"
	"github.com/parallax-news/parallax/internal/event"
	"github.com/parallax-news/parallax/internal/frame"
)

// Report builds the run-level report over analysed documents: actors linked across the run
// and, when compare is set, claims aligned across documents and framing per outlet.
func (p *Pipeline) Report(ctx context.Context, docs []*doc.Document, compare bool) (*doc.Report, error) {
	r := &doc.Report{Schema: doc.SchemaVersion, Documents: docs, Entities: []doc.Entity{}}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.Entities = entity.Link(docs)
	event.Link(docs, r.Entities)
	if compare {
		r.Claims = align.Claims(docs, r.Entities)
		r.Framing = frame.Analyze(docs, r.Entities, r.Claims)
	}
	return r, nil
}
