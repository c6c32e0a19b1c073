package lemma

import "testing"

// BenchmarkLemma lemmatises a mix of regular, irregular and unknown tagged words.
func BenchmarkLemma(b *testing.B) {
	words := []struct{ w, t string }{
		{"ministers", "NNS"}, {"left", "VBD"}, {"announced", "VBD"}, {"talks", "NNS"},
		{"running", "VBG"}, {"Putin", "NNP"}, {"the", "DT"}, {"carries", "VBZ"},
		{"tweeted", "VBD"}, {"biggest", "JJS"}, {"'s", "POS"}, {"were", "VBD"},
	}
	l, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			l.Lemma(w.w, w.t)
		}
	}
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
