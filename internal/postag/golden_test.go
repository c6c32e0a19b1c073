package postag

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/golden"
	"github.com/parallax-news/parallax/internal/lemma"
	"github.com/parallax-news/parallax/internal/segment"
)

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
	golden.Check(t, filepath.Join("testdata", "news.golden"), []byte(b.String()))
}
