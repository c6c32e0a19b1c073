package quote

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/segment"
)

// TestSeeds checks the seed articles' expected quotes and attributions (../shared/seeds,
// expectations.json) on the extractor alone: text, kind and cue. Speakers need the entity
// stage and are checked by the seed check on the whole program.
func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	b, err := os.ReadFile(filepath.Join(dir, "expectations.json"))
	if err != nil {
		t.Skip("../shared/seeds not found; run inside the workspace")
	}
	var exp struct {
		Quotes []struct {
			Level, Doc, Kind, Text, Cue string
		}
		NotSpeakers []struct {
			Level, Doc, Text string
		} `json:"not_speakers"`
		Attributions []struct {
			Level, Doc, Cue, Claim string
		}
	}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatal(err)
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*doc.Document{}
	for _, p := range []string{"000", "002"} {
		files, _ := filepath.Glob(filepath.Join(dir, p+"_*.txt"))
		if len(files) != 1 {
			t.Fatalf("seed %s: got %d files", p, len(files))
		}
		raw, err := os.ReadFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		d := &doc.Document{Text: string(raw)}
		segment.Segment(d)
		if err := x.Extract(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, d)
		docs[p] = d
	}
	for _, q := range exp.Quotes {
		if q.Level != "must" {
			continue
		}
		t.Run("quote "+q.Text, func(t *testing.T) {
			for _, g := range docs[q.Doc].Quotes {
				if strings.Contains(g.Text, q.Text) && g.Kind == q.Kind && g.Cue != nil && strings.Contains(g.Cue.Text, q.Cue) {
					return
				}
			}
			t.Errorf("doc %s: no %s quote holding %q with cue %q", q.Doc, q.Kind, q.Text, q.Cue)
		})
	}
	for _, n := range exp.NotSpeakers {
		t.Run("not speaker "+n.Text, func(t *testing.T) {
			for _, g := range docs[n.Doc].Quotes {
				if strings.Contains(g.Text, n.Text) && (g.SpeakerText != "" || g.Cue != nil) {
					t.Errorf("doc %s: quoted term %q got speaker %q", n.Doc, n.Text, g.SpeakerText)
				}
			}
		})
	}
	for _, a := range exp.Attributions {
		if a.Level != "must" {
			continue
		}
		t.Run("attribution "+a.Claim, func(t *testing.T) {
			for _, g := range docs[a.Doc].Attributions {
				if strings.Contains(g.Claim.Text, a.Claim) && strings.Contains(g.Cue.Text, a.Cue) {
					return
				}
			}
			t.Errorf("doc %s: no attribution with cue %q holding %q", a.Doc, a.Cue, a.Claim)
		})
	}
}
