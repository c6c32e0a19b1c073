package report

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

func TestWriteEventsCSV(t *testing.T) {
	text := "Freedonia shelled Sylvania on Monday."
	d := &doc.Document{ID: "a", File: "a.txt", Published: "2025-06-23", Text: text}
	d.Events = []doc.Event{
		{
			Source: &doc.Actor{Name: "Freedonia", Code: "FREMIL"}, Target: &doc.Actor{Name: "Sylvania", Code: "SYL"},
			CAMEO: "194", PLOVER: "ASSAULT", QuadClass: 4, Goldstein: -10, Polarity: "asserted", Modality: "actual",
			Trigger: doc.TextSpan{Start: 10, End: 17, Text: "shelled"}, Evidence: doc.TextSpan{Start: 0, End: len(text), Text: text},
		},
		{
			Source: &doc.Actor{Text: "Freedonia"}, CAMEO: "036", QuadClass: 1, Goldstein: 4.5, Polarity: "negated", Modality: "planned",
			Time: "2025-06-30", Evidence: doc.TextSpan{Start: 0, End: 9, Text: "Freedonia"},
		},
	}
	var buf bytes.Buffer
	if err := Write(&buf, &doc.Report{Documents: []*doc.Document{d}}, Options{Format: "events-csv"}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want header + 2", len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	tests := []struct {
		name       string
		row        int
		field, val string
	}{
		{"date falls back to published", 1, "date", "2025-06-23"},
		{"source code", 1, "source_code", "FREMIL"},
		{"target name", 1, "target_name", "Sylvania"},
		{"cameo keeps leading digits", 1, "cameo", "194"},
		{"goldstein", 1, "goldstein", "-10"},
		{"evidence text", 1, "evidence", text},
		{"evidence end", 1, "end", "37"},
		{"document", 1, "document", "a.txt"},
		{"event time wins", 2, "date", "2025-06-30"},
		{"leading zero kept", 2, "cameo", "036"},
		{"name falls back to text", 2, "source_name", "Freedonia"},
		{"no target", 2, "target_code", ""},
		{"polarity", 2, "polarity", "negated"},
		{"modality", 2, "modality", "planned"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i, ok := col[tc.field]
			if !ok {
				t.Fatalf("no column %q in %v", tc.field, rows[0])
			}
			if got := rows[tc.row][i]; got != tc.val {
				t.Errorf("row %d %s: got %q, want %q", tc.row, tc.field, got, tc.val)
			}
		})
	}
}
