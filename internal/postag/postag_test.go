package postag

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/lemma"
	"github.com/parallax-news/parallax/internal/segment"
)

func TestReadCoNLLU(t *testing.T) {
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f, "tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		words string
		tags  string
	}{
		{"plain", "The envoy left Moscow .", "DT NN VBD NNP ."},
		{"hyphen joined", "A well-known envoy arrives .", "DT VBN NN VBZ ."},
	}
	if len(sents) != len(tests) {
		t.Fatalf("got %d sentences, want %d", len(sents), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(sents[i].Words, " "); got != tt.words {
				t.Errorf("words: got %q, want %q", got, tt.words)
			}
			if got := strings.Join(sents[i].Tags, " "); got != tt.tags {
				t.Errorf("tags: got %q, want %q", got, tt.tags)
			}
		})
	}
	if got := sents[1].Lemmas[1]; got != "well-know" {
		t.Errorf("joined lemma: got %q, want %q", got, "well-know")
	}
}

func TestReadCoNLLUError(t *testing.T) {
	_, err := ReadCoNLLU(strings.NewReader("1\tbad\tline\n"), "bad.conllu")
	if err == nil || !strings.Contains(err.Error(), "bad.conllu:1") {
		t.Errorf("got %v, want an error naming bad.conllu:1", err)
	}
}

// TestTrainRoundTrip trains on a small hand-written corpus, writes and reads the model back
// and checks it tags its training words.
func TestTrainRoundTrip(t *testing.T) {
	sents := []Sentence{
		{Words: []string{"The", "minister", "left", "Moscow", "."}, Tags: []string{"DT", "NN", "VBD", "NNP", "."}},
		{Words: []string{"Officials", "met", "in", "Vienna", "."}, Tags: []string{"NNS", "VBD", "IN", "NNP", "."}},
		{Words: []string{"He", "left", "the", "talks", "."}, Tags: []string{"PRP", "VBD", "DT", "NNS", "."}},
	}
	m, err := Train(sents, TrainOptions{Iterations: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tg := newTagger(back, nil)
	for _, s := range sents {
		got := tg.Tag(s.Words)
		if strings.Join(got, " ") != strings.Join(s.Tags, " ") {
			t.Errorf("Tag(%q) = %q, want %q", s.Words, got, s.Tags)
		}
	}
	if _, err := ReadModel(strings.NewReader("not gzip")); err == nil {
		t.Error("ReadModel accepted garbage")
	}
}

func TestTrainErrors(t *testing.T) {
	_, err := Train([]Sentence{{Words: []string{"a"}, Tags: nil}}, TrainOptions{})
	if err == nil {
		t.Error("Train accepted a sentence without tags")
	}
}

func TestTagDocument(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"news sentence", "Iran's foreign minister met Putin in Moscow on Monday.", "NNP POS JJ NN VBD NNP IN NNP IN NNP ."},
		{"two sentences", "He left. They stayed.", "PRP VBD . PRP VBD ."},
		{"quote", `"We will not fight," he said.`, "`` PRP MD RB VB , '' PRP VBD ."},
		{"quote mid-sentence", `They hold "serious consultations." Then they left.`, "PRP VBP `` JJ NNS . '' RB PRP VBD ."},
		{"typographic quotes", "He called it “a mistake”.", "PRP VBD PRP `` DT NN '' ."},
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Text: tt.text}
			segment.Segment(d)
			tg.TagDocument(d)
			var got []string
			for _, tk := range d.Tokens {
				got = append(got, tk.Tag)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("tags of %q:\n got %s\nwant %s", tt.text, strings.Join(got, " "), tt.want)
			}
		})
	}
}

// TestGUMAccuracy measures the embedded model on GUM's held-out test documents.
func TestGUMAccuracy(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "entities", "gum", "dep")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("GUM absent (%v): run from a checkout next to ../shared", err)
	}
	sents, nd, err := ReadGUM(dir, "test")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	c, n := tg.Accuracy(sents)
	acc := float64(c) / float64(n)
	t.Logf("GUM test (%d documents, %d words): accuracy %.4f", nd, n, acc)
	if acc < 0.95 {
		t.Errorf("GUM test accuracy %.4f, want at least 0.95", acc)
	}
}

func TestEvaluateFixture(t *testing.T) {
	res, err := Evaluate(context.Background(), filepath.Join("testdata", "tiny.conllu"), eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Rows[0].Total; got != 10 {
		t.Errorf("words scored: got %d, want 10", got)
	}
	if res.Value < 0.75 {
		t.Errorf("accuracy on the fixture: got %.3f, want at least 0.75 (%q)", res.Value, res.Errors)
	}
}

// FuzzTagDocument holds that any segmented text gets a known tag on every token, and that
// lemmas never come back empty.
func FuzzTagDocument(f *testing.F) {
	for _, s := range []string{
		"Iran's foreign minister met Putin in Moscow on Monday.",
		`"We will not fight," he said. ‘Never’ — she wrote.`,
		"\xff\xfe 'em don't S-400s 1,000.5%",
		"",
	} {
		f.Add(s)
	}
	tg, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	lex, err := lemma.Default()
	if err != nil {
		f.Fatal(err)
	}
	known := map[string]bool{}
	for _, c := range tg.m.Classes {
		known[c] = true
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := &doc.Document{Text: text}
		segment.Segment(d)
		tg.TagDocument(d)
		lex.Document(d)
		for _, tk := range d.Tokens {
			if !known[tk.Tag] {
				t.Fatalf("token %q got tag %q", text[tk.Start:tk.End], tk.Tag)
			}
			if tk.Lemma == "" {
				t.Fatalf("token %q (%s) got an empty lemma", text[tk.Start:tk.End], tk.Tag)
			}
		}
	})
}

// TestConcurrent tags documents from several goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "The envoy left Moscow on Monday. \"We will return,\" he said."
	want := ""
	done := make(chan string, 8)
	for range 8 {
		go func() {
			d := &doc.Document{Text: text}
			segment.Segment(d)
			tg.TagDocument(d)
			var tags []string
			for _, tk := range d.Tokens {
				tags = append(tags, tk.Tag)
			}
			done <- strings.Join(tags, " ")
		}()
	}
	for range 8 {
		got := <-done
		if want == "" {
			want = got
		}
		if got != want {
			t.Errorf("goroutines disagree: %q vs %q", got, want)
		}
	}
}
