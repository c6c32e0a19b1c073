package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/neurosnap/sentences/english"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/corpus"
	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/pipeline"
	"github.com/parallax-news/parallax/internal/segment"
)

var (
	textOnce sync.Once
	text     string
	words    int
)

// corpusText is about 1 MB of generated news, the same bytes for every contender.
func corpusText() (string, int) {
	textOnce.Do(func() {
		var b strings.Builder
		for _, a := range corpus.Generate(7, 150, 800) {
			b.WriteString(a.Text())
			b.WriteString("\n\n")
		}
		text = b.String()
		words = len(strings.Fields(text))
	})
	return text, words
}

func report(b *testing.B, n int, w int) {
	b.SetBytes(int64(n))
	b.ReportMetric(float64(w)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkSentencesParallax(b *testing.B) {
	t, w := corpusText()
	for b.Loop() {
		segment.Sentences(t)
	}
	report(b, len(t), w)
}

func BenchmarkSentencesNeurosnap(b *testing.B) {
	t, w := corpusText()
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		tok.Tokenize(t)
	}
	report(b, len(t), w)
}

// articles is the corpus split back into articles, for the whole-pipeline contenders.
func articles() []string {
	var out []string
	for _, a := range corpus.Generate(7, 150, 800) {
		out = append(out, a.Text())
	}
	return out
}

func BenchmarkPipelineParallax(b *testing.B) {
	p, err := pipeline.New(pipeline.Config{Workers: 1, Published: "2026-03-10"})
	if err != nil {
		b.Fatal(err)
	}
	arts := articles()
	n, w := sizes(arts)
	ctx := context.Background()
	for b.Loop() {
		for i, a := range arts {
			d := clean.Clean(&doc.Source{Name: "a" + string(rune('0'+i%10)), Format: "text", Raw: []byte(a)})
			if err := p.Analyze(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	report(b, n, w)
}

// BenchmarkPipelineProse runs prose's whole document analysis (segmenter, tokenizer, tagger,
// named-entity extractor) over the first 20 articles.
func BenchmarkPipelineProse(b *testing.B) { runProse(b, false) }

// runProse times prose.NewDocument over the first 20 articles; with entities it also reads
// the entities it found.
func runProse(b *testing.B, entities bool) {
	arts := articles()[:20]
	n, w := sizes(arts)
	for b.Loop() {
		for _, a := range arts {
			d, err := prose.NewDocument(a)
			if err != nil {
				b.Fatal(err)
			}
			if entities {
				_ = d.Entities()
			}
		}
	}
	report(b, n, w)
}

// sizes is the bytes and words of the articles.
func sizes(arts []string) (n, w int) {
	for _, a := range arts {
		n += len(a)
		w += len(strings.Fields(a))
	}
	return n, w
}

type golden struct {
	Text     string   `json:"text"`
	Expected []string `json:"expected"`
}

// TestAccuracy reports how many golden rules of sentence splitting each splitter passes.
func TestAccuracy(t *testing.T) {
	f, err := os.Open("../../shared/data/sentences/golden_rules_en.jsonl")
	if err != nil {
		t.Skip("../../shared/data/sentences not found; run from a checkout with ../shared beside it")
	}
	defer f.Close()
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	var total, ours, theirs int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g golden
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		total++
		var got []string
		for _, s := range segment.Sentences(g.Text) {
			got = append(got, strings.TrimSpace(g.Text[s.Start:s.End]))
		}
		if equal(got, g.Expected) {
			ours++
		}
		got = got[:0]
		for _, s := range tok.Tokenize(g.Text) {
			got = append(got, strings.TrimSpace(s.Text))
		}
		if equal(got, g.Expected) {
			theirs++
		}
	}
	t.Logf("golden rules passed: parallax %d/%d, neurosnap/sentences %d/%d", ours, total, theirs, total)
	if ours < theirs {
		t.Errorf("parallax passes fewer golden rules (%d) than neurosnap/sentences (%d)", ours, theirs)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != strings.TrimSpace(b[i]) {
			return false
		}
	}
	return true
}
