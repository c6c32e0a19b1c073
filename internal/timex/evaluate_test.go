package timex

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/eval"
)

func TestParseCAT(t *testing.T) {
	docs, err := loadCAT(filepath.Join("testdata", "cat"))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(docs))
	}
	g := docs[0]
	wantText := "Harbour reopens after storm\n\nJune 23, 2025\n\nThe harbour reopened on Monday after three days of repairs. Ferries will run every hour. The storm hit last week. Repairs continue in the future. Officials met in 2019."
	if g.Text != wantText {
		t.Errorf("text:\ngot  %q\nwant %q", g.Text, wantText)
	}
	if g.DCT != "2025-06-23" {
		t.Errorf("DCT: got %q, want 2025-06-23", g.DCT)
	}
	// the empty (token-less) TIMEX3 is dropped; the creation time is kept and flagged
	if len(g.Timexs) != 7 {
		t.Fatalf("got %d timexes, want 7", len(g.Timexs))
	}
	tests := []struct {
		name, text string
		dct        bool
	}{
		{"dct", "June 23, 2025", true},
		{"weekday", "Monday", false},
		{"duration", "three days", false},
		{"set", "every hour", false},
		{"week", "last week", false},
		{"future", "the future", false},
		{"year", "2019", false},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := g.Timexs[i]
			if got := g.Text[x.Start:x.End]; got != tc.text || x.DCT != tc.dct {
				t.Errorf("timex %d: got %q dct=%v, want %q dct=%v", i, got, x.DCT, tc.text, tc.dct)
			}
		})
	}
	// only the first six sentences are in scope; this fixture's seventh ("Officials met in
	// 2019.") is outside it
	if g.Scope != len("Harbour reopens after storm\n\nJune 23, 2025\n\nThe harbour reopened on Monday after three days of repairs. Ferries will run every hour. The storm hit last week. Repairs continue in the future.") {
		t.Errorf("scope %d does not end after the sixth sentence", g.Scope)
	}
}

func TestEvaluateFixture(t *testing.T) {
	res, err := Evaluate(context.Background(), filepath.Join("testdata", "cat"), eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// five gold expressions in scope, all found with their values
	if res.Metric != "relaxed_f1" || res.Value != 1 {
		t.Errorf("relaxed F1: got %s %.3f, want relaxed_f1 1 (errors %v)", res.Metric, res.Value, res.Errors)
	}
	if v := res.Scores["value_accuracy"]; v != 1 {
		t.Errorf("value accuracy: got %.3f, want 1 (errors %v)", v, res.Errors)
	}
	if _, err := Evaluate(context.Background(), t.TempDir(), eval.Options{}); err == nil {
		t.Error("Evaluate on an empty folder: want an error")
	}
}

// TestEvaluateMEANTIME runs the real dataset when it is there and holds the targets.
func TestEvaluateMEANTIME(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "time", "meantime-en")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("MEANTIME not found at %s (see ../shared/data/README.md); skipping", dir)
	}
	res, err := Evaluate(context.Background(), dir, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Value < 0.85 || res.Scores["value_accuracy"] < 0.80 {
		t.Errorf("MEANTIME: relaxed F1 %.3f (want >= 0.85), value accuracy %.3f (want >= 0.80)", res.Value, res.Scores["value_accuracy"])
	}
}
