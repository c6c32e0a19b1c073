package quote

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
)

// Prepare turns a raw article text into an analysed document whose Text is the same bytes
// (the CLI passes one running the pipeline's per-document stages). A nil Prepare runs the
// extractor alone on a bare document.
type Prepare func(ctx context.Context, id, text string) (*doc.Document, error)

// goldAttr is one annotated attribution: content and source as byte spans (several
// fragments each), the source empty when the annotation has none.
type goldAttr struct {
	content []doc.Span
	source  []doc.Span
	cue     []doc.Span
}

// goldDoc is one article with its gold attributions.
type goldDoc struct {
	name  string
	text  string
	attrs []goldAttr
}

// LoadPolNeAR reads a PolNeAR-style folder: text/NAME.txt and attributions/NAME_ANNOTATOR.ann
// (brat standoff, character offsets). Where an article has several annotators' files the
// first by name is the gold.
func LoadPolNeAR(dir string) ([]goldDoc, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("quote: no text/*.txt under %s", dir)
	}
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	sort.Strings(anns)
	sort.Strings(texts)
	var docs []goldDoc
	for _, tp := range texts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		gold := ""
		for _, a := range anns {
			base := strings.TrimSuffix(filepath.Base(a), ".ann")
			if i := strings.LastIndexByte(base, '_'); i > 0 && base[:i] == name {
				gold = a
				break
			}
		}
		if gold == "" {
			continue
		}
		b, err := os.ReadFile(tp)
		if err != nil {
			return nil, fmt.Errorf("quote: %w", err)
		}
		ab, err := os.ReadFile(gold)
		if err != nil {
			return nil, fmt.Errorf("quote: %w", err)
		}
		attrs, err := parseBrat(gold, string(b), string(ab))
		if err != nil {
			return nil, err
		}
		docs = append(docs, goldDoc{name: name, text: string(b), attrs: attrs})
	}
	return docs, nil
}

// parseBrat reads brat standoff attributions; offsets are characters (code points) of text
// and come back as byte spans.
func parseBrat(name, text, ann string) ([]goldAttr, error) {
	// Character offset -> byte offset.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	type tb struct {
		kind  string
		spans []doc.Span
	}
	tbs := map[string]tb{}
	var attrs []goldAttr
	lines := strings.Split(ann, "\n")
	for ln, line := range lines {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		where := fmt.Sprintf("%s:%d", name, ln+1)
		switch {
		case strings.HasPrefix(f[0], "T"):
			if len(f) < 2 {
				return nil, fmt.Errorf("quote: %s: bad text-bound line", where)
			}
			kind, rest, _ := strings.Cut(f[1], " ")
			var spans []doc.Span
			for _, frag := range strings.Split(rest, ";") {
				a, b, ok := strings.Cut(frag, " ")
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || s < 0 || e < s || e >= len(byteAt) {
					return nil, fmt.Errorf("quote: %s: bad span %q", where, frag)
				}
				spans = append(spans, doc.Span{Start: byteAt[s], End: byteAt[e]})
			}
			tbs[f[0]] = tb{kind: kind, spans: spans}
		}
	}
	for ln, line := range lines {
		f := strings.Split(line, "\t")
		if len(f) < 2 || !strings.HasPrefix(f[0], "E") {
			continue
		}
		var g goldAttr
		for _, role := range strings.Fields(f[1]) {
			r, id, ok := strings.Cut(role, ":")
			if !ok {
				continue
			}
			t, ok := tbs[id]
			if !ok {
				return nil, fmt.Errorf("quote: %s:%d: unknown annotation %s", name, ln+1, id)
			}
			switch {
			case strings.HasPrefix(r, "Content"):
				g.content = append(g.content, t.spans...)
			case r == "Source":
				g.source = append(g.source, t.spans...)
			case r == "Cue":
				g.cue = append(g.cue, t.spans...)
			}
		}
		if len(g.content) > 0 {
			attrs = append(attrs, g)
		}
	}
	return attrs, nil
}

// pred is one predicted content with its source names.
type pred struct {
	spans   []doc.Span // the pieces of one statement (a quotation interrupted by its cue)
	sources []string
	label   string
}

