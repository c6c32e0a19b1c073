//go:build quotedev

// Tools for looking at errors by hand, not tests:
//   QUOTE_DOC=name-prefix go test -tags quotedev ./internal/quote -run DumpDoc -v

package quote

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

// TestDumpDoc logs predictions for one PolNeAR article (QUOTE_DOC=name-prefix), for
// looking at errors by hand.
func TestDumpDoc(t *testing.T) {
	name := os.Getenv("QUOTE_DOC")
	if name == "" {
		t.Skip("set QUOTE_DOC to an article name prefix")
	}
	dir := filepath.Join("..", "..", "..", "shared", "data", "attribution", "polnear-dev")
	docs, err := LoadPolNeAR(dir)
	if err != nil {
		t.Skip(err)
	}
	x, _ := New()
	for _, g := range docs {
		if !strings.HasPrefix(g.name, name) {
			continue
		}
		d := &doc.Document{Text: g.text}
		if err := x.Extract(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, p := range predictions(d) {
			t.Logf("PRED %s [%s] %q", p.label, strings.Join(p.sources, "|"), clip(spansText(g.text, p.spans), 150))
		}
		for _, a := range g.attrs {
			t.Logf("GOLD [%s] <%s> %q", spansText(g.text, a.source), spansText(g.text, a.cue), clip(spansText(g.text, a.content), 150))
		}
	}
}
