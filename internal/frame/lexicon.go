package frame

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/datafile"
)

//go:embed data/loaded.txt
var loadedData string

//go:embed data/tone.txt
var toneData string

// Lexicon holds the loaded terms and the valence of evaluative words.
type Lexicon struct {
	// terms maps the first word of a loaded term to the terms starting with it, as word lists.
	terms   map[string][][]string
	valence map[string]float64
}

// LoadLexicon parses the embedded lexicons; a bad line is an error naming file and line.
func LoadLexicon() (*Lexicon, error) {
	lx := &Lexicon{terms: map[string][][]string{}, valence: map[string]float64{}}
	if err := eachLine("data/loaded.txt", loadedData, func(line string) error {
		term, cat, ok := strings.Cut(line, ":")
		term = strings.ToLower(strings.TrimSpace(term))
		if !ok || term == "" || strings.TrimSpace(cat) == "" {
			return fmt.Errorf("want \"term: category\"")
		}
		ws := strings.Fields(term)
		if len(ws) > 3 {
			return fmt.Errorf("term %q has more than three words", term)
		}
		lx.terms[ws[0]] = append(lx.terms[ws[0]], ws)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine("data/tone.txt", toneData, func(line string) error {
		f := strings.Fields(line)
		if len(f) != 2 {
			return fmt.Errorf("want \"word value\"")
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil || v < -4 || v > 4 {
			return fmt.Errorf("value %q is not a number in [-4, 4]", f[1])
		}
		if _, dup := lx.valence[f[0]]; dup {
			return fmt.Errorf("word %q listed twice", f[0])
		}
		lx.valence[f[0]] = v
		return nil
	}); err != nil {
		return nil, err
	}
	return lx, nil
}

func eachLine(name, data string, fn func(string) error) error {
	return datafile.Lines(data, func(n int, line string) error {
		if err := fn(line); err != nil {
			return fmt.Errorf("frame: %s:%d: %w", name, n, err)
		}
		return nil
	})
}
