// Package eval holds what every evaluation shares: counts, precision/recall/F1, accuracy and
// the printed result whose last line is `SCORE task metric value`.
package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Options tune an evaluation run.
type Options struct {
	Errors int // how many errors worth looking at to print
	// Model is a name-tagger model file (written by tools/trainner) to use instead of the
	// embedded one, for the tasks that run the tagger: for cross-validation and for models
	// retrained on other data.
	Model string
}

// PRF counts true positives, false positives and false negatives.
type PRF struct {
	TP, FP, FN int
}

// Add accumulates o into p.
func (p *PRF) Add(o PRF) { p.TP += o.TP; p.FP += o.FP; p.FN += o.FN }

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (p PRF) Precision() float64 { return ratio(p.TP, p.TP+p.FP) }

// Recall is TP/(TP+FN), 0 when nothing was expected.
func (p PRF) Recall() float64 { return ratio(p.TP, p.TP+p.FN) }

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Row is one line of a result table: a label (a type, "micro", ...) with its counts, or an
// accuracy (Correct of Total) when the row is not a P/R/F1 row.
type Row struct {
	Label          string
	PRF            *PRF
	Correct, Total int
}

// Result is what one evaluation found.
type Result struct {
	Task    string
	Dataset string
	Rows    []Row
	Errors  []string // examples worth looking at, most useful first
	Extra   []string // free lines (documents read, speed, ...)
	// Metric and Value are the headline figure printed as `SCORE task metric value`.
	Metric string
	Value  float64
	// Scores are further named figures (e.g. "content_f1", "source_f1") a CI gate may check.
	Scores map[string]float64
}

// Print writes the result as a table, the first n errors, and the SCORE line last.
func (r *Result) Print(w io.Writer, n int) {
	fmt.Fprintf(w, "task %s on %s\n", r.Task, r.Dataset)
	for _, l := range r.Extra {
		fmt.Fprintln(w, l)
	}
	if len(r.Rows) > 0 {
		fmt.Fprintf(w, "%-24s %9s %9s %9s %7s %7s %7s\n", "", "precision", "recall", "f1", "tp", "fp", "fn")
	}
	for _, row := range r.Rows {
		if row.PRF != nil {
			p := row.PRF
			fmt.Fprintf(w, "%-24s %9.4f %9.4f %9.4f %7d %7d %7d\n", row.Label, p.Precision(), p.Recall(), p.F1(), p.TP, p.FP, p.FN)
		} else {
			fmt.Fprintf(w, "%-24s accuracy %.4f (%d/%d)\n", row.Label, ratio(row.Correct, row.Total), row.Correct, row.Total)
		}
	}
	if n > 0 && len(r.Errors) > 0 {
		fmt.Fprintf(w, "errors (%d of %d):\n", min(n, len(r.Errors)), len(r.Errors))
		for _, e := range r.Errors[:min(n, len(r.Errors))] {
			fmt.Fprintf(w, "  %s\n", e)
		}
	}
	keys := make([]string, 0, len(r.Scores))
	for k := range r.Scores {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "SCORE %s %s %.4f\n", r.Task, k, r.Scores[k])
	}
	fmt.Fprintf(w, "SCORE %s %s %.4f\n", r.Task, r.Metric, r.Value)
}

// Tally lists counted errors as "Nx error" lines, the most frequent first (ties by text), so
// the errors worth looking at come first and the order is deterministic.
func Tally(counts map[string]int) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%dx %s", counts[k], k)
	}
	return out
}

// Context returns up to 40 bytes of text on each side of text[s:e] and the span itself, cut
// on rune boundaries, line breaks as spaces: where an error list shows a span.
func Context(text string, s, e int) string {
	a, b := max(0, s-40), min(len(text), e+40)
	for a > 0 && a < len(text) && text[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(text) && text[b]&0xC0 == 0x80 {
		b++
	}
	return strings.ReplaceAll(text[a:b], "\n", " ")
}
