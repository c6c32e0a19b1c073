package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

func TestCleanHTML(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	cut := raw[:strings.Index(string(raw), "<p>The port authority")]
	messy, err := os.ReadFile(filepath.Join("testdata", "messy.html"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                      string
		raw                       []byte
		title, subtitle, dateline string
		published, outlet         string
		blocks                    map[string][]string
		notes                     map[string]string
		lacks                     []string
		err                       string
	}{
		{
			name: "article page", raw: raw,
			title: "Ferry services resume after week-long storm", subtitle: "Harbour towns count the cost as boats return to sea.",
			dateline: "Lisbon", published: "2025-03-04", outlet: "The Harbour Gazette",
			blocks: map[string][]string{
				"heading":  {"Insurance falls short"},
				"dateline": {"LISBON —"},
				"caption":  {"The first ferry leaves the harbour on Monday. Photo: Gazette staff"},
				"body":     {"Officials said repairs to the breakwater would take months and cost more than 40 million euros. The mayor, who visited the docks on Sunday, promised help for families whose boats sank."},
			},
			lacks: []string{"Advertisement", "Home", "newsletter", "All rights reserved", "window.dataLayer", "&ldquo;", "&mdash;"},
		},
		{
			name: "page with menus, sidebars, cookie banner and comments", raw: messy,
			title: "Border talks stall as both sides dig in", dateline: "Geneva", published: "2025-06-23",
			outlet: "The Daily Compass",
			blocks: map[string][]string{"heading": {"Mediators try again"}, "dateline": {"GENEVA –"}},
			lacks:  []string{"cookies", "Trending", "Celebrity chef", "Great article", "Share on", "Advertisement", "Sam Field"},
		},
		{
			name: "page cut off", raw: cut,
			title: "Ferry services resume after week-long storm", dateline: "Lisbon",
			notes: map[string]string{"truncated": ""},
		},
		{
			name: "no article", raw: []byte("<!DOCTYPE html><html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>"),
			err: "clean: page.html: no article text",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := &doc.Source{Name: "page.html", Format: "html", Raw: tt.raw}
			d := Clean(src)
			if tt.err != "" {
				if !strings.HasPrefix(d.Error, tt.err) {
					t.Fatalf("error %q, want %q", d.Error, tt.err)
				}
				return
			}
			if d.Error != "" {
				t.Fatal(d.Error)
			}
			checkDoc(t, src.Raw, d)
			for _, f := range [][3]string{{"title", d.Title, tt.title}, {"subtitle", d.Subtitle, tt.subtitle}, {"dateline", d.Dateline, tt.dateline}, {"published", d.Published, tt.published}, {"outlet", d.Outlet, tt.outlet}} {
				if f[2] != "" && f[1] != f[2] {
					t.Errorf("%s %q, want %q", f[0], f[1], f[2])
				}
			}
			for kind, texts := range tt.blocks {
				got := blockText(d, kind)
				for _, want := range texts {
					found := false
					for _, g := range got {
						found = found || g == want
					}
					if !found {
						t.Errorf("no %s block %q; got %q", kind, want, got)
					}
				}
			}
			for kind, near := range tt.notes {
				if !noteNear(d, kind, near) {
					t.Errorf("no %s note near %q: %+v", kind, near, d.Notes)
				}
			}
			for _, s := range tt.lacks {
				if strings.Contains(d.Text, s) {
					t.Errorf("text has %q", s)
				}
			}
			// Most of the text maps back to the page.
			mapped := 0
			for _, p := range d.SourceMap {
				mapped += p.Len
			}
			if mapped*10 < len(d.Text)*9 {
				t.Errorf("only %d of %d bytes map to the page", mapped, len(d.Text))
			}
		})
	}
}
