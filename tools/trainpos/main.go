// Command trainpos trains the part-of-speech tagger's embedded model on GUM:
//
//	go run ./tools/trainpos [-gum ../shared/data/entities/gum/dep] [-out internal/postag/model.bin.gz]
//
// It trains on GUM's train documents (CC BY 4.0 annotations), reports accuracy on the
// held-out dev and test documents, and writes the model.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/parallax-news/parallax/internal/lemma"
	"github.com/parallax-news/parallax/internal/postag"
)

func main() {
	gum := flag.String("gum", "../shared/data/entities/gum/dep", "GUM dep/ folder (splits.md beside it)")
	out := flag.String("out", "internal/postag/model.bin.gz", "model file to write")
	iters := flag.Int("iter", 8, "training passes")
	minW := flag.Float64("min-weight", 0.5, "drop averaged weights smaller than this")
	also := flag.Bool("train-on-dev", false, "also train on the dev documents (test stays held out)")
	gmb := flag.String("gmb", "", "also train on the GMB extract (ner_dataset.csv.zip; automatic tags)")
	gumTimes := flag.Int("gum-weight", 1, "repeat the GUM training sentences this many times")
	flag.Parse()
	if err := run(*gum, *out, *iters, *minW, *also, *gmb, *gumTimes); err != nil {
		fmt.Fprintln(os.Stderr, "trainpos:", err)
		os.Exit(1)
	}
}

func run(gum, out string, iters int, minW float64, alsoDev bool, gmb string, gumTimes int) error {
	splits := []string{"train"}
	if alsoDev {
		splits = append(splits, "dev")
	}
	train, nd, err := postag.ReadGUM(gum, splits...)
	if err != nil {
		return err
	}
	var all []postag.Sentence
	for range max(gumTimes, 1) {
		all = append(all, train...)
	}
	train = all
	if gmb != "" {
		g, err := readGMB(gmb)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "GMB: %d sentences\n", len(g))
		train = append(train, g...)
	}
	words := 0
	for _, s := range train {
		words += len(s.Words)
	}
	fmt.Fprintf(os.Stderr, "training on %d documents, %d sentences, %d words\n", nd, len(train), words)
	start := time.Now()
	lex, err := lemma.Default()
	if err != nil {
		return err
	}
	m, err := postag.Train(train, postag.TrainOptions{Iterations: iters, Seed: 1, MinWeight: minW, Lexicon: lex,
		Log: func(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...) }})
	if err != nil {
		return err
	}
	rows, ws := m.Features()
	fmt.Fprintf(os.Stderr, "trained in %s: %d feature rows, %d weights, %d dictionary words\n", time.Since(start).Round(time.Millisecond), rows, ws, len(m.Dict))
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	// Measure the model as written (weights quantised), as the program will load it.
	fh, err := os.Open(out)
	if err != nil {
		return err
	}
	defer fh.Close()
	loaded, err := postag.ReadModel(fh)
	if err != nil {
		return err
	}
	t, err := postag.New(loaded)
	if err != nil {
		return err
	}
	for _, split := range []string{"dev", "test"} {
		if alsoDev && split == "dev" {
			continue
		}
		sents, nd, err := postag.ReadGUM(gum, split)
		if err != nil {
			return err
		}
		c, tot := t.Accuracy(sents)
		fmt.Fprintf(os.Stderr, "%s: %d documents, accuracy %.4f (%d/%d)\n", split, nd, float64(c)/float64(max(tot, 1)), c, tot)
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", out, n)
	return nil
}
