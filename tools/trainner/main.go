// Command trainner trains parallax's name tagger and writes the model that internal/ner
// embeds. Run it from the repository root:
//
//	go run ./tools/trainner
//
// It reads the GMB extract from ../shared/data/entities/gmb/ner_dataset.csv.zip, the GUM
// documents of ../shared/data/entities/gum/dep that GUM's splits.md lists as train (genres
// with CC BY texts only: academic, court, interview, news) and the word list of Debian's
// wamerican package (/usr/share/dict/american-english; `apt-get install -y wamerican`). It
// never trains on GMB sentences numbered 8 or 9 modulo 10 (8: tuning and calibration; 9:
// held-out evaluation), reports the micro F1 on both, and writes internal/ner/model.bin.gz.
// Training is deterministic: the same data give the same model, byte for byte.
package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/ner"
)

func main() {
	gmb := flag.String("gmb", "../shared/data/entities/gmb/ner_dataset.csv.zip", "GMB extract (zip or csv)")
	dict := flag.String("dict", "/usr/share/dict/american-english", "word list (Debian wamerican)")
	out := flag.String("o", "internal/ner/model.bin.gz", "model file to write")
	def := ner.DefaultTrainOptions()
	epochs := flag.Int("epochs", def.Epochs, "training epochs")
	minCount := flag.Int("min-count", def.MinCount, "drop features seen fewer times")
	headline := flag.Float64("headline", def.Headline, "fraction of sentences also trained in title case")
	prune := flag.Float64("prune", def.Prune, "drop averaged weights smaller than this")
	devEach := flag.Bool("dev-each", false, "score the tuning split after every epoch")
	gum := flag.String("gum", "../shared/data/entities/gum/dep", "also train on the GUM CoNLL-U documents of this folder that -gum-splits lists as train (e.g. ../shared/data/entities/gum/dep)")
	gumSplits := flag.String("gum-splits", "../shared/data/entities/gum/splits.md", "GUM's splits.md")
	// Only genres whose texts are CC BY (not BY-SA), so the model carries no share-alike terms.
	gumGenres := flag.String("gum-genres", "academic,court,interview,news", "GUM genres to train on (comma-separated)")
	gumRepeat := flag.Int("gum-repeat", 1, "train on each GUM sentence this many times per epoch")
	gumEval := flag.String("gum-eval", "", "folder of GUM CoNLL-U files to report Spans F1 on (never trained on)")
	gumExclude := flag.String("gum-exclude", "", "GUM documents (comma-separated names, e.g. GUM_news_nasa) never to train on: a cross-validation fold (tools/cv-entities)")
	flag.Parse()
	if err := run(*gmb, *dict, *out, ner.TrainOptions{Epochs: *epochs, Seed: def.Seed, MinCount: *minCount,
		Headline: *headline, Prune: *prune, Log: os.Stderr}, *devEach, *gum, *gumSplits, strings.Split(*gumGenres, ","), *gumRepeat, *gumEval, *gumExclude); err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}

func run(gmb, dict, out string, opts ner.TrainOptions, devEach bool, gum, gumSplits string, gumGenres []string, gumRepeat int, gumEval, gumExclude string) error {
	start := time.Now()
	lex, err := readLexicon(dict)
	if err != nil {
		return err
	}
	sents, err := ner.ReadGMB(gmb)
	if err != nil {
		return err
	}
	var train, tune, test []ner.Sentence
	for _, s := range sents {
		switch {
		case ner.HeldOut(s.N):
			test = append(test, s)
		case ner.Tuning(s.N):
			tune = append(tune, s)
		default:
			train = append(train, s)
		}
	}
	if devEach {
		opts.Dev = tune
	}
	if gum != "" {
		var skip []string
		if gumExclude != "" {
			skip = strings.Split(gumExclude, ",")
		}
		g, names, err := ner.ReadGUMTrain(gum, gumSplits, gumGenres, skip...)
		if err != nil {
			return err
		}
		// Evaluate leaves out the documents the model trained on.
		list := filepath.Join(filepath.Dir(out), "gumtrain.txt")
		if err := os.WriteFile(list, []byte(strings.Join(names, "\n")+"\n"), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "trainner: %d GUM training sentences\n", len(g))
		for range gumRepeat {
			train = append(train, g...)
		}
	}
	t, err := ner.Train(context.Background(), train, lex, opts)
	if err != nil {
		return err
	}
	t.Calibrate(tune)
	var buf bytes.Buffer
	if err := t.Encode(&buf); err != nil {
		return err
	}
	// Score the model as it will be embedded: decoded from its quantised form.
	t, err = ner.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return err
	}
	titled := make([]ner.Sentence, len(test))
	for i, s := range test {
		titled[i] = ner.TitleCase(s)
	}
	fmt.Fprintf(os.Stderr, "trainner: temperature %g, %d features, %d bytes, tuning micro F1 %.4f, held-out micro F1 %.4f, held-out in title case %.4f (%s)\n",
		t.Temperature(), t.Features(), buf.Len(), ner.MicroF1(t, tune), ner.MicroF1(t, test), ner.MicroF1(t, titled), time.Since(start).Round(time.Second))
	if gumEval != "" {
		f1, err := ner.GUMF1(t, gumEval)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "trainner: GUM %s micro F1 %.4f\n", gumEval, f1)
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// readLexicon reads a word list, one word a line, into lower-case forms with their classes:
// listed in lower case (a common word), capitalised (a name), or both. Possessive entries
// ("Paris's") are skipped.
func readLexicon(path string) (map[string]uint8, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read word list (apt-get install -y wamerican): %w", err)
	}
	defer f.Close()
	lex := map[string]uint8{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasSuffix(w, "'s") {
			continue
		}
		lw := strings.ToLower(w)
		if lw == w {
			lex[lw] |= ner.LexLower
		} else {
			lex[lw] |= ner.LexCap
		}
	}
	return lex, sc.Err()
}
