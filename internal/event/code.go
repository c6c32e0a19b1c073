package event

import (
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// trigger is a matched pattern in a sentence: tokens [a, b).
type trigger struct {
	p     *phrase
	alts  []*phrase // other phrases of the same length matching here
	a, b  int
	light int // token index of the light verb governing a nominal event, or -1
	drop  bool
}

// wordMatch reports whether token k matches pattern word w (its text, lemma or plural).
func (s *sent) wordMatch(k int, w string) bool {
	t := s.toks[k]
	if t.low == w || t.lemma == w {
		return true
	}
	if strings.Contains(w, "/") {
		for _, alt := range strings.Split(w, "/") {
			if t.low == alt || t.lemma == alt {
				return true
			}
		}
	}
	return plural(t.low, w)
}

// plural reports whether s is w+"s" or w+"es", without building either.
func plural(s, w string) bool {
	if !strings.HasPrefix(s, w) {
		return false
	}
	switch s[len(w):] {
	case "s", "es":
		return true
	}
	return false
}

// matchFrom matches words[wi:] at token ti, returning the end token.
func (s *sent) matchFrom(words []string, wi, ti int) (int, bool) {
	if wi == len(words) {
		return ti, true
	}
	if words[wi] == "*" {
		// Up to four words pass; quote marks inside the gap do not count ("fired "more
		// than twenty rounds" at").
		n := 0
		for t := ti; t <= len(s.toks) && n <= 4; t++ {
			if t > ti {
				p := s.toks[t-1]
				if isPunctTok(p) && !quoteMarks[p.low] {
					break
				}
				if !quoteMarks[p.low] {
					n++
				}
				if n > 4 {
					break
				}
			}
			if e, ok := s.matchFrom(words, wi+1, t); ok {
				return e, true
			}
		}
		return 0, false
	}
	if ti >= len(s.toks) || !s.wordMatch(ti, words[wi]) {
		return 0, false
	}
	return s.matchFrom(words, wi+1, ti+1)
}

// verbOK says whether token k can be the verb starting a verb pattern.
func (s *sent) verbOK(k int) bool {
	t := s.toks[k]
	if t.ment >= 0 || t.time {
		return false
	}
	if s.mistaggedVerb(k) {
		return true
	}
	if t.tag != "" {
		if !strings.HasPrefix(t.tag, "VB") {
			return false
		}
		if t.tag == "VBN" && k > 0 && k+1 < len(s.toks) && (s.toks[k+1].tag == "NN" || s.toks[k+1].tag == "NNS" || strings.HasPrefix(s.toks[k+1].tag, "JJ")) {
			switch p := s.toks[k-1]; {
			case p.tag == "DT" || p.tag == "CD" || p.tag == "PRP$" || strings.HasPrefix(p.tag, "JJ"),
				p.tag == "RB" && (k < 2 || !auxVerbs[s.toks[k-2].low]):
				return false // "heavily armed pirates", "the seized catch": a participle as adjective
			}
		}
	}
	if k > 0 {
		p := s.toks[k-1].low
		if p == "'s" || p == "'" {
			return false
		}
		if s.toks[k-1].tag == "CD" || numberWords[p] {
			return false // "thirty wounded": a participle used as a noun
		}
		if t.tag == "" && (t.low == t.lemma || t.low == t.lemma+"s" || t.low == t.lemma+"es") && s.nounContext(k) {
			return false
		}
		if determiners[p] && p != "that" {
			return false
		}
		if prepositions[p] && !strings.HasSuffix(t.low, "ing") && p != "to" {
			return false
		}
	}
	return true
}

// nounOK says whether token k can start a nominal event.
func (s *sent) nounOK(k int, multi bool) bool {
	t := s.toks[k]
	if t.ment >= 0 || t.time {
		return false
	}
	if t.tag != "" && !strings.HasPrefix(t.tag, "NN") && t.tag != "VBG" && !(multi && strings.HasPrefix(t.tag, "JJ")) {
		return false
	}
	if t.tag == "" && k > 0 && (s.toks[k-1].low == "to" || modalWords[s.toks[k-1].low]) {
		return false // "to attack", "will attack": a verb
	}
	return true
}

// nounContext guesses, without part-of-speech tags, that token k heads a noun phrase: the
// words before it (mentions, "and", "'s", lower-case modifiers) go back to a determiner or
// a preposition ("the Israeli and US attacks", "of Russian strikes").
func (s *sent) nounContext(k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 6; j, n = j-1, n+1 {
		t := s.toks[j]
		if determiners[t.low] || prepositions[t.low] && t.low != "to" {
			return true
		}
		if t.ment >= 0 || t.low == "and" || t.low == "," || t.low == "'s" {
			continue
		}
		if n > 0 && !t.upper && isAdjLike(t) && !auxVerbs[t.low] && !strings.HasSuffix(t.low, "ly") {
			continue
		}
		return false
	}
	return false
}

var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "dozens": true, "hundreds": true, "thousands": true, "twenty": true,
	"thirty": true, "forty": true, "fifty": true, "many": true, "several": true,
	"eleven": true, "twelve": true, "fifteen": true, "twenty-five": true, "scores": true, "one": true,
}

