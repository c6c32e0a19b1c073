package postag

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/parallax-news/parallax/internal/conllu"
)

// ReadCoNLLU reads the sentences of a CoNLL-U file: word forms, XPOS tags and lemmas.
// Multi-word token lines (1-2) and empty nodes (1.1) are skipped. Words GUM splits around a
// hyphen with no space ("all", "-", "girl") are joined back into one word, as the segmenter
// keeps them, tagged like their last part.
func ReadCoNLLU(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	err := conllu.Read(r, name, func(cs conllu.Sentence) error {
		var cur Sentence
		glue := make([]bool, 0, len(cs.Words)) // SpaceAfter=No per word
		for _, w := range cs.Words {
			cur.Words = append(cur.Words, w.Form)
			cur.Lemmas = append(cur.Lemmas, w.Lemma)
			cur.Tags = append(cur.Tags, w.XPOS)
			glue = append(glue, !w.SpaceAfter())
		}
		out = append(out, joinHyphens(cur, glue))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("postag: %w", err)
	}
	return out, nil
}

// joinHyphens merges word, "-", word runs written without spaces.
func joinHyphens(s Sentence, glue []bool) Sentence {
	var o Sentence
	for i := 0; i < len(s.Words); i++ {
		if i+2 < len(s.Words) && s.Words[i+1] == "-" && glue[i] && glue[i+1] && isAlnum(s.Words[i]) && isAlnum(s.Words[i+2]) {
			w, t, lm := s.Words[i], s.Tags[i+2], s.Lemmas[i+2]
			j := i
			for j+2 < len(s.Words) && s.Words[j+1] == "-" && glue[j] && glue[j+1] && isAlnum(s.Words[j+2]) {
				w += "-" + s.Words[j+2]
				t, lm = s.Tags[j+2], s.Lemmas[j+2]
				j += 2
			}
			o.Words = append(o.Words, w)
			o.Tags = append(o.Tags, t)
			o.Lemmas = append(o.Lemmas, strings.ToLower(w[:len(w)-len(s.Words[j])])+lm)
			i = j
			continue
		}
		o.Words = append(o.Words, s.Words[i])
		o.Tags = append(o.Tags, s.Tags[i])
		o.Lemmas = append(o.Lemmas, s.Lemmas[i])
	}
	return o
}

func isAlnum(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127) {
			return false
		}
	}
	return w != ""
}

// Splits reads GUM's splits.md: document names per split ("train", "dev", "test", ...).
func Splits(path string) (map[string][]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("postag: %w", err)
	}
	out := map[string][]string{}
	split := ""
	for _, l := range strings.Split(string(raw), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "## "):
			split = strings.TrimSpace(l[3:])
		case strings.HasPrefix(l, "* ") && split != "":
			out[split] = append(out[split], strings.TrimSpace(l[2:]))
		}
	}
	return out, nil
}

// ReadGUM reads the documents of dir (GUM's dep/ folder and splits.md next to it) for the
// named splits; "train" also takes every document no split names.
func ReadGUM(dir string, splits ...string) ([]Sentence, int, error) {
	sp, err := Splits(filepath.Join(filepath.Dir(dir), "splits.md"))
	if err != nil {
		sp, err = Splits(filepath.Join(dir, "splits.md"))
		if err != nil {
			return nil, 0, err
		}
	}
	named := map[string]string{}
	for s, docs := range sp {
		for _, d := range docs {
			named[d] = s
		}
	}
	want := map[string]bool{}
	for _, s := range splits {
		want[s] = true
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.conllu"))
	if err != nil {
		return nil, 0, fmt.Errorf("postag: %w", err)
	}
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(dir, "dep", "*.conllu"))
	}
	var out []Sentence
	ndocs := 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".conllu")
		s, ok := named[name]
		if !ok {
			s = "train"
		}
		if !want[s] {
			continue
		}
		fh, err := os.Open(f)
		if err != nil {
			return nil, 0, fmt.Errorf("postag: %w", err)
		}
		sents, err := ReadCoNLLU(fh, f)
		fh.Close()
		if err != nil {
			return nil, 0, err
		}
		out = append(out, sents...)
		ndocs++
	}
	return out, ndocs, nil
}
