package segment

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/conllu"
	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
)

// Case is one sentence-boundary test: a text and the sentences expected in it, in order.
type Case struct {
	ID       string
	Text     string
	Expected []string
}

// caseLine is a line of the golden-rule and regression JSONL files.
type caseLine struct {
	ID       *int            `json:"id"`
	Rule     string          `json:"rule"`
	Issue    string          `json:"issue"`
	Text     string          `json:"text"`
	Expected []string        `json:"expected"`
	RawSpans json.RawMessage `json:"expected_spans"`
}

// LoadCases reads a JSONL file of cases with either `expected` (sentence strings) or
// `expected_spans` ([text, start, end] triples, in characters).
func LoadCases(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	defer f.Close()
	var out []Case
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		var cl caseLine
		if err := json.Unmarshal([]byte(raw), &cl); err != nil {
			return nil, fmt.Errorf("segment: %s:%d: %w", path, n, err)
		}
		c := Case{Text: cl.Text, Expected: cl.Expected}
		switch {
		case cl.ID != nil:
			c.ID = fmt.Sprintf("rule %d (%s)", *cl.ID, cl.Rule)
		case cl.Issue != "":
			c.ID = fmt.Sprintf("issue %s line %d", cl.Issue, n)
		default:
			c.ID = fmt.Sprintf("line %d", n)
		}
		if len(cl.RawSpans) > 0 {
			var triples [][]any
			if err := json.Unmarshal(cl.RawSpans, &triples); err != nil {
				return nil, fmt.Errorf("segment: %s:%d: expected_spans: %w", path, n, err)
			}
			for _, t := range triples {
				if len(t) != 3 {
					return nil, fmt.Errorf("segment: %s:%d: expected_spans: want [text, start, end]", path, n)
				}
				s, ok := t[0].(string)
				if !ok {
					return nil, fmt.Errorf("segment: %s:%d: expected_spans: text is not a string", path, n)
				}
				c.Expected = append(c.Expected, s)
			}
		}
		if c.Text == "" && len(c.Expected) == 0 {
			return nil, fmt.Errorf("segment: %s:%d: no text", path, n)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("segment: %s: %w", path, err)
	}
	return out, nil
}

// Pass reports whether text splits into exactly the expected sentences (compared without
// surrounding white space), and returns what was found.
func Pass(c Case) (bool, []string) {
	var got []string
	for _, sp := range Sentences(c.Text) {
		got = append(got, c.Text[sp.Start:sp.End])
	}
	var want []string
	for _, e := range c.Expected {
		if t := strings.TrimSpace(e); t != "" {
			want = append(want, t)
		}
	}
	if len(got) != len(want) {
		return false, got
	}
	for i := range got {
		if got[i] != want[i] {
			return false, got
		}
	}
	return true, got
}

// Evaluate measures the segmenter on path: a directory holding golden_rules_en.jsonl and
// regression_issues*.jsonl (pass counts; the headline is golden_pass), or a directory (or
// file) of CoNLL-U documents (sentence-boundary F1 over each document's text).
func Evaluate(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	var conllu []string
	if st.IsDir() {
		conllu, _ = filepath.Glob(filepath.Join(path, "*.conllu"))
		if sub, _ := filepath.Glob(filepath.Join(path, "dep", "*.conllu")); len(conllu) == 0 {
			conllu = sub
		}
	} else if strings.HasSuffix(path, ".conllu") {
		conllu = []string{path}
	}
	if len(conllu) > 0 {
		return evaluateCoNLLU(ctx, path, conllu)
	}
	return evaluateRules(ctx, path)
}

