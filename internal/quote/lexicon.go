package quote

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/cues.txt
var cuesFile string

// Cue classes (a bit set: one word form can belong to several).
const (
	classSpeech uint8 = 1 << iota
	classCognition
	classReport
	classObject
	classStance
	classNoun  // a statement noun before "that"
	classHedge // "seems to", "appears that"
)

// Verb forms.
const (
	formBase uint8 = iota
	formThird
	formPast
	formPart
	formGerund
)

// cueInfo is what the lexicon knows about one inflected word form.
type cueInfo struct {
	lemma string
	class uint8
	form  uint8
	obj   bool // takes a person object before its clause
	weak  bool // a cue only before "that" or a quotation
	// quoted: a cue only when it governs quoted words ("attacked the \"scare stories\""),
	// as its plain sense is often physical ("attacked the plant").
	quoted bool
}

// Lexicon maps word forms to cue verbs and lists the source phrases ("according to").
type Lexicon struct {
	forms   map[string]cueInfo
	nouns   map[string]bool // statement nouns, singular and plural
	phrases [][]string      // each a sequence of lower-case words
}

// LoadLexicon parses a cue lexicon in the format of data/cues.txt; name is used in errors.
func LoadLexicon(name, text string) (*Lexicon, error) {
	lx := &Lexicon{forms: map[string]cueInfo{}, nouns: map[string]bool{}}
	seen := map[string]int{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		where := fmt.Sprintf("%s:%d", name, i+1)
		if len(f) < 2 {
			return nil, fmt.Errorf("quote: %s: want CLASS LEMMA [FLAGS], got %q", where, line)
		}
		key := f[0] + " " + strings.Join(f[1:], " ")
		if f[0] != "prep" {
			key = f[0] + " " + f[1]
		}
		if prev, ok := seen[key]; ok {
			return nil, fmt.Errorf("quote: %s: duplicate entry %q (first at line %d)", where, key, prev)
		}
		seen[key] = i + 1
		if f[0] == "prep" {
			words := make([]string, len(f)-1)
			for j, w := range f[1:] {
				words[j] = strings.ToLower(w)
			}
			lx.phrases = append(lx.phrases, words)
			continue
		}
		if f[0] == "noun" {
			if len(f) != 2 || !isLowerWord(f[1]) {
				return nil, fmt.Errorf("quote: %s: want noun LEMMA, got %q", where, line)
			}
			lx.nouns[f[1]] = true
			lx.nouns[third(f[1])] = true
			continue
		}
		var class uint8
		switch f[0] {
		case "speech":
			class = classSpeech
		case "cognition":
			class = classCognition
		case "report":
			class = classReport
		case "object":
			class = classObject
		case "stance":
			class = classStance
		case "hedge":
			class = classHedge
		default:
			return nil, fmt.Errorf("quote: %s: unknown class %q", where, f[0])
		}
		lemma := f[1]
		if !isLowerWord(lemma) {
			return nil, fmt.Errorf("quote: %s: lemma %q must be one lower-case word", where, lemma)
		}
		var past, pp string
		var double, obj, weak, quoted bool
		for _, fl := range f[2:] {
			switch {
			case strings.HasPrefix(fl, "past="):
				past = fl[len("past="):]
			case strings.HasPrefix(fl, "pp="):
				pp = fl[len("pp="):]
			case fl == "double":
				double = true
			case fl == "obj":
				obj = true
			case fl == "weak":
				weak = true
			case fl == "quoted":
				quoted = true
			default:
				return nil, fmt.Errorf("quote: %s: unknown flag %q", where, fl)
			}
		}
		if past == "" {
			past = regularPast(lemma, double)
		}
		if pp == "" {
			pp = past
		}
		add := func(w string, form uint8) {
			ci := lx.forms[w]
			if ci.lemma == "" {
				ci = cueInfo{lemma: lemma, form: form}
			}
			ci.class |= class
			ci.obj = ci.obj || obj
			ci.weak = ci.weak || weak
			ci.quoted = ci.quoted || quoted
			lx.forms[w] = ci
		}
		add(lemma, formBase)
		add(third(lemma), formThird)
		add(past, formPast)
		if pp != past {
			add(pp, formPart)
		}
		add(gerund(lemma, double), formGerund)
	}
	return lx, nil
}

func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func third(w string) string {
	n := len(w)
	switch {
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"),
		strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"), strings.HasSuffix(w, "o"):
		return w + "es"
	}
	return w + "s"
}

func regularPast(w string, double bool) string {
	n := len(w)
	switch {
	case double:
		return w + w[n-1:] + "ed"
	case w[n-1] == 'e':
		return w + "d"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ied"
	}
	return w + "ed"
}

func gerund(w string, double bool) string {
	n := len(w)
	switch {
	case double:
		return w + w[n-1:] + "ing"
	case strings.HasSuffix(w, "ee"), strings.HasSuffix(w, "ye"), strings.HasSuffix(w, "oe"):
		return w + "ing"
	case strings.HasSuffix(w, "ie"):
		return w[:n-2] + "ying"
	case w[n-1] == 'e' && n > 2:
		return w[:n-1] + "ing"
	}
	return w + "ing"
}
