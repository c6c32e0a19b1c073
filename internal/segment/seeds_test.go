package segment

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedSentences checks the sentences the seed expectations name appear whole in the
// seed articles' text (read from ../shared/seeds; never copied here).
func TestSeedSentences(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	raw, err := os.ReadFile(filepath.Join(dir, "expectations.json"))
	if err != nil {
		t.Skipf("seeds absent (%v): run from a checkout next to ../shared", err)
	}
	var exp struct {
		Documents []struct {
			File      string `json:"file"`
			Sentences []struct {
				Text string `json:"text"`
			} `json:"sentences"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	for _, d := range exp.Documents {
		text, err := os.ReadFile(filepath.Join(dir, d.File))
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, s := range Sentences(string(text)) {
			got[string(text[s.Start:s.End])] = true
		}
		for _, s := range d.Sentences {
			t.Run(d.File+"/"+s.Text[:min(30, len(s.Text))], func(t *testing.T) {
				if i := strings.Index(string(text), s.Text); i > 0 && !isSpace(rune(text[i-1])) {
					t.Skipf("%q is glued to the text before it: the cleaner repairs that", s.Text)
				}
				if !got[s.Text] {
					for g := range got {
						if strings.Contains(g, s.Text[:20]) || strings.Contains(s.Text, g) && len(g) > 20 {
							t.Logf("near: %q", g)
						}
					}
					t.Errorf("no sentence %q in %s", s.Text, d.File)
				}
			})
		}
	}
}
