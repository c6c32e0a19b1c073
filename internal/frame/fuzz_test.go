package frame

import (
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

// FuzzAnalyze holds that framing never panics, every term span is the slice of the text,
// and no term comes from inside quotation marks.
func FuzzAnalyze(f *testing.F) {
	f.Add("Dictator Kalm met \"the brutal regime\" of Vessa.", 9, 13)
	f.Add("\u201cTyrant,\u201d they said of the Kalm regime", 31, 35)
	f.Fuzz(func(t *testing.T, text string, ms, me int) {
		d := &doc.Document{Text: text}
		if ms >= 0 && me <= len(text) && ms < me {
			d.Mentions = []doc.Mention{{Start: ms, End: me, Text: text[ms:me], Type: "PERSON", Kind: doc.MentionName, Entity: "P"}}
		}
		mask := Voice(d)
		if len(mask) != len(text) {
			t.Fatalf("mask of %d bytes for %d bytes of text", len(mask), len(text))
		}
		for _, fr := range Analyze([]*doc.Document{d}, nil, nil) {
			for _, tm := range fr.Terms {
				for _, s := range tm.Spans {
					if text[s.Start:s.End] != s.Text {
						t.Fatalf("term span %d:%d %q is not the slice", s.Start, s.End, s.Text)
					}
					for i := s.Start; i < s.End; i++ {
						if mask[i] {
							t.Fatalf("term %q at %d is inside a quotation", tm.Term, s.Start)
						}
					}
				}
			}
		}
	})
}
