package clean

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
)

// Evaluate measures cleaning on real scraped articles with standoff annotations (a PolNeAR
// folder: text/<article>.txt and attributions/<article>_<annotator>.ann in brat format,
// character offsets). Cleaning must not lose what people annotated: the score is the share
// of annotated spans (sources, cues, contents) whose every non-space byte survives into the
// cleaned text, traced through the source map. It also reports the share of the input kept,
// the notes raised (on edited articles, mostly false alarms worth reading) and the speed.
func Evaluate(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	texts, err := filepath.Glob(filepath.Join(path, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		return nil, fmt.Errorf("clean: no text/*.txt under %s (want a PolNeAR folder such as ../shared/data/attribution/polnear-dev)", path)
	}
	sort.Strings(texts)
	res := &eval.Result{Task: "clean", Dataset: path, Metric: "span_survival", Scores: map[string]float64{}}
	kept := map[string]*eval.Row{}
	var kinds []string
	notes := map[string]int{}
	var rawBytes, keptBytes, docs int
	titles := eval.Row{Label: "headline found"}
	var elapsed time.Duration
	for _, tf := range texts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		raw, err := os.ReadFile(tf)
		if err != nil {
			return nil, fmt.Errorf("clean: %w", err)
		}
		start := time.Now()
		d := Clean(&doc.Source{Name: tf, File: tf, Format: "text", Raw: raw})
		elapsed += time.Since(start)
		if d.Error != "" {
			res.Errors = append(res.Errors, d.Error)
			continue
		}
		docs++
		// PolNeAR articles open with their headline line.
		titles.Total++
		if first, _, _ := strings.Cut(strings.TrimSpace(string(raw)), "\n"); sameText(d.Title, first) {
			titles.Correct++
		} else {
			res.Errors = append(res.Errors, fmt.Sprintf("title of %s is %q, want %q", filepath.Base(tf), d.Title, first))
		}
		for _, n := range d.Notes {
			notes[n.Kind]++
			res.Errors = append(res.Errors, fmt.Sprintf("note %s in %s: %q", n.Kind, filepath.Base(tf), clip(d.Text[n.Start:n.End], 100)))
		}
		toClean := make([]int, len(raw))
		for i := range toClean {
			toClean[i] = -1
		}
		for _, p := range d.SourceMap {
			for k := range p.Len {
				toClean[p.Raw+k] = p.Clean + k
			}
		}
		space := spaceBytes(raw)
		for i := range raw {
			if !space[i] {
				rawBytes++
				if toClean[i] >= 0 {
					keptBytes++
				}
			}
		}
		ann := firstAnnotation(path, strings.TrimSuffix(filepath.Base(tf), ".txt"))
		if ann == "" {
			continue
		}
		spans, err := readBrat(ann, string(raw))
		if err != nil {
			return nil, err
		}
		for _, s := range spans {
			row := kept[s.kind]
			if row == nil {
				row = &eval.Row{Label: s.kind + " spans kept"}
				kept[s.kind] = row
				kinds = append(kinds, s.kind)
			}
			row.Total++
			lost := -1
			for _, f := range s.frags {
				for i := f[0]; i < f[1] && lost < 0; i++ {
					if !space[i] && toClean[i] < 0 {
						lost = i
					}
				}
			}
			if lost < 0 {
				row.Correct++
				continue
			}
			res.Errors = append([]string{fmt.Sprintf("lost %s span in %s at byte %d: %q", s.kind, filepath.Base(tf), lost, clip(s.text, 100))}, res.Errors...)
		}
	}
	sort.Strings(kinds)
	all := eval.Row{Label: "all spans kept"}
	for _, k := range kinds {
		r := kept[k]
		res.Rows = append(res.Rows, *r)
		all.Correct += r.Correct
		all.Total += r.Total
	}
	res.Rows = append(res.Rows, all, titles)
	if titles.Total > 0 {
		res.Scores["title_accuracy"] = float64(titles.Correct) / float64(titles.Total)
	}
	if all.Total > 0 {
		res.Value = float64(all.Correct) / float64(all.Total)
	}
	if rawBytes > 0 {
		res.Scores["text_kept"] = float64(keptBytes) / float64(rawBytes)
	}
	var nk []string
	for k := range notes {
		nk = append(nk, fmt.Sprintf("%s %d", k, notes[k]))
	}
	sort.Strings(nk)
	res.Extra = append(res.Extra,
		fmt.Sprintf("documents %d, non-space bytes kept %d of %d", docs, keptBytes, rawBytes),
		fmt.Sprintf("notes: %s", strings.Join(nk, ", ")),
		fmt.Sprintf("cleaning speed %.1f MB/s on one core", float64(rawBytes)/1e6/max(elapsed.Seconds(), 1e-9)))
	return res, nil
}

// firstAnnotation returns the first annotator's file for an article, by name.
func firstAnnotation(root, article string) string {
	m, _ := filepath.Glob(filepath.Join(root, "attributions", article+"_*.ann"))
	if len(m) == 0 {
		return ""
	}
	sort.Strings(m)
	return m[0]
}

// bratSpan is a text-bound annotation, its fragments as byte offsets.
type bratSpan struct {
	kind  string
	frags [][2]int
	text  string
}

// readBrat reads the text-bound annotations of a brat file whose offsets count characters
// of text.
func readBrat(file, text string) ([]bratSpan, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("clean: %w", err)
	}
	defer f.Close()
	// character offset -> byte offset
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	var out []bratSpan
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) < 2 || !strings.HasPrefix(parts[0], "T") {
			continue
		}
		kind, offs, ok := strings.Cut(parts[1], " ")
		if !ok {
			return nil, fmt.Errorf("clean: %s:%d: no offsets", file, n)
		}
		s := bratSpan{kind: kind}
		if len(parts) == 3 {
			s.text = parts[2]
		}
		for _, fr := range strings.Split(offs, ";") {
			a, b, ok := strings.Cut(strings.TrimSpace(fr), " ")
			i, err1 := strconv.Atoi(a)
			j, err2 := strconv.Atoi(b)
			if !ok || err1 != nil || err2 != nil || i < 0 || j < i || j >= len(byteAt) {
				return nil, fmt.Errorf("clean: %s:%d: bad offsets %q", file, n, fr)
			}
			s.frags = append(s.frags, [2]int{byteAt[i], byteAt[j]})
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

// spaceBytes marks the bytes of white-space characters (and of invisible ones cleaning
// drops: zero-width spaces, soft hyphens, byte order marks).
func spaceBytes(b []byte) []bool {
	out := make([]bool, len(b))
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF || r == 0xAD || r == 0x2060 {
			for k := range size {
				out[i+k] = true
			}
		}
		i += size
	}
	return out
}
