package segment

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/datafile"
)

//go:embed abbreviations.txt
var abbreviationsFile string

//go:embed starters.txt
var startersFile string

// abbrClass says how a known abbreviation's period behaves.
type abbrClass uint8

const (
	abbrNone   abbrClass = iota
	abbrTitle            // before a name; never ends a sentence
	abbrFinal            // may end a sentence before any capitalised word
	abbrPrefix           // ends a sentence only before a usual sentence opener
	abbrNumber           // an abbreviation only before a number
	abbrName             // a name carrying its punctuation (Yahoo!)
	abbrInner            // inside a sentence only (e.g., i.e., vs.)
	abbrTime             // a time of day (a.m., p.m.)
)

var classNames = map[string]abbrClass{
	"title":  abbrTitle,
	"final":  abbrFinal,
	"prefix": abbrPrefix,
	"number": abbrNumber,
	"name":   abbrName,
	"inner":  abbrInner,
	"time":   abbrTime,
}

// lexicon is the segmenter's knowledge, read once from the embedded files.
type lexicon struct {
	exact    map[string]abbrClass // case-sensitive forms, with the final mark
	folded   map[string]abbrClass // lower-cased forms, with the final mark
	starters map[string]bool
	maxLen   int // longest abbreviation in bytes
}

// lookup returns the class of the abbreviation s (with its final mark), or abbrNone.
func (l *lexicon) lookup(s string) abbrClass {
	if len(s) > l.maxLen {
		return abbrNone
	}
	if c, ok := l.exact[s]; ok {
		return c
	}
	var buf [32]byte
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			if c, ok := l.folded[strings.ToLower(s)]; ok {
				return c
			}
			return abbrNone
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if c, ok := l.folded[string(b)]; ok {
		return c
	}
	return abbrNone
}

var loadLexicon = sync.OnceValues(func() (*lexicon, error) {
	return parseLexicon(abbreviationsFile, startersFile)
})

// parseLexicon reads the abbreviation and starter lists; errors name file and line.
func parseLexicon(abbrs, starters string) (*lexicon, error) {
	l := &lexicon{exact: map[string]abbrClass{}, folded: map[string]abbrClass{}, starters: map[string]bool{}}
	err := datafile.Lines(abbrs, func(n int, line string) error {
		f := strings.Fields(line)
		exact := false
		if len(f) == 3 && f[1] == "exact" {
			exact = true
			f = []string{f[0], f[2]}
		}
		if len(f) != 2 {
			return fmt.Errorf("segment: abbreviations.txt:%d: want \"FORM [exact] CLASS\", got %q", n, line)
		}
		form := f[0]
		c, ok := classNames[f[1]]
		if !ok {
			return fmt.Errorf("segment: abbreviations.txt:%d: unknown class %q", n, f[1])
		}
		last, _ := utf8.DecodeLastRuneInString(form)
		if last != '.' && last != '!' {
			return fmt.Errorf("segment: abbreviations.txt:%d: %q must end with its period", n, form)
		}
		first, _ := utf8.DecodeRuneInString(form)
		if !unicode.IsLetter(first) {
			return fmt.Errorf("segment: abbreviations.txt:%d: %q must start with a letter", n, form)
		}
		m, key := l.folded, strings.ToLower(form)
		if exact {
			m, key = l.exact, form
		}
		if _, dup := m[key]; dup {
			return fmt.Errorf("segment: abbreviations.txt:%d: duplicate %q", n, form)
		}
		m[key] = c
		l.maxLen = max(l.maxLen, len(form))
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = datafile.Lines(starters, func(n int, line string) error {
		r, _ := utf8.DecodeRuneInString(line)
		if strings.ContainsAny(line, " \t") || !unicode.IsUpper(r) {
			return fmt.Errorf("segment: starters.txt:%d: want one capitalised word, got %q", n, line)
		}
		if l.starters[line] {
			return fmt.Errorf("segment: starters.txt:%d: duplicate %q", n, line)
		}
		l.starters[line] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}