// compoundHead: token k is a common noun heading a compound whose modifier ends before it.
func (s *sent) compoundHead(k int) bool {
	t := s.toks[k]
	return t.ment < 0 && !t.time && !t.upper && (t.tag == "NN" || t.tag == "NNS")
}

// quoteMarks may stand inside a pattern's gap ("approved a “special law”").
var quoteMarks = map[string]bool{"\"": true, "``": true, "''": true, "“": true, "”": true, "'": true, "‘": true, "’": true}

var modalWords = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true, "shall": true}

// triggers finds the patterns in the sentence, leftmost-longest, without overlaps.
func (c *Coder) triggers(s *sent) []*trigger {
	var out []*trigger
	for i := 0; i < len(s.toks); i++ {
		cands := c.lx.byFirst[s.toks[i].low]
		if l := s.toks[i].lemma; l != s.toks[i].low {
			cands = append(cands[:len(cands):len(cands)], c.lx.byFirst[l]...)
		}
		var best *trigger
		for _, p := range cands {
			if best != nil && p.n < best.p.n {
				continue
			}
			if p.kind == kindVerb && !s.verbOK(i) || p.kind == kindNoun && !s.nounOK(i, len(p.words) > 1) {
				continue
			}
			end, ok := s.matchFrom(p.words, 1, i+1)
			if !ok {
				continue
			}
			if p.kind == kindNoun && end < len(s.toks) && s.compoundHead(end) {
				continue // "aid groups", "attack helicopters": a modifier, not an event
			}
			switch {
			case best == nil || p.n > best.p.n:
				best = &trigger{p: p, a: i, b: end, light: -1}
			case p != best.p && p.code != best.p.code:
				best.alts = append(best.alts, p)
			}
		}
		if best != nil {
			out = append(out, best)
			i = best.b - 1
		}
	}
	return out
}

// textSpan of tokens [a, b).
func (s *sent) textSpan(a, b int) doc.TextSpan {
	return s.x.d.TextSpan(doc.Span{Start: s.toks[a].start, End: s.toks[b-1].end})
}

// mistaggedVerb: a past form in -ed tagged as a noun or adjective right after a named
// subject and before a named object or a determiner is a verb ("South Sudan accused Sudan
// of", where the tagger read "Sudan accused" as a noun phrase).
func (s *sent) mistaggedVerb(k int) bool {
	t := s.toks[k]
	if !strings.HasSuffix(t.low, "ed") || !(strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "JJ")) || k == 0 || k+1 >= len(s.toks) {
		return false
	}
	if s.toks[k-1].ment < 0 || t.upper {
		return false
	}
	n := s.toks[k+1]
	return n.ment >= 0 || n.low == "the" || n.low == "a" || n.low == "an"
}
