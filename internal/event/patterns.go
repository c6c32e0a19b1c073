package event

import (
	"bufio"
	"embed"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/datafile"
)

//go:embed data/patterns.txt data/irregular.txt data/relations.txt data/sectors.txt
var dataFS embed.FS

// Pattern kinds.
const (
	kindVerb = "verb"
	kindNoun = "noun"
)

// Pattern flags.
const (
	flagVerbal   = "verbal"   // only when the object is words (a story, a claim, a quoted phrase) or a person
	flagMaterial = "material" // only when it is not
)

// phrase is one pattern: a CAMEO code, a kind and a word sequence. A "*" element lets up to
// four words pass between its neighbours.
type phrase struct {
	code  string
	kind  string
	words []string
	flag  string
	where string // file:line, for messages
	n     int    // words that must match (without gaps)
}

// lexicon holds the compiled patterns and the word lists that steer coding.
type lexicon struct {
	byFirst map[string][]*phrase             // inflected form of the first word -> phrases
	lists   map[string]map[string][][]string // list -> first word -> phrases
	forms   map[string][]string              // lemma -> inflected forms (verbs)
	lemmaOf map[string]string                // inflected form -> lemma (verbs and nouns in patterns)
}

// knownLists are the word lists a pattern file may define with "@name: a, b c, ...".
var knownLists = map[string]bool{
	"negation": true, "refusal": true, "refusedafter": true, "threat": true, "planned": true, "hypothetical": true, "demand": true,
	"speech": true, "light": true, "report": true, "sector": true, "copula": true,
}

func newLexicon() *lexicon {
	return &lexicon{
		byFirst: map[string][]*phrase{},
		lists:   map[string]map[string][][]string{},
		forms:   map[string][]string{},
		lemmaOf: map[string]string{},
	}
}

// loadIrregular reads "lemma past participle" lines.
func (lx *lexicon) loadIrregular(name, src string) error {
	return datafile.Lines(src, func(line int, l string) error {
		f := strings.Fields(l)
		if len(f) < 3 {
			return fmt.Errorf("event: %s:%d: want lemma, past and participle, got %q", name, line, l)
		}
		lemma := f[0]
		for _, w := range f[1:] {
			for _, alt := range strings.Split(w, "/") {
				lx.forms[lemma] = append(lx.forms[lemma], alt)
			}
		}
		return nil
	})
}

// verbForms generates the regular inflections of a verb lemma plus its irregular forms.
// Over-generation is harmless: a form that is not a word never occurs in text.
func (lx *lexicon) verbForms(v string) []string {
	out := []string{v}
	add := func(s ...string) { out = append(out, s...) }
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		add(v+"s", v+"d", v[:n-1]+"ing")
	case strings.HasSuffix(v, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(v[n-2])):
		add(v[:n-1]+"ies", v[:n-1]+"ied", v+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "o"):
		add(v+"es", v+"ed", v+"ing")
	default:
		add(v+"s", v+"ed", v+"ing")
		if n >= 3 && !strings.ContainsRune("aeiouwxy", rune(v[n-1])) && strings.ContainsRune("aeiou", rune(v[n-2])) && !strings.ContainsRune("aeiou", rune(v[n-3])) {
			add(v+v[n-1:]+"ed", v+v[n-1:]+"ing")
		}
	}
	add(lx.forms[v]...)
	return out
}

func nounForms(w string) []string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return []string{w, w[:n-1] + "ies"}
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
		return []string{w, w + "es"}
	}
	return []string{w, w + "s"}
}

// splitWords lower-cases a phrase and splits it into words, keeping "'s" and "n't" apart
// the way the segmenter does.
func splitWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch {
		case strings.HasSuffix(w, "n't") && len(w) > 3:
			out = append(out, w[:len(w)-3], "n't")
		case strings.HasSuffix(w, "'s") && len(w) > 2:
			out = append(out, w[:len(w)-2], "'s")
		default:
			out = append(out, w)
		}
	}
	return out
}

