package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

// sample is a small comparison whose article text carries markup that must come out escaped.
func sample() *doc.Report {
	t0 := "Kalm met Vessa in Osterby on Monday. <script>alert(1)</script> The <b>bold</b> envoy left."
	t1 := "After talks in Osterby, Kalm refused to arm Norland."
	d0 := &doc.Document{ID: "a", File: "a.txt", Outlet: "Ledger", Title: "Talks", Published: "2026-03-10", Text: t0,
		Times:  []doc.Time{{Start: 28, End: 34, Text: "Monday", Type: "DATE", Value: "2026-03-09"}},
		Quotes: []doc.Quote{{Kind: doc.QuoteDirect, Start: 0, End: 4, Text: "Kalm", Speaker: "P1"}},
		Events: []doc.Event{{Source: &doc.Actor{Entity: "P2"}, Target: &doc.Actor{Entity: "P1"}, CAMEO: "040", Label: "Consult", QuadClass: 1, Polarity: "asserted", Time: "2026-03-09",
			Trigger: doc.TextSpan{Start: 5, End: 8, Text: "met"}, Evidence: doc.TextSpan{Start: 0, End: 36, Text: t0[:36]}}},
	}
	d1 := &doc.Document{ID: "b", File: "b.txt", Outlet: "Wire", Text: t1,
		Events: []doc.Event{{Source: &doc.Actor{Entity: "P1"}, Target: &doc.Actor{Entity: "NOR"}, CAMEO: "1212", Label: "Refuse military aid", QuadClass: 3, Polarity: "asserted",
			Trigger: doc.TextSpan{Start: 29, End: 36, Text: "refused"}, Evidence: doc.TextSpan{Start: 0, End: len(t1), Text: t1}}},
	}
	return &doc.Report{
		Schema:    doc.SchemaVersion,
		Documents: []*doc.Document{d0, d1},
		Entities:  []doc.Entity{{ID: "P1", Name: "Kalm", Type: "PERSON"}, {ID: "P2", Name: "Vessa", Type: "PERSON"}, {ID: "NOR", Name: "Norland", Type: "GPE"}},
		Claims: []doc.Claim{
			{ID: "c001", Gist: "Kalm met Vessa", Status: doc.Corroborated, Independent: 2, Support: []doc.Support{
				{Doc: 0, Start: 0, End: 36, Text: t0[:36]}, {Doc: 1, Start: 0, End: 22, Text: t1[:22]}}},
			{ID: "c002", Gist: "<script>alert(2)</script>", Status: doc.SingleSource, Independent: 1, Support: []doc.Support{
				{Doc: 0, Start: 37, End: 62, Text: t0[37:62]}}},
		},
		Framing: []doc.Framing{{Doc: 0, Entity: "P1", Names: []string{"Kalm"}, Terms: []doc.Term{{Term: "envoy", Count: 1, Spans: []doc.TextSpan{{Start: 79, End: 84, Text: "envoy"}}}}, Tone: -0.4}},
	}
}

func TestWriteFormats(t *testing.T) {
	tests := []struct {
		name    string
		format  string
		want    []string
		notWant []string
	}{
		{"json", "json", []string{`"claims"`, `"c001"`}, nil},
		{"text", "text", []string{"1 corroborated", "c001", "Kalm met Vessa", "envoy×1"}, []string{"\x1b["}},
		{"markdown", "md", []string{"## Claims by outlet", "| c001 | corroborated |", "&lt;script&gt;"}, []string{"<script>", "<b>"}},
		{"html", "html", []string{`id="claim-c001"`, `<mark id="ev-c001-0"`, "&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;bold&lt;/b&gt;", "<svg", "Consult", "2026-03-09", `<span class="term" title="envoy: Kalm">envoy</span>`},
			[]string{"<script>", "<b>bold", `src="http`, `href="http`, "@import"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, sample(), Options{Format: tt.format, Compare: true}); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("%s output lacks %q", tt.format, w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(out, w) {
					t.Errorf("%s output holds %q", tt.format, w)
				}
			}
		})
	}
}

func TestTextColour(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, sample(), Options{Format: "text", Compare: true, Color: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "\x1b[32mcorroborated") {
		t.Errorf("coloured text lacks a green status: %q", b.String())
	}
}

func TestUnknownFormat(t *testing.T) {
	err := Write(&bytes.Buffer{}, sample(), Options{Format: "pdf"})
	if err == nil || !strings.HasPrefix(err.Error(), "report: ") {
		t.Errorf("got %v, want a report: error", err)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, sample(), Options{Format: "json"}); err != nil {
		t.Fatal(err)
	}
	var r doc.Report
	if err := json.Unmarshal(b.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Claims) != 2 || r.Claims[0].Support[1].Doc != 1 {
		t.Errorf("round trip lost claims: %+v", r.Claims)
	}
}

func TestSegments(t *testing.T) {
	text := "abcdefghij"
	got := segments(text, []mark{{doc.Span{Start: 5, End: 8}, "c2", "x", "b"}, {doc.Span{Start: 1, End: 3}, "c1", "x", "a"}, {doc.Span{Start: 2, End: 6}, "c3", "x", "c"}})
	var joined strings.Builder
	for _, s := range got {
		joined.WriteString(s.Text)
	}
	if joined.String() != text || len(got) != 5 {
		t.Errorf("segments = %+v, want 5 runs covering the text once", got)
	}
}
