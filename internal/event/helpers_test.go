package event

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

// actorDef names an actor for a hand-built document: every whole-word occurrence of each
// form becomes a mention of the entity.
type actorDef struct {
	id, typ, country, sector string
	forms                    []string
}

var testActors = []actorDef{
	{"gpe:freedonia", "GPE", "FRE", "", []string{"Freedonia", "Freedonian", "Fredville"}},
	{"gpe:sylvania", "GPE", "SYL", "", []string{"Sylvania", "Sylvanian", "Sylvan City"}},
	{"gpe:usa", "GPE", "USA", "", []string{"United States", "US", "Washington"}},
	{"gpe:rus", "GPE", "RUS", "GOV", []string{"the Kremlin", "Moscow", "Russia", "Russian"}},
	{"gpe:irn", "GPE", "IRN", "", []string{"Tehran", "Iran", "Iranian"}},
	{"gpe:ukr", "GPE", "UKR", "", []string{"Kyiv", "Ukraine"}},
	{"per:firefly", "PERSON", "FRE", "GOV", []string{"Rufus Firefly", "Firefly"}},
	{"per:trentino", "PERSON", "SYL", "GOV", []string{"Ambassador Trentino", "Trentino"}},
	{"org:redbrigade", "ORG", "SYL", "REB", []string{"the Red Brigade", "Red Brigade"}},
	{"org:nato", "ORG", "", "IGO", []string{"NATO"}},
	{"norp:freedonians", "NORP", "FRE", "", []string{"Freedonians"}},
}

// testDoc builds a document with sentences split on ". " and mentions for testActors.
func testDoc(text string) *doc.Document {
	d := &doc.Document{ID: "t", Text: text}
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: i + 1})
			start = i + 2
		}
	}
	if start < len(text) {
		d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: len(text)})
	}
	used := make([]bool, len(text))
	for _, a := range testActors {
		d.Entities = append(d.Entities, doc.Entity{ID: a.id, Name: a.forms[0], Type: a.typ, Country: a.country, Sector: a.sector})
		for _, f := range a.forms {
			for off := 0; ; {
				i := strings.Index(text[off:], f)
				if i < 0 {
					break
				}
				s, e := off+i, off+i+len(f)
				off = e
				if s > 0 && isWordRune(rune(text[s-1])) || e < len(text) && isWordRune(rune(text[e])) || used[s] {
					continue
				}
				for k := s; k < e; k++ {
					used[k] = true
				}
				d.Mentions = append(d.Mentions, doc.Mention{Start: s, End: e, Text: f, Type: a.typ, Kind: doc.MentionName, Entity: a.id})
			}
		}
	}
	return d
}

var testCoder *Coder

func coder(t testing.TB) *Coder {
	t.Helper()
	if testCoder == nil {
		c, err := New()
		if err != nil {
			t.Fatal(err)
		}
		testCoder = c
	}
	return testCoder
}

func extract(t testing.TB, text string) *doc.Document {
	t.Helper()
	d := testDoc(text)
	if err := coder(t).Extract(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func actorName(a *doc.Actor) string {
	if a == nil {
		return "-"
	}
	return a.Country + a.Sector
}
