package cli

import (
	"context"
	"flag"
	"fmt"
	"sort"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/e2e"
	"github.com/parallax-news/parallax/internal/entity"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/event"
	"github.com/parallax-news/parallax/internal/lemma"
	"github.com/parallax-news/parallax/internal/ner"
	"github.com/parallax-news/parallax/internal/pipeline"
	"github.com/parallax-news/parallax/internal/postag"
	"github.com/parallax-news/parallax/internal/segment"
	"github.com/parallax-news/parallax/internal/timex"
)

// evaluator runs one evaluation task on a dataset path.
type evaluator func(ctx context.Context, path string, opts eval.Options) (*eval.Result, error)

// evalTasks wires each task to the package that measures it.
func evalTasks() map[string]evaluator {
	return map[string]evaluator{
		"clean":       clean.Evaluate,
		"speed":       pipeline.Speed,
		"ner":         ner.Evaluate,
		"entities":    entity.Evaluate,
		"coref":       entity.EvaluateCoref,
		"sentences":   segment.Evaluate,
		"lemma":       lemma.Evaluate,
		"pos":         postag.Evaluate,
		"time":        timex.Evaluate,
		"attribution": pipeline.EvaluateAttribution,
		"stories":     e2e.EvaluateStories,
		"events":      evalEvents,
	}
}

// evalEvents measures event coding on PLOVER gold-standard records, each sentence going
// through every per-document stage.
func evalEvents(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	p, err := pipeline.New(pipeline.Config{Workers: 1})
	if err != nil {
		return nil, err
	}
	return event.Evaluate(ctx, path, opts, func(ctx context.Context, id, text string) (*doc.Document, error) {
		return p.AnalyzeText(ctx, id, text, "")
	})
}

func runEval(ctx context.Context, args []string, env Env) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	errs := fs.Int("errors", 10, "print this many errors worth looking at")
	model := fs.String("ner-model", "", "name-tagger model file (from tools/trainner) to use instead of the embedded one (tasks entities and ner)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	tasks := evalTasks()
	names := make([]string, 0, len(tasks))
	for n := range tasks {
		names = append(names, n)
	}
	sort.Strings(names)
	if fs.NArg() != 2 {
		fmt.Fprintf(env.Stderr, "usage: parallax eval [--errors N] [--ner-model FILE] TASK PATH (tasks: %v)\n", names)
		return 2
	}
	run, ok := tasks[fs.Arg(0)]
	if !ok {
		fmt.Fprintf(env.Stderr, "parallax eval: unknown task %q (tasks: %v)\n", fs.Arg(0), names)
		return 2
	}
	res, err := run(ctx, fs.Arg(1), eval.Options{Errors: *errs, Model: *model})
	if err != nil {
		fmt.Fprintf(env.Stderr, "parallax eval %s: %v\n", fs.Arg(0), err)
		return 1
	}
	res.Print(env.Stdout, *errs)
	return 0
}