func evaluateRules(ctx context.Context, path string) (*eval.Result, error) {
	res := &eval.Result{Task: "sentences", Dataset: path, Metric: "golden_pass", Scores: map[string]float64{}}
	golden := filepath.Join(path, "golden_rules_en.jsonl")
	if st, err := os.Stat(path); err == nil && !st.IsDir() {
		golden = path
	}
	cases, err := LoadCases(golden)
	if err != nil {
		return nil, err
	}
	row := eval.Row{Label: "golden rules"}
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		ok, got := Pass(c)
		row.Total++
		if ok {
			row.Correct++
		} else {
			res.Errors = append(res.Errors, fmt.Sprintf("%s: got %q, want %q", c.ID, got, c.Expected))
		}
	}
	res.Rows = append(res.Rows, row)
	res.Value = float64(row.Correct)
	res.Scores["golden_total"] = float64(row.Total)
	regs, _ := filepath.Glob(filepath.Join(path, "regression_issues*.jsonl"))
	sort.Strings(regs)
	if golden == path {
		regs = nil
	}
	reg := eval.Row{Label: "regression cases"}
	for _, p := range regs {
		cases, err := LoadCases(p)
		if err != nil {
			return nil, err
		}
		for _, c := range cases {
			ok, got := Pass(c)
			reg.Total++
			if ok {
				reg.Correct++
			} else {
				res.Errors = append(res.Errors, fmt.Sprintf("%s: got %q, want %q", c.ID, got, c.Expected))
			}
		}
	}
	if reg.Total > 0 {
		res.Rows = append(res.Rows, reg)
		res.Scores["regression_pass"] = float64(reg.Correct)
		res.Scores["regression_total"] = float64(reg.Total)
	}
	return res, nil
}

// conlluDoc is a document read from CoNLL-U: its text and gold sentence spans.
type conlluDoc struct {
	name      string
	text      string
	sentences []doc.Span
}

// readCoNLLU reads the `# text` lines of a CoNLL-U file into one text per document (`#
// newdoc`), sentences joined by a space and paragraphs (`# newpar`) by a line break.
func readCoNLLU(path string) ([]conlluDoc, error) {
	var docs []conlluDoc
	var b strings.Builder
	cur := conlluDoc{name: filepath.Base(path)}
	flush := func() {
		if len(cur.sentences) > 0 {
			cur.text = b.String()
			docs = append(docs, cur)
		}
		b.Reset()
	}
	err := conllu.ReadFile(path, func(s conllu.Sentence) error {
		newpar := false
		for _, c := range s.Comments {
			switch {
			case strings.HasPrefix(c, "newdoc"):
				flush()
				cur = conlluDoc{name: strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(c, "newdoc"), " id ="))}
			case strings.HasPrefix(c, "newpar"):
				newpar = true
			case strings.HasPrefix(c, "text = "):
				t := strings.TrimSpace(strings.TrimPrefix(c, "text = "))
				if b.Len() > 0 {
					if newpar {
						b.WriteString("\n")
					} else {
						b.WriteString(" ")
					}
				}
				newpar = false
				start := b.Len()
				b.WriteString(t)
				cur.sentences = append(cur.sentences, doc.Span{Start: start, End: b.Len()})
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	flush()
	return docs, nil
}

func evaluateCoNLLU(ctx context.Context, path string, files []string) (*eval.Result, error) {
	res := &eval.Result{Task: "sentences", Dataset: path, Metric: "f1", Scores: map[string]float64{}}
	var prf eval.PRF
	ndocs := 0
	for _, p := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		docs, err := readCoNLLU(p)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			ndocs++
			want := map[doc.Span]bool{}
			for _, s := range d.sentences {
				want[s] = true
			}
			got := Sentences(d.text)
			seen := map[doc.Span]bool{}
			for _, s := range got {
				seen[s] = true
				if want[s] {
					prf.TP++
				} else {
					prf.FP++
					res.Errors = append(res.Errors, fmt.Sprintf("%s: extra %q", d.name, clip(d.text[s.Start:s.End])))
				}
			}
			for _, s := range d.sentences {
				if !seen[s] {
					prf.FN++
				}
			}
		}
	}
	res.Rows = append(res.Rows, eval.Row{Label: "sentences", PRF: &prf})
	res.Extra = append(res.Extra, fmt.Sprintf("documents %d (gold sentences joined by spaces, paragraphs by line breaks)", ndocs))
	res.Value = prf.F1()
	res.Scores["precision"] = prf.Precision()
	res.Scores["recall"] = prf.Recall()
	return res, nil
}

func clip(s string) string {
	if len(s) > 160 {
		return s[:80] + " … " + s[len(s)-70:]
	}
	return s
}
