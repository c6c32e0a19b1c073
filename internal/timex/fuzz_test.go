package timex

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

func FuzzExtract(f *testing.F) {
	seeds := []string{
		"Today, Monday, the minister left.", "on June 20-22, 2025", "at 8 p.m. GMT on Friday",
		"between 2019 and 2021", "a year and a half", "'82 and the '90s", "Q3 2024, FY2007",
		"2025-06-23T08:15", "7/8/07", "S-300", "mid-", "the end of", "every", "½ year", "\xff\xfe June 3",
	}
	if b, err := os.ReadFile(filepath.Join("testdata", "news.txt")); err == nil {
		seeds = append(seeds, string(b))
	}
	for _, s := range seeds {
		f.Add(s, "2025-06-23")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		d := &doc.Document{Text: text, Published: published}
		if err := Extract(context.Background(), d); err != nil {
			t.Fatalf("Extract: %v", err)
		}
		prev := -1
		for _, x := range d.Times {
			if x.Start < 0 || x.End > len(text) || x.Start >= x.End {
				t.Fatalf("span %d-%d out of range (len %d)", x.Start, x.End, len(text))
			}
			if x.Text != text[x.Start:x.End] {
				t.Fatalf("text %q != slice %q", x.Text, text[x.Start:x.End])
			}
			if splitsRune(text, x.Start) || splitsRune(text, x.End) {
				t.Fatalf("span %d-%d splits a rune", x.Start, x.End)
			}
			if x.Start < prev {
				t.Fatalf("times not sorted")
			}
			prev = x.Start
			if x.Type == "" || x.Value == "" {
				t.Fatalf("empty type or value: %+v", x)
			}
		}
	})
}

func FuzzParsePublished(f *testing.F) {
	for _, s := range []string{"2025-06-23", "Mon, 23 Jun 2025 08:15:00 GMT", "June 23, 2025 08:15 UTC",
		"1750666500", "23.06.2025", "8:15 p.m. EST June 3 2025", "+0200 12:00 2025/1/2", "99:99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParsePublished(s)
		if err != nil {
			return
		}
		if len(got) < 10 {
			t.Fatalf("ParsePublished(%q) = %q: too short", s, got)
		}
		again, err := ParsePublished(got)
		if err != nil || again[:10] != got[:10] {
			t.Fatalf("ParsePublished(%q) = %q does not round-trip: %q, %v", s, got, again, err)
		}
	})
}

// splitsRune reports whether offset b falls inside a validly encoded multi-byte rune.
func splitsRune(text string, b int) bool {
	for p := max(0, b-3); p < b; p++ {
		r, size := utf8.DecodeRuneInString(text[p:])
		if r != utf8.RuneError && size > 1 && p+size > b {
			return true
		}
	}
	return false
}
