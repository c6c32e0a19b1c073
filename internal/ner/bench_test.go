package ner

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/eval"
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
	cpu := eval.CPUTime()
	for b.Loop() {
		for _, s := range sents {
			tg.Tag(s)
		}
		n++
	}
	reportWords(b, words*n, eval.CPUTime()-cpu)
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
	cpu := eval.CPUTime()
	for b.Loop() {
		tg.Document(d)
		n++
	}
	reportWords(b, len(d.Tokens)*n, eval.CPUTime()-cpu)
}

// reportWords reports words per wall-clock second and, where the platform tells, per second
// of the process's CPU time (which a busy machine does not distort; run with -cpu 1).
func reportWords(b *testing.B, words int, cpu time.Duration) {
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(float64(words)/cpu.Seconds(), "words/cpu-s")
	}
}

// BenchmarkDecode measures reading the embedded model, which Load does once per process.
func BenchmarkDecode(b *testing.B) {
	for b.Loop() {
		if _, err := Decode(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}