// Evaluate scores quotes and attributions against PolNeAR-style annotations at dir (see
// LoadPolNeAR). A gold attribution is found when a prediction's content covers at least half
// of its words; a prediction is right when at least half of its words lie in one gold
// content; the source matches too when the prediction's source words (speaker text or
// entity name) share a content word with the gold source, and a gold without a source needs
// a prediction without one.
func Evaluate(ctx context.Context, dir string, opts eval.Options, prepare Prepare) (*eval.Result, error) {
	docs, err := LoadPolNeAR(dir)
	if err != nil {
		return nil, err
	}
	if prepare == nil {
		x, err := New()
		if err != nil {
			return nil, err
		}
		prepare = func(ctx context.Context, id, text string) (*doc.Document, error) {
			d := &doc.Document{ID: id, Text: text}
			return d, x.Extract(ctx, d)
		}
	}
	var content, source counts
	var errs []string
	golds := 0
	for _, g := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := prepare(ctx, g.name, g.text)
		if err != nil {
			return nil, fmt.Errorf("quote: %s: %w", g.name, err)
		}
		if d.Text != g.text {
			return nil, fmt.Errorf("quote: %s: the prepared document changed the text", g.name)
		}
		golds += len(g.attrs)
		c, s, e := scoreDoc(g, predictions(d))
		content.add(c)
		source.add(s)
		errs = append(errs, e...)
	}
	res := &eval.Result{
		Task:    "attribution",
		Dataset: dir,
		Extra: []string{fmt.Sprintf("%d articles, %d gold attributions, %d predictions", len(docs), golds, content.preds),
			fmt.Sprintf("content        P %.4f R %.4f F1 %.4f", content.precision(), content.recall(), content.f1()),
			fmt.Sprintf("content+source P %.4f R %.4f F1 %.4f", source.precision(), source.recall(), source.f1())},
		Rows: []eval.Row{
			{Label: "content precision", Correct: content.right, Total: content.preds},
			{Label: "content recall", Correct: content.found, Total: content.gold},
			{Label: "content+source prec.", Correct: source.right, Total: source.preds},
			{Label: "content+source recall", Correct: source.found, Total: source.gold},
		},
		Errors: errs,
		Metric: "content_f1",
		Value:  content.f1(),
		Scores: map[string]float64{
			"content_source_f1":        source.f1(),
			"content_precision":        content.precision(),
			"content_recall":           content.recall(),
			"content_source_precision": source.precision(),
			"content_source_recall":    source.recall(),
		},
	}
	return res, nil
}

// predictions collects the document's attributed contents: quotes with a cue and every
// attribution. Contents sharing one cue occurrence are one statement ("A," he said. "B.",
// or a quoted phrase inside the reported clause that holds it) and become one prediction
// spanning them, as an annotator marks one attribution with several content pieces.
func predictions(d *doc.Document) []pred {
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	type group struct {
		p   pred
		cue int
	}
	byCue := map[int]int{}
	var groups []group
	add := func(sp doc.Span, cue int, ent, text, label string) {
		if gi, ok := byCue[cue]; ok {
			g := &groups[gi]
			g.p.spans = append(g.p.spans, sp)
			return
		}
		p := pred{spans: []doc.Span{sp}, label: label}
		if text != "" {
			p.sources = append(p.sources, text)
		}
		if n := names[ent]; n != "" {
			p.sources = append(p.sources, n)
		}
		byCue[cue] = len(groups)
		groups = append(groups, group{p: p, cue: cue})
	}
	for _, q := range d.Quotes {
		if q.Cue == nil {
			continue
		}
		add(doc.Span{Start: q.Start, End: q.End}, q.Cue.Start, q.Speaker, q.SpeakerText, q.Kind)
	}
	for _, a := range d.Attributions {
		add(a.Claim.Span(), a.Cue.Start, a.Source, a.SourceText, "attribution")
	}
	out := make([]pred, len(groups))
	for i, g := range groups {
		out[i] = g.p
	}
	return out
}

// word is a word of the text by byte offset.
type word struct{ s, e int }

func textWords(text string) []word {
	var ws []word
	start := -1
	for i, r := range text {
		isW := unicode.IsLetter(r) || unicode.IsDigit(r)
		if isW && start < 0 {
			start = i
		} else if !isW && start >= 0 {
			ws = append(ws, word{start, i})
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, word{start, len(text)})
	}
	return ws
}

// wordSet returns the indices of words starting inside any of spans.
func wordSet(ws []word, spans []doc.Span) map[int]bool {
	m := map[int]bool{}
	for _, sp := range spans {
		k := sort.Search(len(ws), func(i int) bool { return ws[i].s >= sp.Start })
		for ; k < len(ws) && ws[k].s < sp.End; k++ {
			m[k] = true
		}
	}
	return m
}

