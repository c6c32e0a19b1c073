package quote

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

// TestSeedsDump prints what the extractor finds in the seed articles (with -v); it checks
// the span invariants on real text.
func TestSeedsDump(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/seeds not found; run from the repository inside the workspace")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := &doc.Document{Text: string(b)}
		if err := x.Extract(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d)
		for _, q := range d.Quotes {
			cue := ""
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			t.Logf("%s Q %-8s [%s] <%s> %q via=%v closed=%v", filepath.Base(f)[:3], q.Kind, q.SpeakerText, cue, q.Text, q.Via, q.Closed != nil)
		}
		for _, a := range d.Attributions {
			t.Logf("%s A [%s] <%s> %q via=%v", filepath.Base(f)[:3], a.SourceText, a.Cue.Text, a.Claim.Text, a.Via)
		}
	}
}

// checkSpans asserts that every span's text equals the document's text at its offsets.
func checkSpans(t *testing.T, d *doc.Document) {
	t.Helper()
	at := func(s, e int, text, what string) {
		if s < 0 || e > len(d.Text) || s > e || d.Text[s:e] != text {
			t.Errorf("%s span [%d,%d) text %q does not match the document", what, s, e, text)
		}
	}
	for _, q := range d.Quotes {
		at(q.Start, q.End, q.Text, "quote")
		if q.Cue != nil {
			at(q.Cue.Start, q.Cue.End, q.Cue.Text, "quote cue")
		}
	}
	for _, a := range d.Attributions {
		at(a.Claim.Start, a.Claim.End, a.Claim.Text, "claim")
		at(a.Cue.Start, a.Cue.End, a.Cue.Text, "attribution cue")
	}
}
