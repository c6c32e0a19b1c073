package align

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/datafile"
)

//go:embed data/classes.txt
var classesData string

//go:embed data/stopwords.txt
var stopwordsData string

// negClass is the grammatical class marking negation or refusal.
const negClass = "_neg"

// Lexicon holds the synonym classes and the stop words.
type Lexicon struct {
	// single maps a stemmed word to its classes.
	single map[string][]string
	// phrases maps the first stem of a phrase to the phrases starting with it (longest first).
	phrases map[string][]phrase
	stop    map[string]bool
}

type phrase struct {
	stems []string
	class string
}

// LoadLexicon parses the embedded lexicon and any extra class files given as name/content
// pairs; a bad line is an error naming file and line.
func LoadLexicon(extra ...[2]string) (*Lexicon, error) {
	lx := &Lexicon{single: map[string][]string{}, phrases: map[string][]phrase{}, stop: map[string]bool{}}
	files := append([][2]string{{"data/classes.txt", classesData}}, extra...)
	for _, f := range files {
		if err := lx.parseClasses(f[0], f[1]); err != nil {
			return nil, err
		}
	}
	for _, w := range strings.Fields(stripComments(stopwordsData)) {
		lx.stop[w] = true
		lx.stop[stem(w)] = true
	}
	for k := range lx.phrases {
		ps := lx.phrases[k]
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].stems) > len(ps[j].stems) })
	}
	return lx, nil
}

func stripComments(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

func (lx *Lexicon) parseClasses(name, data string) error {
	seen := map[string]bool{}
	return datafile.Lines(data, func(n int, line string) error {
		class, members, ok := strings.Cut(line, ":")
		class = strings.TrimSpace(class)
		if !ok || class == "" || strings.ContainsAny(class, " \t,") {
			return fmt.Errorf("align: %s:%d: want \"NAME: member, member\"", name, n)
		}
		if seen[class] {
			return fmt.Errorf("align: %s:%d: class %q defined twice", name, n, class)
		}
		seen[class] = true
		count := 0
		for _, m := range strings.Split(members, ",") {
			words := wordsOf(strings.ToLower(strings.TrimSpace(m)))
			if len(words) == 0 {
				continue
			}
			if len(words) > 4 {
				return fmt.Errorf("align: %s:%d: member %q has more than four words", name, n, strings.TrimSpace(m))
			}
			count++
			stems := make([]string, len(words))
			for i, w := range words {
				stems[i] = stem(w)
			}
			if len(stems) == 1 {
				lx.single[stems[0]] = appendUnique(lx.single[stems[0]], class)
				continue
			}
			lx.phrases[stems[0]] = append(lx.phrases[stems[0]], phrase{stems: stems, class: class})
		}
		if count == 0 {
			return fmt.Errorf("align: %s:%d: class %q has no members", name, n, class)
		}
		return nil
	})
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// wordsOf splits a lexicon entry into words the way the text scanner does.
func wordsOf(s string) []string {
	var out []string
	for _, w := range scanWords(s) {
		out = append(out, strings.ToLower(s[w.start:w.end]))
	}
	return out
}

// stem reduces an English word to a crude stem; entries and text go through the same
// function, so it only needs to be consistent, not linguistically right.
func stem(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "\u2019s")
	switch {
	case len(w) > 6 && strings.HasSuffix(w, "ily"):
		w = w[:len(w)-3] + "y"
	case len(w) > 5 && strings.HasSuffix(w, "ally"):
		w = w[:len(w)-4]
	case len(w) > 5 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "lly"):
		w = w[:len(w)-2]
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		w = w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		w = w[:len(w)-2]
	}
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	// Collapse a doubled final consonant left by -ing/-ed (planned -> plan).
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		w = w[:n-1]
	}
	return w
}
