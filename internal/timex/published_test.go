package timex

import (
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

func TestParsePublished(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"iso date", "2025-06-23", "2025-06-23"},
		{"rfc3339", "2025-06-23T08:15:00Z", "2025-06-23T08:15:00Z"},
		{"rfc3339 offset", "2025-06-23T08:15:00.123+02:00", "2025-06-23T08:15:00+02:00"},
		{"rfc1123", "Mon, 23 Jun 2025 08:15:00 GMT", "2025-06-23T08:15:00Z"},
		{"rfc1123z", "Mon, 23 Jun 2025 08:15:00 +0200", "2025-06-23T08:15:00+02:00"},
		{"rfc822", "23 Jun 25 08:15 EDT", "2025-06-23T08:15:00-04:00"},
		{"long us", "June 23, 2025 08:15 UTC", "2025-06-23T08:15:00Z"},
		{"long us pm", "June 23, 2025, 8:15 p.m. EST", "2025-06-23T20:15:00-05:00"},
		{"day month year", "23 June 2025", "2025-06-23"},
		{"ordinal", "Monday 23rd June 2025", "2025-06-23"},
		{"slashes ymd", "2025/06/23", "2025-06-23"},
		{"dots dmy", "23.06.2025", "2025-06-23"},
		{"dmy day first", "23/06/2025", "2025-06-23"},
		{"mdy", "06/23/2025", "2025-06-23"},
		{"no zone", "2025-06-23 08:15:00", "2025-06-23T08:15:00"},
		{"unix", "1750666500", "2025-06-23T08:15:00Z"},
		{"unix ms", "1750666500000", "2025-06-23T08:15:00Z"},
		{"compact", "20250623", "2025-06-23"},
		{"published prefix", "Published: Jun. 23, 2025 at 8:15 am", "2025-06-23T08:15:00"},
		{"sept", "Sept. 3, 2024", "2024-09-03"},
		{"eastern summer", "Updated June 23, 2025, 8:15 a.m. ET", "2025-06-23T08:15:00-04:00"},
		{"pacific winter", "Jan 5, 2025 3:00 PM PT", "2025-01-05T15:00:00-08:00"},
		{"go default", "2025-06-23 08:15:00 +0000 UTC", "2025-06-23T08:15:00Z"},
		{"unix date", "Mon Jun 23 08:15:00 UTC 2025", "2025-06-23T08:15:00Z"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParsePublished(tc.in)
			if err != nil || got != tc.want {
				t.Errorf("ParsePublished(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
		})
	}
}

func TestParsePublishedErrors(t *testing.T) {
	for _, in := range []string{"", "yesterday", "June 2025", "2025-13-45", "32 June 2025", "soon after lunch", "12345"} {
		t.Run(in, func(t *testing.T) {
			if got, err := ParsePublished(in); err == nil {
				t.Errorf("ParsePublished(%q) = %q, want an error", in, got)
			}
		})
	}
}

func TestNormalizePublished(t *testing.T) {
	tests := []struct {
		name, meta, fallback, want string
		note                       bool
	}{
		{"metadata wins", "Mon, 23 Jun 2025 08:15:00 GMT", "2024-01-01", "2025-06-23T08:15:00Z", false},
		{"fallback", "", "June 23, 2025", "2025-06-23", false},
		{"bad metadata", "sometime", "2025-06-23", "2025-06-23", true},
		{"nothing", "", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &doc.Document{Published: tc.meta}
			NormalizePublished(d, tc.fallback)
			if d.Published != tc.want {
				t.Errorf("NormalizePublished(%q, %q): got %q, want %q", tc.meta, tc.fallback, d.Published, tc.want)
			}
			if got := len(d.Notes) == 1 && d.Notes[0].Kind == NoteBadPublished; got != tc.note {
				t.Errorf("NormalizePublished(%q): note %v, want %v (%v)", tc.meta, got, tc.note, d.Notes)
			}
		})
	}
}
