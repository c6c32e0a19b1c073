package segment

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

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
	golden := filepath.Join("testdata", "news.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/segment -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("%s:%d differs\n got %q\nwant %q\n(run go test ./internal/segment -update if the change is intended)", golden, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s: got %d lines, want %d", golden, len(gl), len(wl))
	}
}
