package lemma

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

//go:embed wordnet.txt.gz
var wordnetFile []byte

//go:embed exceptions.txt
var exceptionsFile string

//go:embed closed.txt
var closedFile string

// Word classes as WordNet names them.
const (
	Noun = 'n'
	Verb = 'v'
	Adj  = 'a'
	Adv  = 'r'
)

// Lexicon holds the lemma tables: WordNet's words with their classes, its irregular forms,
// and the project's list of closed-class forms ("them" → they, "'re" → be).
type Lexicon struct {
	words  map[string]uint8 // bit set over classBit
	exc    map[excKey]string
	closed map[closedKey]string
}

type excKey struct {
	form  string
	class byte
}

type closedKey struct {
	form, tag string
}

func classBit(c byte) uint8 {
	switch c {
	case Noun:
		return 1
	case Verb:
		return 2
	case Adj:
		return 4
	case Adv:
		return 8
	}
	return 0
}

var loadDefault = sync.OnceValues(func() (*Lexicon, error) {
	return Parse(wordnetFile, exceptionsFile, closedFile)
})

// Default returns the embedded lexicon, loaded once.
func Default() (*Lexicon, error) { return loadDefault() }

// Parse reads the three tables: the gzipped WordNet word list, the exception list and the
// closed-class list. Errors name the file and line.
func Parse(wordnetGz []byte, exceptions, closed string) (*Lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(wordnetGz))
	if err != nil {
		return nil, fmt.Errorf("lemma: wordnet.txt.gz: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("lemma: wordnet.txt.gz: %w", err)
	}
	l := &Lexicon{words: make(map[string]uint8, 90000), exc: map[excKey]string{}, closed: map[closedKey]string{}}
	err = eachLine(string(raw), func(n int, f []string) error {
		if len(f) != 2 || f[1] == "" {
			return fmt.Errorf("lemma: wordnet.txt.gz:%d: want word<TAB>classes", n)
		}
		var bits uint8
		for i := 0; i < len(f[1]); i++ {
			b := classBit(f[1][i])
			if b == 0 {
				return fmt.Errorf("lemma: wordnet.txt.gz:%d: unknown class %q", n, f[1][i])
			}
			bits |= b
		}
		l.words[f[0]] = bits
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(exceptions, func(n int, f []string) error {
		if len(f) != 3 || len(f[1]) != 1 || classBit(f[1][0]) == 0 {
			return fmt.Errorf("lemma: exceptions.txt:%d: want inflected<TAB>class<TAB>lemma", n)
		}
		k := excKey{f[0], f[1][0]}
		if _, dup := l.exc[k]; !dup {
			l.exc[k] = f[2]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine(closed, func(n int, f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("lemma: closed.txt:%d: want form<TAB>tags<TAB>lemma", n)
		}
		for _, tag := range strings.Split(f[1], ",") {
			k := closedKey{f[0], tag}
			if _, dup := l.closed[k]; dup {
				return fmt.Errorf("lemma: closed.txt:%d: duplicate %s/%s", n, f[0], tag)
			}
			l.closed[k] = f[2]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// eachLine calls fn with the tab-separated fields of each line that is not blank or a
// comment.
func eachLine(text string, fn func(n int, f []string) error) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}

// Has reports whether w (lower case) is a WordNet word of class c (Noun, Verb, Adj, Adv).
func (l *Lexicon) Has(w string, c byte) bool { return l.words[w]&classBit(c) != 0 }

// Classes returns the WordNet classes of w (lower case) and of the base forms its
// inflections lead to, as a string over "nvar" ("" when unknown).
func (l *Lexicon) Classes(w string) string {
	bits := l.words[w]
	for _, c := range []byte{Noun, Verb, Adj} {
		if bits&classBit(c) != 0 {
			continue
		}
		if b, ok := l.base(w, c); ok && b != w {
			bits |= classBit(c)
		}
	}
	return classNames[bits&15]
}

// classNames spells each set of class bits (n=1, v=2, a=4, r=8).
var classNames = func() [16]string {
	var out [16]string
	for bits := range 16 {
		for i, c := range "nvar" {
			if bits&(1<<i) != 0 {
				out[bits] += string(c)
			}
		}
	}
	return out
}()

// Lemma returns the lower-case lemma of word tagged tag (Penn Treebank), using the
// embedded tables; without them it returns the word lower-cased.
func Lemma(word, tag string) string {
	l, err := Default()
	if err != nil {
		return normalize(word)
	}
	return l.Lemma(word, tag)
}

// Lemma returns the lower-case lemma of word tagged tag (Penn Treebank).
func (l *Lexicon) Lemma(word, tag string) string {
	w := normalize(word)
	if lm, ok := l.closed[closedKey{w, tag}]; ok {
		return lm
	}
	if lm, ok := l.closed[closedKey{w, "*"}]; ok {
		return lm
	}
	// A hyphenated word inflects at its end: "one-sided" → one-side, "ex-ministers" →
	// ex-minister.
	if k := strings.LastIndexByte(w, '-'); k > 0 && k < len(w)-1 && inflectedTag(tag) {
		return w[:k+1] + l.Lemma(w[k+1:], tag)
	}
	switch tag {
	case "``", "''", ":", ",", ".", "SYM", "HYPH", "NFP":
		return punctLemma(w)
	case "CD":
		return plainNumber(w)
	case "NNS", "NNPS":
		if isDecade(w) {
			return w
		}
		if lm, ok := l.inflected(w, Noun); ok {
			return lm
		}
		if tag == "NNPS" {
			return w
		}
		return guessNoun(w)
	case "VBD", "VBN", "VBG", "VBZ":
		if lm, ok := l.inflected(w, Verb); ok {
			return lm
		}
		return guessVerb(w, tag)
	case "JJR", "JJS":
		if lm, ok := l.inflected(w, Adj); ok {
			return lm
		}
		return w
	case "RBR", "RBS":
		if lm, ok := l.exc[excKey{w, Adv}]; ok {
			return lm
		}
		if lm, ok := l.inflected(w, Adj); ok {
			return lm
		}
		return w
	}
	return w
}

// inflected finds the base of w in class c: an irregular form, or a regular rule whose
// result WordNet knows.
func (l *Lexicon) inflected(w string, c byte) (string, bool) {
	if lm, ok := l.exc[excKey{w, c}]; ok {
		return lm, true
	}
	return l.base(w, c)
}

// rule is a suffix substitution of WordNet's morphological processor, extended with
// consonant doubling and e-restoration for -ed and -ing.
type rule struct{ from, to string }

var rules = map[byte][]rule{
	Noun: {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	Verb: {{"ies", "y"}, {"es", "e"}, {"es", ""}, {"s", ""}, {"ied", "y"}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	Adj:  {{"ier", "y"}, {"iest", "y"}, {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
}

// base applies the rules of class c and returns the first result WordNet has in class c;
// a doubled final consonant is undone ("stopped" → stop).
func (l *Lexicon) base(w string, c byte) (string, bool) {
	for _, r := range rules[c] {
		if !strings.HasSuffix(w, r.from) || len(w) <= len(r.from)+1 {
			continue
		}
		stem := w[:len(w)-len(r.from)]
		if r.to == "" {
			if l.Has(stem, c) {
				return stem, true
			}
		} else {
			var buf [64]byte
			b := append(append(buf[:0], stem...), r.to...)
			if l.words[string(b)]&classBit(c) != 0 {
				return string(b), true
			}
		}
		// Verbs and adjectives double a final consonant ("stopped", "bigger"); nouns do
		// not ("odds" is not "od").
		if c != Noun && r.to == "" && len(stem) >= 3 && stem[len(stem)-1] == stem[len(stem)-2] && isConsonant(stem[len(stem)-1]) {
			if b := stem[:len(stem)-1]; l.Has(b, c) {
				return b, true
			}
		}
	}
	return "", false
}

func isConsonant(b byte) bool {
	return b >= 'a' && b <= 'z' && !strings.ContainsRune("aeiou", rune(b))
}

// guessNoun strips a plural ending from a noun WordNet does not know.
func guessNoun(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

// guessVerb strips an inflection from a verb WordNet does not know.
func guessVerb(w, tag string) string {
	switch tag {
	case "VBZ":
		switch {
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"):
			return w[:len(w)-2]
		case strings.HasSuffix(w, "s") && len(w) > 2:
			return w[:len(w)-1]
		}
	case "VBD", "VBN":
		switch {
		case strings.HasSuffix(w, "ied") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "ed") && len(w) > 3:
			return undouble(w[:len(w)-2])
		}
	case "VBG":
		if strings.HasSuffix(w, "ing") && len(w) > 4 {
			return undouble(w[:len(w)-3])
		}
	}
	return w
}

// undouble drops a doubled final consonant ("stopp" → stop), keeping ll, ss and zz.
func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && isConsonant(s[n-1]) && !strings.ContainsRune("lsz", rune(s[n-1])) {
		return s[:n-1]
	}
	return s
}

// normalize lower-cases w and makes typographic apostrophes plain.
func normalize(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf || w[i] >= 'A' && w[i] <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	w = strings.NewReplacer("’", "'", "‘", "'", "`", "'").Replace(w)
	return strings.ToLower(w)
}

// Document fills Token.Lemma for every token of d from its text and Tag. A contracted
// "'s" before "been" or "got" is have ("she's been", "it's got"), not be.
func (l *Lexicon) Document(d *doc.Document) {
	for i := range d.Tokens {
		t := &d.Tokens[i]
		t.Lemma = l.Lemma(d.Slice(doc.Span{Start: t.Start, End: t.End}), t.Tag)
	}
	for i := 0; i+1 < len(d.Tokens); i++ {
		t := &d.Tokens[i]
		if t.Lemma != "be" || t.Tag != "VBZ" {
			continue
		}
		if w := normalize(d.Slice(doc.Span{Start: t.Start, End: t.End})); w != "'s" {
			continue
		}
		n := d.Tokens[i+1]
		if n.Tag == "RB" && i+2 < len(d.Tokens) { // "she's not been"
			n = d.Tokens[i+2]
		}
		switch normalize(d.Slice(doc.Span{Start: n.Start, End: n.End})) {
		case "been", "got", "gotten":
			t.Lemma = "have"
		}
	}
}

// punctLemma writes quotation marks and dashes the plain way GUM lemmatises them.
func punctLemma(w string) string {
	switch w {
	case "“", "”", "„", "«", "»", "``", "''":
		return "\""
	case "‘", "’":
		return "'"
	case "–", "--", "---":
		return "-"
	case "...", ". . .":
		return "…"
	}
	return w
}

// isDecade reports whether w is a decade or a plural number ("1960s", "90s").
func isDecade(w string) bool {
	if len(w) < 2 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != '\'' {
			return false
		}
	}
	return true
}

// plainNumber drops the thousands separators of a number ("40,000" → 40000), so outlets
// writing a figure differently share its lemma.
func plainNumber(w string) string {
	if !strings.Contains(w, ",") {
		return w
	}
	groups := strings.Split(w, ",")
	for i, g := range groups {
		n := len(g)
		if i == len(groups)-1 {
			if k := strings.IndexByte(g, '.'); k >= 0 {
				n = k
			}
		}
		if n == 0 || n > 3 || i > 0 && n != 3 {
			return w
		}
		for j := 0; j < n; j++ {
			if g[j] < '0' || g[j] > '9' {
				return w
			}
		}
	}
	return strings.ReplaceAll(w, ",", "")
}
