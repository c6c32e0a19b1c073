package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/golden"
	"github.com/parallax-news/parallax/internal/pipeline"
)

// storiesDir holds the golden stories, relative to this package.
const storiesDir = "../../testdata/stories"

// summary is what a golden story pins: the claims two or more documents share, with each
// document's evidence, and the loaded terms each outlet uses of each actor.
type summary struct {
	Published string         `json:"published"`
	Inputs    []string       `json:"inputs,omitempty"` // inputs other than the folder's files (e.g. an example story)
	Claims    []claimSummary `json:"claims"`
	Framing   []frameSummary `json:"framing"`
}

type claimSummary struct {
	Status string            `json:"status"`
	Gist   string            `json:"gist"`
	Docs   map[string]string `json:"docs"` // document name -> evidence the support must contain
}

type frameSummary struct {
	Doc    string   `json:"doc"`
	Entity string   `json:"entity"`
	Terms  []string `json:"terms"`
}

func docKey(d *doc.Document) string {
	for _, s := range []string{d.File, d.URL, d.ID} {
		if s != "" {
			return filepath.Base(s)
		}
	}
	return ""
}

func summarise(r *doc.Report) summary {
	names := map[string]string{}
	for _, e := range r.Entities {
		names[e.ID] = e.Name
	}
	var s summary
	for _, c := range r.Claims {
		cs := claimSummary{Status: c.Status, Gist: c.Gist, Docs: map[string]string{}}
		for _, sp := range c.Support {
			k := docKey(r.Documents[sp.Doc])
			if _, ok := cs.Docs[k]; !ok {
				cs.Docs[k] = sp.Text
			}
		}
		if len(cs.Docs) >= 2 {
			s.Claims = append(s.Claims, cs)
		}
	}
	for _, f := range r.Framing {
		if len(f.Terms) == 0 {
			continue
		}
		fs := frameSummary{Doc: docKey(r.Documents[f.Doc]), Entity: names[f.Entity]}
		if fs.Entity == "" {
			fs.Entity = f.Entity
		}
		for _, t := range f.Terms {
			fs.Terms = append(fs.Terms, t.Term)
		}
		sort.Strings(fs.Terms)
		s.Framing = append(s.Framing, fs)
	}
	return s
}

// runStory compares the story's inputs with the full pipeline.
func runStory(t *testing.T, inputs []string, published string) *doc.Report {
	t.Helper()
	p, err := pipeline.New(pipeline.Config{Published: published, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	docs, err := p.Collect(ctx, inputs)
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Report(ctx, docs, true)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// checkReport holds the properties every comparison must have.
func checkReport(t *testing.T, r *doc.Report) {
	t.Helper()
	ids := map[string]bool{}
	for _, c := range r.Claims {
		if ids[c.ID] {
			t.Errorf("claim id %s used twice", c.ID)
		}
		ids[c.ID] = true
		if len(c.Support) == 0 {
			t.Errorf("claim %s has no support", c.ID)
		}
		for _, s := range c.Support {
			d := r.Documents[s.Doc]
			if s.Start < 0 || s.End > len(d.Text) || d.Text[s.Start:s.End] != s.Text {
				t.Errorf("claim %s: support %d:%d text %q is not the slice of document %d", c.ID, s.Start, s.End, s.Text, s.Doc)
			}
			if s.End-s.Start > 600 {
				t.Errorf("claim %s: support of %d bytes, want at most 600", c.ID, s.End-s.Start)
			}
		}
	}
	for _, f := range r.Framing {
		for _, tm := range f.Terms {
			for _, sp := range tm.Spans {
				if r.Documents[f.Doc].Text[sp.Start:sp.End] != sp.Text {
					t.Errorf("framing term %q span %d:%d is not the slice", tm.Term, sp.Start, sp.End)
				}
			}
		}
	}
}

func TestStories(t *testing.T) {
	dirs, err := os.ReadDir(storiesDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, de := range dirs {
		if !de.IsDir() {
			continue
		}
		t.Run(de.Name(), func(t *testing.T) {
			dir := filepath.Join(storiesDir, de.Name())
			wantPath := filepath.Join(dir, "want.json")
			var want summary
			if b, err := os.ReadFile(wantPath); err == nil {
				if err := json.Unmarshal(b, &want); err != nil {
					t.Fatalf("%s: %v", wantPath, err)
				}
			} else if !golden.Update() {
				t.Fatalf("%s: %v (run go test ./internal/e2e -update)", wantPath, err)
			}
			inputs := want.Inputs
			files, _ := filepath.Glob(filepath.Join(dir, "*"))
			for _, f := range files {
				if filepath.Base(f) != "want.json" {
					inputs = append(inputs, f)
				}
			}
			r := runStory(t, inputs, want.Published)
			checkReport(t, r)
			got := summarise(r)
			got.Published, got.Inputs = want.Published, want.Inputs
			if golden.Update() {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(wantPath, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, wc := range want.Claims {
				if !hasClaim(got.Claims, wc) {
					t.Errorf("no shared claim with evidence %q (gist %q); if the change is an improvement, run go test ./internal/e2e -update", wc.Docs, wc.Gist)
				}
			}
			for _, wf := range want.Framing {
				if !hasFraming(got.Framing, wf) {
					t.Errorf("framing of %s in %s lacks %v", wf.Entity, wf.Doc, wf.Terms)
				}
			}
			if extra := len(got.Claims) - len(want.Claims); extra != 0 {
				t.Logf("%d shared claims now, %d in want.json", len(got.Claims), len(want.Claims))
			}
		})
	}
}

// hasClaim reports whether some shared claim meets w: for at least two of w's documents,
// the evidence there and w's evidence contain one another (a clause against its sentence).
// Grouping details may move as the stages improve; a claim two outlets share must not vanish.
func hasClaim(got []claimSummary, w claimSummary) bool {
	for _, g := range got {
		if (g.Status == "single_source") != (w.Status == "single_source") {
			continue
		}
		n := 0
		for d, ev := range w.Docs {
			if x := g.Docs[d]; x != "" && (strings.Contains(x, ev) || strings.Contains(ev, x)) {
				n++
			}
		}
		if n >= 2 || n == len(w.Docs) {
			return true
		}
	}
	return false
}

func hasFraming(got []frameSummary, w frameSummary) bool {
	for _, g := range got {
		if g.Doc != w.Doc || g.Entity != w.Entity {
			continue
		}
		have := strings.Join(g.Terms, "|")
		for _, tm := range w.Terms {
			if !strings.Contains("|"+have+"|", "|"+tm+"|") {
				return false
			}
		}
		return true
	}
	return false
}

func TestDeterministic(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join(storiesDir, "river-dam", "*.txt"))
	a, _ := json.Marshal(runStory(t, inputs, "2026-05-12"))
	b, _ := json.Marshal(runStory(t, inputs, "2026-05-12"))
	if string(a) != string(b) {
		t.Error("two runs over the same story gave different reports")
	}
}

func TestDeterministicGenerated(t *testing.T) {
	p, docs, _ := generated(t, 30)
	var first []byte
	for i := 0; i < 3; i++ {
		r, err := p.Report(context.Background(), docs, true)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(struct {
			C []doc.Claim
			F []doc.Framing
		}{r.Claims, r.Framing})
		if i == 0 {
			first = b
		} else if string(b) != string(first) {
			t.Fatalf("run %d gave different claims or framing over the same documents", i)
		}
	}
}
