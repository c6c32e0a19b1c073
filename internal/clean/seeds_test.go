package clean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/parallax-news/parallax/internal/doc"
)

// sharedDir returns ../shared seen from the repository root, skipping the test when absent.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", sub)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent (the shared seed articles live next to the repository): %v", p, err)
	}
	return p
}

// norm compares texts the way the seed check does: case, surrounding space and punctuation
// and a leading article ignored.
func normText(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	for _, a := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, a)
	}
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(".,;:\"'", r) })
}

func TestSeeds(t *testing.T) {
	dir := sharedDir(t, "seeds")
	b, err := os.ReadFile(filepath.Join(dir, "expectations.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Documents []struct {
			File     string  `json:"file"`
			Lang     string  `json:"lang"`
			Title    *string `json:"title"`
			Subtitle *string `json:"subtitle"`
			Dateline *string `json:"dateline"`
			Blocks   []struct{ Kind, Text string }
			Notes    []struct{ Kind, Near string }
		} `json:"documents"`
	}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatal(err)
	}
	for _, de := range exp.Documents {
		t.Run(de.File, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, de.File))
			if err != nil {
				t.Fatal(err)
			}
			d := Clean(&doc.Source{Name: de.File, File: de.File, Format: "text", Raw: raw})
			if d.Error != "" {
				t.Fatal(d.Error)
			}
			checkDoc(t, raw, d)
			for _, f := range []struct {
				name string
				want *string
				got  string
			}{{"title", de.Title, d.Title}, {"subtitle", de.Subtitle, d.Subtitle}, {"dateline", de.Dateline, d.Dateline}} {
				if f.want != nil && normText(f.got) != normText(*f.want) {
					t.Errorf("%s %q, want %q", f.name, f.got, *f.want)
				}
			}
			if de.Title == nil && strings.Contains(d.Title, "Illustrative photo") {
				t.Errorf("the photo caption became the title %q", d.Title)
			}
			for _, be := range de.Blocks {
				found := false
				for _, g := range blockText(d, be.Kind) {
					found = found || normText(g) == normText(be.Text)
				}
				if !found {
					t.Errorf("no %s block %q; got %q", be.Kind, be.Text, blockText(d, be.Kind))
				}
			}
			for _, ne := range de.Notes {
				if !noteNear(d, ne.Kind, ne.Near) {
					t.Errorf("no %s note near %q", ne.Kind, ne.Near)
				}
			}
			if strings.Contains(d.Text, "Advertisement") {
				t.Errorf("boilerplate left in the cleaned text")
			}
		})
	}
}
