package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/kb"
	"github.com/parallax-news/parallax/internal/segment"
)

// benchArticle is a news article of the project's own writing, dense with actors.
const benchArticle = `Ruritanian Foreign Minister Oleg Petrenko arrived in Moscow on Tuesday for talks with Russian President Vladimir Putin, the Kremlin said.
The Ruritanian minister told reporters that his government wanted "a lasting settlement" and would not join any sanctions against Russia.
Putin, who has sought new partners since the war in Ukraine began, said Moscow and Ruritania shared "a common view of the region".
According to Reuters, the two sides also discussed the sale of S-400 air defence systems, which Washington has warned could trigger penalties under US law.
A spokesman for the US State Department, Tammy Bruce, said the United States was watching closely. She declined to give details.
Meanwhile, Hezbollah and the Houthis in Yemen kept up their attacks on Israel. The militants said they would continue until the fighting in Gaza stopped.
Analysts at the Baltic Institute for Strategic Studies in Riga said the visit showed how far the Kremlin's reach now extends.
"He wants to show he is not isolated," said Marta Kowalska, a senior fellow at the institute. Kowalska added that NATO would discuss the matter in Brussels next week.
`

func benchDoc(b *testing.B) (*doc.Document, int) {
	text := strings.Repeat(benchArticle+"\n", 20)
	d := &doc.Document{ID: "bench", Text: text}
	segment.Segment(d)
	words := 0
	kb.Scan(text, func(t kb.Tok) {
		if c := text[t.Start]; c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			words++
		}
	})
	return d, words
}

// BenchmarkExtract measures the entity stage (knowledge base, tagger, resolution) on one
// core, in words per second.
func BenchmarkExtract(b *testing.B) {
	x := extractor(b)
	d, words := benchDoc(b)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	n := 0
	cpu0 := eval.CPUTime()
	for b.Loop() {
		d.Mentions, d.Entities = nil, nil
		if err := x.Extract(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(words*n)/b.Elapsed().Seconds(), "words/s")
	// On a shared, loaded machine wall time overstates the cost; CPU time does not.
	b.ReportMetric(float64(words*n)/(eval.CPUTime()-cpu0).Seconds(), "words/cpu-s")
}
