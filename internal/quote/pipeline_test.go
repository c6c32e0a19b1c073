//go:build quotedev

// Run with: QUOTE_TEXT="..." go test -tags quotedev ./internal/quote -run PipelineDump -v

package quote_test

import (
	"context"
	"os"
	"testing"

	"github.com/parallax-news/parallax/internal/pipeline"
)

// TestPipelineDump logs what the whole per-document pipeline gives the quote stage for the
// text in QUOTE_TEXT; it is a tool for looking at errors by hand.
func TestPipelineDump(t *testing.T) {
	text := os.Getenv("QUOTE_TEXT")
	if text == "" {
		t.Skip("set QUOTE_TEXT to a text to analyse")
	}
	p, err := pipeline.New(pipeline.Config{Workers: 1, Tokens: true})
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.AnalyzeText(context.Background(), "t", text, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Sentences {
		t.Logf("SENT %s %q", s.Voice, d.Text[s.Start:s.End])
	}
	for _, k := range d.Tokens {
		t.Logf("TOK %q %s", d.Text[k.Start:k.End], k.Tag)
	}
	for _, m := range d.Mentions {
		t.Logf("MENTION %q %s %s %s", m.Text, m.Type, m.Kind, m.Entity)
	}
	for _, q := range d.Quotes {
		cue := ""
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		t.Logf("QUOTE %s [%s|%s] <%s> %q", q.Kind, q.SpeakerText, q.Speaker, cue, q.Text)
	}
	for _, a := range d.Attributions {
		t.Logf("ATTR [%s|%s] <%s> %q via %v", a.SourceText, a.Source, a.Cue.Text, a.Claim.Text, a.Via)
	}
}