// load parses a pattern file. Lines:
//
//	CODE KIND | phrase, phrase, ... [| flag]
//	@list: phrase, phrase, ...
//
// KIND is verb (the first word is a verb lemma; its inflections match) or noun (the last
// word may be plural). Codes must exist in the CAMEO table.
func (lx *lexicon) load(name, src string, t Table) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if i := strings.Index(l, "#"); i >= 0 {
			l = strings.TrimSpace(l[:i])
		}
		if l == "" {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, line)
		if strings.HasPrefix(l, "@") {
			key, val, ok := strings.Cut(l[1:], ":")
			key = strings.TrimSpace(key)
			if !ok || !knownLists[key] {
				return fmt.Errorf("event: %s: unknown or malformed list %q", where, l)
			}
			for _, p := range strings.Split(val, ",") {
				w := splitWords(p)
				if len(w) == 0 {
					continue
				}
				if !strings.HasPrefix(w[0], "~") {
					lx.addList(key, w)
					continue
				}
				// "~verb rest": every inflection of the verb.
				for _, f := range lx.verbForms(w[0][1:]) {
					lx.addList(key, append([]string{f}, w[1:]...))
				}
			}
			continue
		}
		parts := strings.Split(l, "|")
		if len(parts) < 2 || len(parts) > 3 {
			return fmt.Errorf("event: %s: want \"CODE KIND | phrases [| flag]\", got %q", where, l)
		}
		head := strings.Fields(parts[0])
		if len(head) != 2 {
			return fmt.Errorf("event: %s: want a CAMEO code and a kind before the first |", where)
		}
		code, kind := head[0], head[1]
		if !validCode(code) {
			return fmt.Errorf("event: %s: bad CAMEO code %q", where, code)
		}
		if _, ok := t[code]; !ok {
			return fmt.Errorf("event: %s: CAMEO code %q is not in the CAMEO table", where, code)
		}
		if kind != kindVerb && kind != kindNoun {
			return fmt.Errorf("event: %s: kind %q is neither verb nor noun", where, kind)
		}
		flag := ""
		if len(parts) == 3 {
			flag = strings.TrimSpace(parts[2])
			if flag != flagVerbal && flag != flagMaterial {
				return fmt.Errorf("event: %s: unknown flag %q (verbal, material)", where, flag)
			}
		}
		for _, ph := range strings.Split(parts[1], ",") {
			words := splitWords(ph)
			if len(words) == 0 {
				continue
			}
			if words[0] == "*" || words[len(words)-1] == "*" {
				return fmt.Errorf("event: %s: phrase %q may not start or end with *", where, ph)
			}
			p := &phrase{code: code, kind: kind, words: words, flag: flag, where: where}
			for _, w := range words {
				if w != "*" {
					p.n++
				}
			}
			var firsts []string
			if kind == kindVerb {
				firsts = lx.verbForms(words[0])
				for _, f := range firsts {
					if _, ok := lx.lemmaOf[f]; !ok {
						lx.lemmaOf[f] = words[0]
					}
				}
			} else if len(words) == 1 {
				firsts = nounForms(words[0])
			} else {
				firsts = []string{words[0]}
			}
			for _, f := range firsts {
				lx.byFirst[f] = append(lx.byFirst[f], p)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("event: %s: %w", name, err)
	}
	for _, ps := range lx.byFirst {
		// Longest phrases first, so the first full match is the most specific.
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].n > ps[j].n })
	}
	return nil
}

// loadUser reads a user pattern file from disk.
func (lx *lexicon) loadUser(path string, t Table) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("event: %w", err)
	}
	return lx.load(path, string(b), t)
}

func (lx *lexicon) addList(key string, w []string) {
	m := lx.lists[key]
	if m == nil {
		m = map[string][][]string{}
		lx.lists[key] = m
	}
	m[w[0]] = append(m[w[0]], w)
}

// match reports how many words of toks from i on a phrase of list covers (the longest), or 0.
func (lx *lexicon) match(list string, toks []string, i int) int {
	best := 0
	if i >= len(toks) {
		return 0
	}
	for _, ws := range lx.lists[list][toks[i]] {
		if i+len(ws) > len(toks) || len(ws) <= best {
			continue
		}
		ok := true
		for k, w := range ws {
			if toks[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			best = len(ws)
		}
	}
	return best
}
