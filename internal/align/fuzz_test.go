package align

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// FuzzClauses holds the clause splitter's properties: clauses lie inside the sentence, in
// order, without overlap, and start and end on rune boundaries.
func FuzzClauses(f *testing.F) {
	for _, s := range []string{
		"The minister left, despite the fact that the council voted against him.",
		"He said \"no\" and refused; talks ended. fragments follow here",
		"After meeting in the capital on Monday, neither side spoke — a rare silence.",
		"Ünïcode, although “quoted”, which breaks — nothing.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // cleaned text is valid UTF-8
		}
		prev := 0
		for _, c := range clauses(s, doc.Span{Start: 0, End: len(s)}) {
			if c.Start < prev || c.End > len(s) || c.Start >= c.End {
				t.Fatalf("clause %v out of order or range in %q (prev end %d)", c, s, prev)
			}
			if c.Start < len(s) && !utf8.RuneStart(s[c.Start]) || c.End < len(s) && !utf8.RuneStart(s[c.End]) {
				t.Fatalf("clause %v cuts a rune in %q", c, s)
			}
			prev = c.End
		}
	})
}

// FuzzClaims holds that every support of every claim is the slice of its document at its
// offsets, at most MaxSupport bytes long, whatever the text.
func FuzzClaims(f *testing.F) {
	f.Add("Norland's envoy travelled to Osterby to meet the president on Monday.", "After talks in Osterby on Monday, the envoy left with nothing.")
	f.Add("Twelve people died in the flood. Rescuers said twelve.", "The flood killed 30 people, rescuers said.")
	f.Fuzz(func(t *testing.T, a, b string) {
		docs := []*doc.Document{{Text: a}, {Text: b}}
		for _, c := range Claims(docs, nil) {
			for _, s := range c.Support {
				d := docs[s.Doc]
				if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End || d.Text[s.Start:s.End] != s.Text {
					t.Fatalf("support %d:%d %q is not the slice of %q", s.Start, s.End, s.Text, d.Text)
				}
				if s.End-s.Start > DefaultOptions().MaxSupport {
					t.Fatalf("support of %d bytes", s.End-s.Start)
				}
			}
			if strings.TrimSpace(c.Gist) == "" {
				t.Fatalf("claim %s has an empty gist", c.ID)
			}
		}
	})
}
