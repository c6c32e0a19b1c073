package pipeline

import (
	"context"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/entity"
	"github.com/parallax-news/parallax/internal/event"
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/kb"
	"github.com/parallax-news/parallax/internal/lang"
	"github.com/parallax-news/parallax/internal/lemma"
	"github.com/parallax-news/parallax/internal/ner"
	"github.com/parallax-news/parallax/internal/postag"
	"github.com/parallax-news/parallax/internal/quote"
	"github.com/parallax-news/parallax/internal/segment"
	"github.com/parallax-news/parallax/internal/timex"
)

// buildStages lists the per-document stages in the order they run. Stages after segment see
// sentences and tokens; quote and event see mentions and times. Every stage is English-only
// for now: documents in other languages are segmented and reported, not mis-analysed.
func buildStages(cfg Config) ([]stage, error) {
	know, err := kb.Load(cfg.KBFiles)
	if err != nil {
		return nil, err
	}
	names, err := ner.Load()
	if err != nil {
		return nil, err
	}
	entities := entity.New(know, names)
	tagger, err := postag.Default()
	if err != nil {
		return nil, err
	}
	lemmas, err := lemma.Default()
	if err != nil {
		return nil, err
	}
	stages := []stage{
		{"segment", func(_ context.Context, d *doc.Document) error { segment.Segment(d); return nil }},
		{"tag", func(_ context.Context, d *doc.Document) error { tagger.TagDocument(d); return nil }},
		{"lemma", func(_ context.Context, d *doc.Document) error { lemmas.Document(d); return nil }},
		{"entity", entities.Extract},
		// timex runs after entity (when present) and before quote and event, which read times.
		{"timex", timex.Extract},
	}
	// quote runs after entity and timex (it reads mentions and times) and before event.
	quotes, err := quote.New()
	if err != nil {
		return nil, err
	}
	stages = append(stages, stage{"quote", quotes.Extract})
	// event runs last: it reads mentions, times, quotes and attributions.
	events, err := event.New()
	if err != nil {
		return nil, err
	}
	stages = append(stages, stage{"event", events.Extract})
	for i := range stages {
		if stages[i].name != "segment" {
			stages[i].run = englishOnly(stages[i].run)
		}
	}
	return stages, nil
}

// englishOnly skips an English-only stage for a document detected in another language.
func englishOnly(run func(context.Context, *doc.Document) error) func(context.Context, *doc.Document) error {
	return func(ctx context.Context, d *doc.Document) error {
		if d.Lang != "" && d.Lang != "en" {
			return nil
		}
		return run(ctx, d)
	}
}

// read streams the inputs as sources.
func (p *Pipeline) read(ctx context.Context, inputs []string, fn func(*doc.Source) error) error {
	return ingest.Walk(ctx, inputs, ingest.Options{
		AllowPrivate: p.cfg.AllowPrivate, Logger: p.log, MaxBytes: p.cfg.MaxBytes, Timeout: p.cfg.Timeout,
	}, fn)
}

// document cleans a source into a document and applies the run's defaults.
func (p *Pipeline) document(_ context.Context, src *doc.Source) *doc.Document {
	d := clean.Clean(src)
	if d.Outlet == "" {
		d.Outlet = p.cfg.Outlet
	}
	// metadata wins over --published; an unreadable metadata date is noted and replaced
	timex.NormalizePublished(d, p.cfg.Published)
	if d.Error == "" && d.Lang == "" {
		d.Lang = lang.Detect(d.Text)
	}
	if d.Error == "" && d.Lang != "" && d.Lang != "en" {
		d.Notes = append(d.Notes, lang.Note(d.Lang))
		p.log.Warn("document is not in English: segmented only", "doc", d.ID, "lang", d.Lang)
	}
	if d.Error != "" {
		p.log.Error("cannot read document", "doc", d.ID, "err", d.Error)
	}
	return d
}
