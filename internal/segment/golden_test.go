package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/golden"
)

// TestGolden segments the project's own news sample and compares sentences and tokens with
// testdata/news.golden (rewrite it with `go test ./internal/segment -update`).
func TestGolden(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	d := &doc.Document{Text: text}
	Segment(d)
	var b strings.Builder
	k := 0
	for _, s := range d.Sentences {
		b.WriteString(text[s.Start:s.End])
		b.WriteString("\n\t")
		var toks []string
		for ; k < len(d.Tokens) && d.Tokens[k].End <= s.End; k++ {
			toks = append(toks, text[d.Tokens[k].Start:d.Tokens[k].End])
		}
		b.WriteString(strings.Join(toks, " | "))
		b.WriteString("\n")
	}
	golden.Check(t, filepath.Join("testdata", "news.golden"), []byte(b.String()))
}
