package timex

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/golden"
)

// TestGolden pins every expression found in our own example article, published on a Monday
// (2025-06-23). Rewrite with: go test ./internal/timex -run Golden -update
func TestGolden(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Text: string(raw), Published: "2025-06-23"}
	if err := Extract(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(d.Times, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden.Check(t, filepath.Join("testdata", "news.golden.json"), got)
}
