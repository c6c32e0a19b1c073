package postag

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/lemma"
	"github.com/parallax-news/parallax/internal/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden tags and lemmatises the segmenter's news sample (the project's own text) and
// compares with testdata/news.golden, so a retrained model's changes show up in review
// (rewrite it with `go test ./internal/postag -update`).
func TestGolden(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "segment", "testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	d := &doc.Document{Text: text}
	segment.Segment(d)
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := lemma.Default()
	if err != nil {
		t.Fatal(err)
	}
	tg.TagDocument(d)
	lex.Document(d)
	var b strings.Builder
	k := 0
	for _, s := range d.Sentences {
		var parts []string
		for ; k < len(d.Tokens) && d.Tokens[k].End <= s.End; k++ {
			tk := d.Tokens[k]
			parts = append(parts, text[tk.Start:tk.End]+"/"+tk.Tag+"/"+tk.Lemma)
		}
		b.WriteString(strings.Join(parts, " "))
		b.WriteString("\n")
	}
	golden := filepath.Join("testdata", "news.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/postag -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("%s:%d differs\n got %s\nwant %s\n(run go test ./internal/postag -update if the change is intended)", golden, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s: got %d lines, want %d", golden, len(gl), len(wl))
	}
}
