package clean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/golden"
)

// pinned is what a golden file pins: the cleaned text, its blocks and notes.
type pinned struct {
	Title, Subtitle, Dateline string
	Text                      string
	Blocks                    []string
	Notes                     []string
}

func TestGolden(t *testing.T) {
	for _, name := range []string{"wire.txt", "article.html", "messy.html"} {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			format := "text"
			if strings.HasSuffix(name, ".html") {
				format = "html"
			}
			d := Clean(&doc.Source{Name: name, Format: format, Raw: raw})
			if d.Error != "" {
				t.Fatal(d.Error)
			}
			checkDoc(t, raw, d)
			g := pinned{Title: d.Title, Subtitle: d.Subtitle, Dateline: d.Dateline, Text: d.Text}
			for _, b := range d.Blocks {
				if b.Start == nil {
					g.Blocks = append(g.Blocks, b.Kind+" (removed): "+b.Raw)
				} else {
					g.Blocks = append(g.Blocks, b.Kind+": "+d.Text[*b.Start:*b.End])
				}
			}
			for _, n := range d.Notes {
				g.Notes = append(g.Notes, n.Kind+": "+d.Text[n.Start:n.End]+" | raw: "+n.Raw)
			}
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join("testdata", strings.TrimSuffix(name, filepath.Ext(name))+".golden.json")
			golden.Check(t, file, append(got, '\n'))
		})
	}
}
