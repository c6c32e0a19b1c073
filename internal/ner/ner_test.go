package ner

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
)

func TestTag(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		words string
		want  map[string]string // word -> label
	}{
		{
			name:  "invented names",
			words: "Ministers from Ruritania met Anna Kowalczyk of the Baltic Shipping Union in Gdansk .",
			want: map[string]string{"Ministers": "O", "Ruritania": "B-", "Anna": "B-PER", "Kowalczyk": "I-PER",
				"Baltic": "B-ORG", "Shipping": "I-ORG", "Union": "I-ORG", "Gdansk": "B-LOC", "met": "O"},
		},
		{
			name:  "possessive split",
			words: "Jonas Vahl 's party won the vote in Norway on Sunday .",
			want:  map[string]string{"Jonas": "B-PER", "Vahl": "I-PER", "'s": "O", "Norway": "B-", "Sunday": "O", "party": "O"},
		},
		{
			name:  "possessive kept on the word",
			words: "Jonas Vahl's party won the vote in Norway on Sunday .",
			want:  map[string]string{"Jonas": "B-PER", "Vahl's": "I-PER", "Norway": "B-", "Sunday": "O", "party": "O"},
		},
		{
			name:  "headline",
			words: "Protesters Clash With Police In Tbilisi As Prime Minister Irakli Garibashvili Resigns",
			want:  map[string]string{"Protesters": "O", "Police": "O", "Tbilisi": "B-", "Garibashvili": "I-PER", "Resigns": "O"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := strings.Fields(tc.words)
			got := tg.Tag(words)
			if len(got) != len(words) {
				t.Fatalf("Tag(%q) gave %d labels, want %d", tc.words, len(got), len(words))
			}
			for i, w := range words {
				want, ok := tc.want[w]
				if !ok {
					continue
				}
				if want == "B-" {
					if got[i] != "B-LOC" {
						t.Errorf("%q: got %s, want B-LOC (labels %v)", w, got[i], got)
					}
				} else if got[i] != want {
					t.Errorf("%q: got %s, want %s (labels %v)", w, got[i], want, got)
				}
			}
		})
	}
}

func TestTagEmpty(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := tg.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v, want none", got)
	}
}

func TestSpans(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := "Anna Kowalczyk’s ship left Gdansk. The Baltic Shipping Union said nothing."
	d := &doc.Document{Text: text}
	for i := 0; i < len(text); {
		j := i
		switch {
		case text[i] == ' ':
			i++
			continue
		case text[i] == '.':
			j = i + 1
		default:
			for j < len(text) && text[j] != ' ' && text[j] != '.' {
				j++
			}
		}
		d.Tokens = append(d.Tokens, doc.Token{Start: i, End: j})
		i = j
	}
	first := strings.Index(text, ".") + 1
	tests := []struct {
		name string
		sent doc.Span
		want []string // text/type
	}{
		{"first sentence", doc.Span{Start: 0, End: first}, []string{"Anna Kowalczyk/PER", "Gdansk/LOC"}},
		{"second sentence", doc.Span{Start: first + 1, End: len(text)}, []string{"Baltic Shipping Union/ORG"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range tg.Spans(d, tc.sent) {
				if s.Score < 0.5 || s.Score > 1 {
					t.Errorf("span %q: score %v out of [0.5, 1]", text[s.Start:s.End], s.Score)
				}
				if s.TitleStart > s.Start {
					t.Errorf("span %q: title start %d after start %d", text[s.Start:s.End], s.TitleStart, s.Start)
				}
				got = append(got, text[s.Start:s.End]+"/"+s.Type)
			}
			if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
				t.Errorf("Spans = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Features() != tg.Features() {
		t.Fatalf("round trip: got %d features, want %d", back.Features(), tg.Features())
	}
	words := strings.Fields("The Baltic Shipping Union met in Gdansk on Monday , said Anna Kowalczyk .")
	if a, b := strings.Join(tg.Tag(words), " "), strings.Join(back.Tag(words), " "); a != b {
		t.Errorf("round trip changed labels: got %s, want %s", b, a)
	}
}

func TestDecodeBad(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", embedded[:len(embedded)/2]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Decode(bytes.NewReader(tc.data)); err == nil {
				t.Errorf("Decode(%s) succeeded, want an error", tc.name)
			}
		})
	}
}

func TestParseGMB(t *testing.T) {
	in := "Sentence #,Word,POS,Tag\n" +
		"Sentence: 1,Anna,NNP,B-per\n,Kowalczyk,NNP,I-per\n,\"\"\"\",``,O\n,on,IN,O\n,Monday,NNP,B-tim\n" +
		"Sentence: 2,in,IN,O\n,Gdansk,NNP,I-geo\n,\"1,000\",CD,O\n,Polish,JJ,B-gpe\n,Nepal,NNP,B-gpe\n"
	got, err := parseGMB(strings.NewReader(in), "test")
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{N: 1, Words: []string{"Anna", "Kowalczyk", "\"", "on", "Monday"}, Labels: []string{"B-PER", "I-PER", "O", "O", "O"}},
		{N: 2, Words: []string{"in", "Gdansk", "1,000", "Polish", "Nepal"}, Labels: []string{"O", "B-LOC", "O", "B-GPE", "B-LOC"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(got), len(want))
	}
	for i := range want {
		if strings.Join(got[i].Words, "|") != strings.Join(want[i].Words, "|") || strings.Join(got[i].Labels, "|") != strings.Join(want[i].Labels, "|") || got[i].N != want[i].N {
			t.Errorf("sentence %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	if _, err := parseGMB(strings.NewReader("Sentence: 1,a,DT,B-xyz\n"), "bad"); err == nil || !strings.Contains(err.Error(), "bad:1") {
		t.Errorf("unknown tag: got error %v, want one naming bad:1", err)
	}
}

// gmbPath finds the GMB extract under ../shared from the repository root.
func gmbPath(t testing.TB) string {
	p := filepath.Join("..", "..", "..", "shared", "data", "entities", "gmb", "ner_dataset.csv.zip")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("GMB extract not found at %s (needs /work/shared/data): %v", p, err)
	}
	return p
}

// TestHeldOutGMB guards the model's quality on the held-out GMB split.
func TestHeldOutGMB(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the GMB extract; skipped in -short mode")
	}
	res, err := Evaluate(context.Background(), gmbPath(t), eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const floor = 0.85
	if res.Value < floor {
		t.Errorf("held-out GMB micro F1 = %.4f, want at least %.2f", res.Value, floor)
	}
}

// TestHeldOutGUMNews guards Document's quality on the GUM news documents that GUM's splits
// put in dev and test, which the model never trains on.
func TestHeldOutGUMNews(t *testing.T) {
	src := filepath.Join("..", "..", "..", "shared", "data", "entities", "gum-news", "dep")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("GUM news not found at %s (needs /work/shared/data): %v", src, err)
	}
	dir := t.TempDir()
	for _, name := range []string{"homeopathic", "iodine", "nasa", "sensitive"} {
		b, err := os.ReadFile(filepath.Join(src, "GUM_news_"+name+".conllu"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".conllu"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Evaluate(context.Background(), dir, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const floor = 0.54
	if res.Value < floor {
		t.Errorf("held-out GUM news micro F1 = %.4f, want at least %.2f", res.Value, floor)
	}
}
