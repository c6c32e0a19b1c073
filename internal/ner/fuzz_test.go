package ner

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// whitespaceDoc builds a document whose tokens are the whitespace-separated words of text and
// whose sentences end after a token ending in a period.
func whitespaceDoc(text string) *doc.Document {
	d := &doc.Document{Text: text}
	start := -1
	sentStart := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' || text[i] == '\n' {
			if start >= 0 {
				d.Tokens = append(d.Tokens, doc.Token{Start: start, End: i})
				if text[i-1] == '.' {
					d.Sentences = append(d.Sentences, doc.Sentence{Start: sentStart, End: i})
					sentStart = -1
				}
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
			if sentStart < 0 {
				sentStart = i
			}
		}
	}
	if sentStart >= 0 && len(d.Tokens) > 0 {
		d.Sentences = append(d.Sentences, doc.Sentence{Start: sentStart, End: len(text)})
	}
	return d
}

func checkSpans(t *testing.T, d *doc.Document, spans []Span) {
	t.Helper()
	for _, s := range spans {
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End || s.TitleStart > s.Start || s.TitleStart < 0 {
			t.Fatalf("bad span %+v in %q", s, d.Text)
		}
		if !utf8.ValidString(d.Text) {
			continue
		}
		if !slices.Contains(Types, s.Type) {
			t.Fatalf("span %q: unknown type %q", d.Text[s.Start:s.End], s.Type)
		}
		if s.Score < 0 || s.Score > 1 {
			t.Fatalf("span %q: score %v out of [0, 1]", d.Text[s.Start:s.End], s.Score)
		}
	}
}

func FuzzSpans(f *testing.F) {
	tg, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Ministers from Ruritania met Anna Kowalczyk of the Baltic Shipping Union in Gdansk.",
		"President Ebrahim Raisi’s visit. Raisi left Tehran on Monday.",
		"THE BALTIC SHIPPING UNION SAYS NO", "Mr. Smith 's", "’s 's . .", "\xff\xfe Über Zürich",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := whitespaceDoc(text)
		for _, s := range d.Sentences {
			checkSpans(t, d, tg.Spans(d, s.Span()))
		}
		checkSpans(t, d, tg.Document(d))
		words := strings.Fields(text)
		if got := tg.Tag(words); len(got) != len(words) {
			t.Fatalf("Tag gave %d labels for %d words", len(got), len(words))
		}
	})
}

func TestDocument(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "surname typed as the full name",
			text: "Officials said Teodor Vasquez-Lind resigned on Friday. Vasquez-Lind denied the charges.",
			want: []string{"Teodor Vasquez-Lind/PER", "Vasquez-Lind/PER"},
		},
		{
			name: "titles left out",
			text: "Prime Minister Anna Kowalczyk arrived in Gdansk.",
			want: []string{"Anna Kowalczyk/PER", "Gdansk/LOC"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := whitespaceDoc(strings.ReplaceAll(strings.ReplaceAll(tc.text, ".", " ."), "  ", " "))
			var got []string
			spans := tg.Document(d)
			checkSpans(t, d, spans)
			for _, s := range spans {
				got = append(got, d.Text[s.Start:s.End]+"/"+s.Type)
			}
			if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
				t.Errorf("Document(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
