package lemma

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/parallax-news/parallax/internal/conllu"
	"github.com/parallax-news/parallax/internal/eval"
)

// Gold is one word of a CoNLL-U corpus: form, XPOS tag and lemma.
type Gold struct {
	Form, Tag, Lemma string
}

// ReadCoNLLU reads the words of a CoNLL-U file (multi-word tokens and empty nodes skipped).
func ReadCoNLLU(path string) ([]Gold, error) {
	var out []Gold
	err := conllu.ReadFile(path, func(s conllu.Sentence) error {
		for _, w := range s.Words {
			out = append(out, Gold{Form: w.Form, Tag: w.XPOS, Lemma: w.Lemma})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lemma: %w", err)
	}
	return out, nil
}

// Evaluate measures lemma accuracy against the gold lemmas of the CoNLL-U files at path (a
// file, a folder of them, or a folder with dep/), given the gold tags. Lemmas compare
// lower-cased; words whose gold lemma is "_" are skipped.
func Evaluate(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	l, err := Default()
	if err != nil {
		return nil, err
	}
	files := []string{path}
	if st, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("lemma: %w", err)
	} else if st.IsDir() {
		files, _ = filepath.Glob(filepath.Join(path, "*.conllu"))
		if len(files) == 0 {
			files, _ = filepath.Glob(filepath.Join(path, "dep", "*.conllu"))
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("lemma: no .conllu files at %s", path)
	}
	res := &eval.Result{Task: "lemma", Dataset: path, Metric: "accuracy", Scores: map[string]float64{}}
	all := eval.Row{Label: "all words"}
	open := eval.Row{Label: "inflected (NNS VB* JJR ...)"}
	misses := map[string]int{}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		words, err := ReadCoNLLU(f)
		if err != nil {
			return nil, err
		}
		for _, w := range words {
			if w.Lemma == "_" {
				continue
			}
			got := l.Lemma(w.Form, w.Tag)
			ok := got == strings.ToLower(w.Lemma)
			all.Total++
			infl := inflectedTag(w.Tag)
			if infl {
				open.Total++
			}
			if ok {
				all.Correct++
				if infl {
					open.Correct++
				}
			} else {
				misses[fmt.Sprintf("%s/%s: got %q, want %q", w.Form, w.Tag, got, strings.ToLower(w.Lemma))]++
			}
		}
	}
	res.Rows = append(res.Rows, all, open)
	res.Errors = append(res.Errors, eval.Tally(misses)...)
	res.Value = float64(all.Correct) / float64(max(all.Total, 1))
	res.Scores["inflected_accuracy"] = float64(open.Correct) / float64(max(open.Total, 1))
	return res, nil
}

func inflectedTag(t string) bool {
	switch t {
	case "NNS", "NNPS", "VBD", "VBN", "VBG", "VBZ", "JJR", "JJS", "RBR", "RBS":
		return true
	}
	return false
}