func overlap(a, b map[int]bool) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// sourceWords are the lower-case content words of a source name; a source of only function
// words (a pronoun) keeps them.
func sourceWords(s string) map[string]bool {
	m := map[string]bool{}
	all := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		all[f] = true
		if !sourceStop[f] {
			m[f] = true
		}
	}
	if len(m) == 0 {
		return all
	}
	return m
}

var sourceStop = set("the", "a", "an", "of", "mr", "mrs", "ms", "dr", "s", "and", "in", "for", "to", "on", "at", "by", "with")

func sourceMatch(gold string, p pred) bool {
	if gold == "" {
		return len(p.sources) == 0
	}
	gw := sourceWords(gold)
	for _, s := range p.sources {
		for w := range sourceWords(s) {
			if gw[w] {
				return true
			}
		}
	}
	return false
}

// counts holds recall (gold found of gold) and precision (predictions right of
// predictions) counts, which differ when several predictions meet one gold.
type counts struct {
	found, gold, right, preds int
}

func (c *counts) add(o counts) {
	c.found += o.found
	c.gold += o.gold
	c.right += o.right
	c.preds += o.preds
}

func (c counts) precision() float64 { return frac(c.right, c.preds) }
func (c counts) recall() float64    { return frac(c.found, c.gold) }
func (c counts) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scoreDoc counts one article's content and content+source matches.
func scoreDoc(g goldDoc, preds []pred) (content, source counts, errs []string) {
	content.gold, source.gold = len(g.attrs), len(g.attrs)
	content.preds, source.preds = len(preds), len(preds)
	ws := textWords(g.text)
	gsets := make([]map[int]bool, len(g.attrs))
	gsrc := make([]string, len(g.attrs))
	for i, a := range g.attrs {
		gsets[i] = wordSet(ws, a.content)
		var parts []string
		for _, s := range a.source {
			parts = append(parts, g.text[s.Start:s.End])
		}
		gsrc[i] = strings.Join(parts, " ")
	}
	psets := make([]map[int]bool, len(preds))
	for i, p := range preds {
		psets[i] = wordSet(ws, p.spans)
	}
	for i := range g.attrs {
		found, foundSrc := false, false
		var got []string
		for j := range preds {
			if len(gsets[i]) == 0 || 2*overlap(gsets[i], psets[j]) < len(gsets[i]) {
				continue
			}
			found = true
			got = append(got, strings.Join(preds[j].sources, "|"))
			if sourceMatch(gsrc[i], preds[j]) {
				foundSrc = true
			}
		}
		if found {
			content.found++
		} else {
			best := 0.0
			for j := range preds {
				if o := float64(overlap(gsets[i], psets[j])) / float64(max(1, len(gsets[i]))); o > best {
					best = o
				}
			}
			errs = append(errs, fmt.Sprintf("%s: missed(%.1f) [%s] <%s> %q", g.name, best, gsrc[i], spansText(g.text, g.attrs[i].cue), clip(spansText(g.text, g.attrs[i].content), 120)))
		}
		if foundSrc {
			source.found++
		} else {
			if found {
				errs = append(errs, fmt.Sprintf("%s: source: gold [%s] got %q %q", g.name, gsrc[i], got, clip(spansText(g.text, g.attrs[i].content), 80)))
			}
		}
	}
	for j, p := range preds {
		right, rightSrc := false, false
		for i := range g.attrs {
			if len(psets[j]) == 0 || 2*overlap(gsets[i], psets[j]) < len(psets[j]) {
				continue
			}
			right = true
			if sourceMatch(gsrc[i], p) {
				rightSrc = true
			}
		}
		if right {
			content.right++
		} else {
			errs = append(errs, fmt.Sprintf("%s: spurious %s [%s] %q", g.name, p.label, strings.Join(p.sources, "|"), clip(spansText(g.text, p.spans), 120)))
		}
		if rightSrc {
			source.right++
		} else if right {
			var golds []string
			for i := range g.attrs {
				if 2*overlap(gsets[i], psets[j]) >= len(psets[j]) {
					golds = append(golds, gsrc[i])
				}
			}
			errs = append(errs, fmt.Sprintf("%s: wrong source %s [%s] gold %q %q", g.name, p.label, strings.Join(p.sources, "|"), golds, clip(spansText(g.text, p.spans), 80)))
		}
	}
	return content, source, errs
}

func spansText(text string, spans []doc.Span) string {
	var parts []string
	for _, s := range spans {
		parts = append(parts, text[s.Start:s.End])
	}
	return strings.Join(parts, " … ")
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	k := n
	for k > 0 && !utf8.RuneStart(s[k]) {
		k--
	}
	return s[:k] + "…"
}
