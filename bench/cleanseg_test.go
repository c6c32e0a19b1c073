package bench

import (
	"testing"

	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/segment"
)

// BenchmarkCleanSegmentParallax is issue 2's figure: cleaning plus sentence and token
// segmentation of the whole corpus, to set beside BenchmarkSentencesNeurosnap, which only
// splits sentences of the same bytes.
func BenchmarkCleanSegmentParallax(b *testing.B) {
	t, w := corpusText()
	raw := []byte(t)
	for b.Loop() {
		d := clean.Clean(&doc.Source{Name: "corpus", Format: "text", Raw: raw})
		segment.Segment(d)
	}
	report(b, len(t), w)
}

// BenchmarkCleanParallax is the cleaning share of BenchmarkCleanSegmentParallax alone, to
// profile and track the cleaner by itself.
func BenchmarkCleanParallax(b *testing.B) {
	t, w := corpusText()
	raw := []byte(t)
	b.ReportAllocs()
	for b.Loop() {
		clean.Clean(&doc.Source{Name: "corpus", Format: "text", Raw: raw})
	}
	report(b, len(t), w)
}

// BenchmarkSegmentParallax is the segmentation share of BenchmarkCleanSegmentParallax alone
// (sentences and tokens of the cleaned corpus; a fresh document each round, cleaned outside
// the timer).
func BenchmarkSegmentParallax(b *testing.B) {
	t, w := corpusText()
	raw := []byte(t)
	d := clean.Clean(&doc.Source{Name: "corpus", Format: "text", Raw: raw})
	b.ReportAllocs()
	for b.Loop() {
		e := *d
		segment.Segment(&e)
	}
	report(b, len(t), w)
}
