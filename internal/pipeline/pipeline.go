package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/doc"
)

// Config is what a run needs to know; the CLI builds it from flags.
type Config struct {
	Published    string        // YYYY-MM-DD for documents that carry no date of their own
	Outlet       string        // outlet for documents that do not name one
	AllowPrivate bool          // let URL fetches reach private and loopback addresses
	MaxBytes     int64         // size cap of one input (file, URL body, stdin); 0: ingest's default
	Timeout      time.Duration // bound on one URL fetch; 0: ingest's default
	KBFiles      []string      // user knowledge-base files
	Tokens       bool          // keep tokens in the output
	Workers      int           // documents analysed at once; 0 means one per CPU
	Logger       *slog.Logger
}

// stage is one per-document step.
type stage struct {
	name string
	run  func(ctx context.Context, d *doc.Document) error
}

// Pipeline analyses documents. Build it once with New; it is safe for concurrent use.
type Pipeline struct {
	cfg    Config
	log    *slog.Logger
	stages []stage
}

// New builds the pipeline, loading every embedded and user knowledge file; a bad entry is
// an error here, not mid-run.
func New(cfg Config) (*Pipeline, error) {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p := &Pipeline{cfg: cfg, log: log}
	stages, err := buildStages(cfg)
	if err != nil {
		return nil, err
	}
	p.stages = stages
	return p, nil
}

// Analyze runs every per-document stage over d. A stage's error is recorded on the document
// and the remaining stages are skipped; only a cancelled context is returned as an error.
func (p *Pipeline) Analyze(ctx context.Context, d *doc.Document) error {
	if d.Error != "" {
		return nil
	}
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.run(ctx, d); err != nil {
			d.Error = fmt.Sprintf("%s: %v", s.name, err)
			p.log.Warn("stage failed", "doc", d.ID, "stage", s.name, "err", err)
			return nil
		}
	}
	if !p.cfg.Tokens {
		d.Tokens = nil
	}
	return nil
}

// Run reads the inputs, analyses each document in parallel and calls emit with the documents
// in input order as they complete, so memory stays flat on long streams. Unreadable inputs
// arrive as documents with Error set.
func (p *Pipeline) Run(ctx context.Context, inputs []string, emit func(*doc.Document) error) error {
	return p.RunSources(ctx, func(ctx context.Context, fn func(*doc.Source) error) error {
		return p.read(ctx, inputs, fn)
	}, emit)
}

// RunSources is Run over sources from read, which calls fn once per source in order.
func (p *Pipeline) RunSources(ctx context.Context, read func(ctx context.Context, fn func(*doc.Source) error) error, emit func(*doc.Document) error) error {
	workers := p.cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		src *doc.Source
	}
	type result struct {
		seq int
		d   *doc.Document
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, workers)
	results := make(chan result, workers)
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		readErr = read(ctx, func(src *doc.Source) error {
			select {
			case jobs <- job{seq, src}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d := p.document(ctx, j.src)
				if err := p.Analyze(ctx, d); err != nil {
					return
				}
				select {
				case results <- result{j.seq, d}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Emit in input order: hold back documents that finish early.
	pending := map[int]*doc.Document{}
	next := 0
	var emitErr error
	for r := range results {
		pending[r.seq] = r.d
		for {
			d, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if emitErr == nil {
				if err := emit(d); err != nil {
					emitErr = err
					cancel()
				}
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return readErr
}

// Collect runs the pipeline and returns every document in input order.
func (p *Pipeline) Collect(ctx context.Context, inputs []string) ([]*doc.Document, error) {
	var docs []*doc.Document
	err := p.Run(ctx, inputs, func(d *doc.Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}
