package timex

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

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
	path := filepath.Join("testdata", "news.golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("times of testdata/news.txt differ from %s (run with -update after checking):\n%s", path, got)
	}
}
