package ner

import (
	"strings"
	"testing"
)

// BenchmarkTag tags held-out-style news sentences of the package's own writing and reports
// words per second on one core.
func BenchmarkTag(b *testing.B) {
	tg, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("Ministers from Ruritania met Anna Kowalczyk of the Baltic Shipping Union in Gdansk on Tuesday , officials said ."),
		strings.Fields("The fishing boat was seized by the coast guard near the disputed islands early on Monday , according to a statement from the ministry in Valdoria ."),
		strings.Fields("Prime Minister Irakli Garibashvili 's government said it would not negotiate with the opposition until the protests ended ."),
		strings.Fields("Analysts at the Northern Institute for Economic Research expect inflation to slow to 3 percent next year ."),
	}
	words := 0
	for _, s := range sents {
		words += len(s)
	}
	n := 0
	for b.Loop() {
		for _, s := range sents {
			tg.Tag(s)
		}
		n++
	}
	b.ReportMetric(float64(words*n)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkDocument tags a whole document with Document (tagging, marginals for the names,
// consistency) and reports words per second on one core.
func BenchmarkDocument(b *testing.B) {
	tg, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	para := "Ministers from Ruritania met Anna Kowalczyk of the Baltic Shipping Union in Gdansk on Tuesday , officials said . " +
		"The fishing boat was seized by the coast guard near the disputed islands early on Monday , according to a statement from the ministry in Valdoria . " +
		"Kowalczyk said the union would not negotiate until the crew was freed . "
	d := whitespaceDoc(strings.Repeat(para, 20))
	b.SetBytes(int64(len(d.Text)))
	n := 0
	for b.Loop() {
		tg.Document(d)
		n++
	}
	b.ReportMetric(float64(len(d.Tokens)*n)/b.Elapsed().Seconds(), "words/s")
}
