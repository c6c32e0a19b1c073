package postag

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/lemma"
)

// Evaluate measures the embedded tagger on GUM's held-out test documents at path (GUM's
// dep/ folder, splits.md beside it; without splits.md every document is read): tag
// accuracy, accuracy on words the model's dictionary does not fix, lemma accuracy with the
// predicted tags, and speed.
func Evaluate(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	t, err := Default()
	if err != nil {
		return nil, err
	}
	lex, err := lemma.Default()
	if err != nil {
		return nil, err
	}
	sents, nd, err := ReadGUM(path, "test")
	if err != nil || len(sents) == 0 {
		// No splits: read every CoNLL-U file at path.
		sents, nd, err = readAll(path)
		if err != nil {
			return nil, err
		}
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("postag: no sentences at %s", path)
	}
	res := &eval.Result{Task: "pos", Dataset: path, Metric: "accuracy", Scores: map[string]float64{}}
	all := eval.Row{Label: "tags"}
	unk := eval.Row{Label: "tags, words not in dictionary"}
	lem := eval.Row{Label: "lemmas (predicted tags)"}
	confusions := map[string]int{}
	words := 0
	start := time.Now()
	var preds [][]string
	for _, s := range sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		preds = append(preds, t.Tag(s.Words))
		words += len(s.Words)
	}
	elapsed := time.Since(start)
	for si, s := range sents {
		got := preds[si]
		for i, w := range s.Words {
			ok := got[i] == s.Tags[i]
			all.Total++
			if _, inDict := t.m.Dict[w]; !inDict {
				unk.Total++
				if ok {
					unk.Correct++
				}
			}
			if ok {
				all.Correct++
			} else {
				confusions[fmt.Sprintf("%s tagged %s, want %s", s.Tags[i], got[i], s.Tags[i])]++
			}
			if s.Lemmas != nil && s.Lemmas[i] != "_" {
				lem.Total++
				if lex.Lemma(w, got[i]) == strings.ToLower(s.Lemmas[i]) {
					lem.Correct++
				}
			}
		}
	}
	res.Rows = append(res.Rows, all, unk, lem)
	res.Errors = append(res.Errors, eval.Tally(confusions)...)
	res.Extra = append(res.Extra, fmt.Sprintf("documents %d, sentences %d, words %d; tagging %.0f words/s (wall clock, one goroutine)", nd, len(sents), words, float64(words)/elapsed.Seconds()))
	res.Value = float64(all.Correct) / float64(max(all.Total, 1))
	res.Scores["lemma_accuracy"] = float64(lem.Correct) / float64(max(lem.Total, 1))
	res.Scores["unknown_accuracy"] = float64(unk.Correct) / float64(max(unk.Total, 1))
	return res, nil
}

// readAll reads every CoNLL-U file at path (a file or a folder).
func readAll(path string) ([]Sentence, int, error) {
	files := []string{path}
	if st, err := os.Stat(path); err != nil {
		return nil, 0, fmt.Errorf("postag: %w", err)
	} else if st.IsDir() {
		files, _ = filepath.Glob(filepath.Join(path, "*.conllu"))
	}
	var out []Sentence
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, 0, fmt.Errorf("postag: %w", err)
		}
		s, err := ReadCoNLLU(fh, f)
		fh.Close()
		if err != nil {
			return nil, 0, err
		}
		out = append(out, s...)
	}
	return out, len(files), nil
}
