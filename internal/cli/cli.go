package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/ingest"
	"github.com/parallax-news/parallax/internal/pipeline"
	"github.com/parallax-news/parallax/internal/report"
	"github.com/parallax-news/parallax/internal/timex"
)

// Env is what the command line talks to; tests pass their own.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Terminal is true when Stdout is a terminal (colour allowed).
	Terminal bool
}

const usage = `parallax reads several news articles about one event and compares them.

Usage:
  parallax compare [flags] [INPUT...]   compare articles (no input: the embedded example story)
  parallax analyze [flags] INPUT...     analyse each article on its own
  parallax eval TASK PATH               measure a stage on annotated data
  parallax version

INPUT is a file (text, Markdown, HTML, JSON, JSON Lines, RSS/Atom feed), a directory, an
http(s) URL, or - for standard input. Run 'parallax COMMAND -h' for the flags of a command.
`

// Main runs the command line and returns the exit status: 0 on success, 1 when some inputs
// failed (the others are still reported), 2 on a usage or fatal error.
func Main(ctx context.Context, args []string, env Env) int {
	if len(args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return 2
	}
	switch args[0] {
	case "analyze", "analyse":
		return runDocs(ctx, args[0], args[1:], env, false)
	case "compare":
		return runDocs(ctx, args[0], args[1:], env, true)
	case "eval":
		return runEval(ctx, args[1:], env)
	case "version", "--version":
		fmt.Fprintln(env.Stdout, "parallax", doc.SchemaVersion)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(env.Stdout, usage)
		return 0
	}
	fmt.Fprintf(env.Stderr, "parallax: unknown command %q\n\n%s", args[0], usage)
	return 2
}

// listFlag collects a repeatable flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func runDocs(ctx context.Context, name string, args []string, env Env, compare bool) int {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var (
		cfg     pipeline.Config
		kb      listFlag
		format  = fs.String("format", "", "output format: text, json, md, html, events-csv (default: text)")
		outPath = fs.String("o", "", "write the report to this file instead of standard output")
		quiet   = fs.Bool("quiet", false, "log only errors")
		verbose = fs.Bool("v", false, "log debugging detail")
	)
	fs.StringVar(&cfg.Published, "published", "", "publication `date` (YYYY-MM-DD, RFC 3339, RFC 1123, ...) for documents that carry none")
	fs.StringVar(&cfg.Outlet, "outlet", "", "outlet name for documents that do not name one")
	fs.BoolVar(&cfg.AllowPrivate, "allow-private", false, "let URL fetches reach private and loopback addresses")
	fs.BoolVar(&cfg.Tokens, "tokens", false, "include tokens in the output")
	fs.Int64Var(&cfg.MaxBytes, "max-bytes", ingest.DefaultMaxBytes, "size cap of one input in bytes (file, URL body, standard input)")
	fs.DurationVar(&cfg.Timeout, "timeout", 30*time.Second, "time limit of one URL fetch")
	fs.IntVar(&cfg.Workers, "workers", 0, "documents analysed at once (default: one per CPU)")
	fs.Var(&kb, "kb", "extra knowledge-base `FILE` of actors (repeatable)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	cfg.KBFiles = kb
	if cfg.Published != "" {
		iso, err := timex.ParsePublished(cfg.Published)
		if err != nil {
			fmt.Fprintf(env.Stderr, "parallax %s: --published: %v\n", name, err)
			return 2
		}
		cfg.Published = iso
	}
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelError
	} else if *verbose {
		level = slog.LevelDebug
	}
	cfg.Logger = slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: level}))
	inputs := fs.Args()
	if len(inputs) == 0 {
		if !compare {
			fmt.Fprintf(env.Stderr, "parallax analyze: no input (give files, directories, URLs or -)\n")
			return 2
		}
		inputs = []string{exampleInput}
		if cfg.Published == "" {
			cfg.Published = examplePublished
		}
	}
	p, err := pipeline.New(cfg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "parallax %s: %v\n", name, err)
		return 2
	}
	docs, err := p.Collect(ctx, inputs)
	if err != nil {
		fmt.Fprintf(env.Stderr, "parallax %s: %v\n", name, err)
		return 2
	}
	rep, err := p.Report(ctx, docs, compare)
	if err != nil {
		fmt.Fprintf(env.Stderr, "parallax %s: %v\n", name, err)
		return 2
	}
	f := *format
	if f == "" {
		f = "text"
	}
	var w io.Writer = env.Stdout
	color := env.Terminal
	if *outPath != "" {
		file, err := os.Create(*outPath)
		if err != nil {
			fmt.Fprintf(env.Stderr, "parallax %s: %v\n", name, err)
			return 2
		}
		defer file.Close()
		w, color = file, false
	}
	if err := report.Write(w, rep, report.Options{Format: f, Color: color, Compare: compare}); err != nil {
		fmt.Fprintf(env.Stderr, "parallax %s: %v\n", name, err)
		return 2
	}
	failed := 0
	for _, d := range docs {
		if d.Error != "" {
			failed++
		}
	}
	if failed > 0 {
		fmt.Fprintf(env.Stderr, "parallax %s: %d of %d inputs failed\n", name, failed, len(docs))
		return 1
	}
	return 0
}
