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
	return t.low == w+"s" || t.low == w+"es"
}

// matchFrom matches words[wi:] at token ti, returning the end token.
func (s *sent) matchFrom(words []string, wi, ti int) (int, bool) {
	if wi == len(words) {
		return ti, true
	}
	if words[wi] == "*" {
		for g := 0; g <= 4; g++ {
			t := ti + g
			if t > len(s.toks) {
				break
			}
			if g > 0 && isPunctTok(s.toks[t-1]) && !quoteMarks[s.toks[t-1].low] {
				break
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

// scopeBreak words open a constituent that a negation or modal before them does not reach
// ("cannot share weapons due to the aggression against Ukraine").
var scopeBreak = map[string]bool{
	"due": true, "because": true, "despite": true, "after": true, "before": true, "since": true,
	"amid": true, "during": true, "following": true, "than": true, "while": true, "although": true,
}

// markers found before a trigger.
type markers struct {
	negated, refusal, planned, threat, hypothetical, demanded bool
	absorbed                                                  []int // token positions of marker words
}

// windowStart is where the marker window before token a begins.
func (s *sent) windowStart(a int) int {
	lo, _ := s.window(a)
	return lo
}

// window is the stretch of tokens before token a that may hold negation and modality
// markers: back to a clause boundary, at most ten tokens.
func (s *sent) window(a int) (int, int) {
	lo := a
	for k := a - 1; k >= 0 && a-k <= 10; k-- {
		t := s.toks[k]
		if t.low == "," || t.low == ";" || t.low == ":" || t.low == "(" || t.low == "\"" || relPronouns[t.low] || t.low == "and" || t.low == "but" || t.low == "said" || t.low == "says" || scopeBreak[t.low] {
			break
		}
		if t.ment >= 0 && t.ment != -1 {
			// A subject mention ends the window, but markers like "no plans to" sit after it.
			lo = k + 1
			break
		}
		lo = k
	}
	return lo, a
}

// scanMarkers reads the negation and modality markers in tokens [lo, hi).
func (c *Coder) scanMarkers(s *sent, lo, hi int) markers {
	var m markers
	words := s.words
	for k := lo; k < hi; k++ {
		lim := words[:hi]
		if n := c.lx.match("refusal", lim, k); n > 0 && s.governs(k+n, hi) {
			m.refusal = true
			m.absorbed = append(m.absorbed, k)
			k += n - 1
			continue
		}
		if n := c.lx.match("threat", lim, k); n > 0 && s.governs(k+n, hi) {
			m.threat = true
			m.absorbed = append(m.absorbed, k)
			k += n - 1
			continue
		}
		if n := c.lx.match("demand", lim, k); n > 0 {
			m.demanded = true
			k += n - 1
			continue
		}
		if n := c.lx.match("hypothetical", lim, k); n > 0 {
			m.hypothetical = true
			k += n - 1
			continue
		}
		if n := c.lx.match("planned", lim, k); n > 0 && s.governs(k+n, hi) {
			m.planned = true
			m.absorbed = append(m.absorbed, k)
			k += n - 1
			continue
		}
		if n := c.lx.match("negation", lim, k); n > 0 {
			m.negated = !m.negated || words[k] == "no" // "not ... no" stays negative
			k += n - 1
		}
	}
	return m
}

// refusedAfter: "removing the sanctions is out of the question", "talks were ruled out":
// a refusal stated after the act, within its clause.
func (c *Coder) refusedAfter(s *sent, b int) bool {
	for k := b; k < len(s.toks) && k < b+8; k++ {
		t := s.toks[k]
		if t.low == ";" || t.low == "," && k > b || t.low == "." {
			return false
		}
		if c.lx.match("refusedafter", s.words, k) > 0 {
			return true
		}
	}
	return false
}

// governs: a marker ending at token e bears on the verb group starting at hi when only
// auxiliaries, adverbs, "to", "of", "be" and "become" forms lie between ("refuses to arm",
// "has no intention of becoming", "will not", "would also").
func (s *sent) governs(e, hi int) bool {
	for k := e; k < hi; k++ {
		t := s.toks[k]
		if auxLike(t) || t.low == "to" || t.low == "of" || t.low == "be" || t.low == "not" || t.low == "n't" {
			continue
		}
		return false
	}
	return true
}

// subject finds the actor mentions doing the action whose verb group starts at token a.
func (s *sent) subject(a int) []int {
	if ms, ok := s.subjectPhrase(a); ok {
		return ms
	}
	var fallback = -1
	sawPronoun := false // an unresolved pronoun subject ("that it has called off")
	k := a - 1
	for k >= 0 {
		t := s.toks[k]
		if mi, ma, _, ok := s.mentionAt(k); ok {
			if !s.usable(mi) {
				k = ma - 1
				continue
			}
			if p := s.prepBefore(ma); p != "" {
				if p == "of" && ma >= 2 && s.groupNounBefore(ma) {
					return s.coordLeft(mi)
				}
				if fallback < 0 && (p == "of" || p == "in" || p == "from") {
					fallback = mi
				}
				k = ma - 1
				continue
			}
			if k+1 < len(s.toks) && (s.toks[k+1].low == "'s" || s.toks[k+1].low == "'") && !s.possessedIsHead(k+1, a) {
				k = ma - 1
				continue
			}
			return s.coordLeft(s.modifier(mi))
		}
		switch t.low {
		case "it", "they", "he", "she", "we":
			sawPronoun = true
		}
		switch {
		case t.low == "that":
			// "the group that attacked": a relative; "warned that further incursions
			// would": a complement clause, whose subject is not outside it.
			if mi, _, _, ok := s.mentionAt(k - 1); ok && s.usable(mi) {
				return s.coordLeft(mi)
			}
			if !sawPronoun {
				k = -1
				continue
			}
			// "X announced that it has called off": the pronoun is the main subject.
			sawPronoun = false
		case relPronouns[t.low]:
			j := k - 1
			if j >= 0 && s.toks[j].low == "," {
				j--
			}
			if mi, _, _, ok := s.mentionAt(j); ok && s.usable(mi) {
				return s.coordLeft(mi)
			}
		case t.low == ";" || t.low == ":":
			k = -1
			continue
		case t.low == ",":
			if q := s.appositiveStart(k, a); q >= 0 {
				k = q - 1
				continue
			}
		}
		k--
	}
	if fallback >= 0 {
		return s.coordLeft(fallback)
	}
	return nil
}

// subjectPhrase: with part-of-speech tags, when the word just before the verb group (past
// auxiliaries and adverbs) is a common noun, the subject is the noun phrase it ends ("the
// women were shot", "Security forces in Guinea have tortured", "Thousands of Nigerians from
// throughout the country were converging"): its actor mention, or none. ok is false when
// the rule does not apply.
func (s *sent) subjectPhrase(a int) ([]int, bool) {
	k := a - 1
	for k >= 0 && auxLike(s.toks[k]) {
		k--
	}
	// Only for a finite verb or a verb group with auxiliaries: a bare participle after a
	// noun modifies it ("a statement threatening US vessels").
	if v := s.toks[a].tag; k < 0 || k == a-1 && v != "VBD" && v != "VBZ" && v != "VBP" {
		return nil, false
	}
	t := s.toks[k]
	if t.tag != "NN" && t.tag != "NNS" || t.ment >= 0 || t.upper || t.time {
		return nil, false
	}
	// Walk back over the noun phrase and its of/in/from/for/at phrases.
	start := k
	for j := k - 1; j >= 0; j-- {
		u := s.toks[j]
		if u.low == ")" {
			// "The pro-Iranian Hizbollah (Party of God) group": skip the parenthesis.
			q := j - 1
			for q >= 0 && s.toks[q].low != "(" && j-q < 12 {
				q--
			}
			if q >= 0 && s.toks[q].low == "(" {
				start, j = q, q
				continue
			}
			break
		}
		if u.ment >= 0 || determiners[u.low] || u.tag == "JJ" || u.tag == "JJR" || u.tag == "JJS" || u.tag == "CD" ||
			strings.HasPrefix(u.tag, "NN") || u.tag == "POS" || u.tag == "VBN" || u.tag == "VBG" && j+1 < len(s.toks) && strings.HasPrefix(s.toks[j+1].tag, "NN") {
			start = j
			continue
		}
		switch u.low {
		case "of", "in", "from", "for", "at", "throughout", "and", "-":
			start = j
			continue
		}
		break
	}
	// The first actor mention of the phrase that is not inside a prepositional phrase,
	// else the first one.
	first, head := -1, -1
	for j := start; j <= k; j++ {
		mi, ma, mb, ok := s.mentionAt(j)
		if !ok || ma != j || !s.usable(mi) {
			continue
		}
		if first < 0 {
			first = mi
		}
		if head < 0 && s.prepBefore(ma) == "" {
			head = mi
		}
		j = mb - 1
	}
	switch {
	case head >= 0:
		return s.coordRight(s.modifier(head)), true
	case first >= 0:
		return s.coordRight(first), true
	}
	for j := start; j <= k; j++ {
		if possPronouns[s.toks[j].low] || s.toks[j].tag == "POS" {
			return nil, false // "their armed wing's statement": the possessor may be found further back
		}
	}
	return nil, true
}

// possessedIsHead: in "Poland's parliament has demanded", the possessor stands for the
// actor when only a noun phrase lies between "'s" and the verb.
func (s *sent) possessedIsHead(poss, a int) bool {
	for k := poss + 1; k < a; k++ {
		t := s.toks[k]
		if isPunctTok(t) || relPronouns[t.low] || prepositions[t.low] {
			return false
		}
	}
	return true
}

// groupNounBefore: "the leader of X", "members of X", "the government of X".
func (s *sent) groupNounBefore(ma int) bool {
	k := ma - 1
	for k >= 0 && determiners[s.toks[k].low] {
		k--
	}
	if k < 1 || s.toks[k].low != "of" {
		return false
	}
	_, ok := groupNouns[s.toks[k-1].lemma]
	if !ok {
		_, ok = groupNouns[s.toks[k-1].low]
	}
	return ok
}

var groupNouns = map[string]bool{
	"leader": true, "leaders": true, "government": true, "members": true, "member": true,
	"president": true, "head": true, "army": true, "forces": true, "troops": true, "people": true,
	"citizens": true, "minister": true, "ministry": true, "parliament": true, "authorities": true,
	"officials": true, "police": true, "rebels": true, "militants": true, "supporters": true,
	"delegation": true, "representatives": true, "spokesman": true, "spokesperson": true,
}

// prepBefore returns the preposition introducing the noun phrase that starts at token ma
// (skipping determiners and modifiers), or "".
func (s *sent) prepBefore(ma int) string {
	k := ma - 1
	for n := 0; k >= 0 && n < 3; n++ {
		t := s.toks[k]
		if determiners[t.low] || (t.tag != "" && (strings.HasPrefix(t.tag, "JJ") || t.tag == "CD")) {
			k--
			continue
		}
		break
	}
	if k >= 0 && prepositions[s.toks[k].low] {
		if k > 0 && s.toks[k].low == "to" && s.toks[k-1].low == "up" {
			return "" // "up to 1,000 ethnic Turks": a quantity, not a preposition
		}
		return s.toks[k].low
	}
	return ""
}

// appositiveStart: at a comma just before the verb group of a trigger starting at a, returns
// the token index of the comma opening an appositive ("Pakistan, a key ally, has refused"),
// or -1 when the words between the commas are the actor's name itself.
func (s *sent) appositiveStart(comma, a int) int {
	if a-comma > 6 {
		return -1
	}
	for k := comma + 1; k < a; k++ {
		if isPunctTok(s.toks[k]) || s.toks[k].ment >= 0 {
			return -1
		}
	}
	for q := comma - 1; q >= 0 && comma-q <= 16; q-- {
		t := s.toks[q]
		if t.low == ";" || t.low == ":" {
			return -1
		}
		if t.low != "," {
			continue
		}
		first := s.toks[q+1]
		if first.ment >= 0 {
			if _, _, b, ok := s.mentionAt(q + 1); ok && b == comma {
				return -1 // ", Vladimir Putin," names the actor
			}
		}
		switch first.low {
		case "a", "an", "the", "once", "one", "also", "who", "which", "formerly", "now", "long", "then", "whose", "himself", "herself", "itself", "both", "including", "like":
			return q
		}
		if !first.upper {
			return q
		}
		return -1
	}
	return -1
}

// auxLike: auxiliaries, modals, adverbs and negation between a subject and its verb.
func auxLike(t tok) bool {
	if t.tag != "" {
		return strings.HasPrefix(t.tag, "RB") || t.tag == "MD" || strings.HasPrefix(t.tag, "VB") && auxVerbs[t.low]
	}
	return auxVerbs[t.low] || modalWords[t.low] || strings.HasSuffix(t.low, "ly") || t.low == "not" || t.low == "n't" || t.low == "also" || t.low == "again" || t.low == "still"
}

var auxVerbs = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "being": true, "do": true, "does": true, "did": true, "will": true,
	"would": true, "can": true, "could": true, "may": true, "might": true, "must": true,
	"should": true, "shall": true,
}

// coordLeft extends a mention to the mentions coordinated before it ("X and Y", "X, Y and Z").
func (s *sent) coordLeft(mi int) []int {
	out := []int{mi}
	a := s.mspan[mi][0]
	sawAnd := false
	for a >= 2 {
		c := s.toks[a-1].low
		if c != "and" && c != "&" && (c != "," || !sawAnd) {
			break
		}
		if c != "," {
			sawAnd = true
		}
		j := a - 2
		// "the Israeli and US attacks": modifiers may sit between.
		mj, ma, _, ok := s.mentionAt(j)
		if !ok || !s.usable(mj) {
			break
		}
		out = append([]int{mj}, out...)
		a = ma
	}
	return out
}

// coordRight extends a mention to the mentions coordinated after it.
func (s *sent) coordRight(mi int) []int {
	mi = s.head(mi)
	out := []int{mi}
	b := s.mspan[mi][1]
	firstComma := -1 // chain length before the first comma link
	sawAnd := false
	for b+1 < len(s.toks) {
		c := s.toks[b].low
		if c != "and" && c != "," && c != "&" {
			break
		}
		j := b + 1
		for j < len(s.toks) && determiners[s.toks[j].low] {
			j++
		}
		mj, _, _, ok := s.mentionAt(j)
		if !ok || !s.usable(mj) {
			break
		}
		if c == "," && firstComma < 0 {
			firstComma = len(out)
		}
		if c != "," {
			sawAnd = true
		}
		mj = s.head(mj)
		out = append(out, mj)
		b = s.mspan[mj][1]
	}
	if firstComma >= 0 && !sawAnd {
		out = out[:firstComma] // "X, Y said": an apposition or a new clause, not a list
	}
	return out
}

// head moves from a modifier mention to the mention it modifies ("the Yemeni Houthis").
func (s *sent) head(mi int) int {
	for {
		b := s.mspan[mi][1]
		mj, a, _, ok := s.mentionAt(b)
		if !ok || a != b || !s.usable(mj) {
			return mi
		}
		// "Bosnian Serbs": a people named by two adjectives keeps the first, the country.
		if s.x.d.Mentions[mi].Type == "NORP" && s.x.d.Mentions[mj].Type == "NORP" {
			return mi
		}
		mi = mj
	}
}

// modifier moves from a head mention to a national modifier right before it ("Bosnian
// Serbs" read from "Serbs").
func (s *sent) modifier(mi int) int {
	a := s.mspan[mi][0]
	if mj, _, b, ok := s.mentionAt(a - 1); ok && b == a && s.usable(mj) && s.x.d.Mentions[mi].Type == "NORP" && s.x.d.Mentions[mj].Type == "NORP" {
		return mj
	}
	return mi
}

// object finds the actor mentions acted upon after token b (the end of a trigger), and
// whether the object is words rather than an actor ("attacked the 'scare stories'").
func (c *Coder) object(s *sent, b int) (ms []int, verbal bool, isPerson bool) {
	for k := b; k < len(s.toks) && k < b+14; k++ {
		t := s.toks[k]
		if k-b < 6 && (t.low == "\"" || t.low == "“" || t.low == "'" && k == b+1) && k <= b+1 {
			verbal = true
		}
		if k-b < 6 && c.lx.match("speech", []string{t.low}, 0) > 0 && !verbal {
			// a noun of speech heads the object before any actor
			verbal = true
		}
		if mi, _, mb, ok := s.mentionAt(k); ok && s.usable(mi) {
			if possPronouns[strings.ToLower(s.x.d.Mentions[mi].Text)] && mb < len(s.toks) && !isPunctTok(s.toks[mb]) {
				continue // "his commitment to the Zambian people": the possessor is not the object
			}
			ms := s.coordRight(mi)
			m := s.x.d.Mentions[ms[0]]
			return ms, verbal, m.Type == "PERSON" || m.Type == "PER"
		}
		if t.low == ";" || t.low == ":" || t.low == "." {
			break
		}
		if t.low == "," {
			break
		}
		if k > b+1 && clauseBreak[t.low] {
			break
		}
	}
	return nil, verbal, false
}

// agent finds the "by X" actor of a passive verb or a nominal event.
func (s *sent) agent(b int) []int {
	for k := b; k < len(s.toks) && k < b+6; k++ {
		if s.toks[k].low == "by" {
			j := k + 1
			for j < len(s.toks) && (determiners[s.toks[j].low] || isAdjLike(s.toks[j]) && s.toks[j].ment < 0 && j < k+4) {
				if mi, _, _, ok := s.mentionAt(j); ok && s.usable(mi) {
					return s.coordRight(mi)
				}
				j++
			}
			if mi, _, _, ok := s.mentionAt(j); ok && s.usable(mi) {
				return s.coordRight(mi)
			}
			return nil
		}
		if isPunctTok(s.toks[k]) {
			return nil
		}
	}
	return nil
}

// passive: a form of "be" (or "get") before a participle ("was attacked"), not a
// participle with its own preposition ("were engaged in ethnic cleansing").
func (s *sent) passive(tr *trigger) bool {
	a := tr.a
	if len(tr.p.words) > 1 && prepositions[tr.p.words[1]] && !(a > 0 && s.toks[a-1].low == "be") {
		return false // "were engaged in", but "would be met with"
	}
	t := s.toks[a]
	if t.tag != "" && t.tag != "VBN" {
		return false
	}
	if t.tag == "" && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "en") && !strings.HasSuffix(t.low, "wn") && t.low != "hit" && t.low != "struck" && t.low != "shot" && t.low != "held" && t.low != "sent" {
		return false
	}
	if tr.b < len(s.toks) && s.toks[tr.b].low == "by" {
		return true // a participle with its agent: "(forces) supported by Africa Korps"
	}
	for k := a - 1; k >= 0 && a-k <= 3; k-- {
		l := s.toks[k].low
		switch l {
		case "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting":
			return true
		}
		if !auxLike(s.toks[k]) {
			return false
		}
	}
	return false
}

// nominal finds the actors of a nominal event on tokens [a, b): modifiers before it ("the
// Russian bombing", "Israel's attack", "the Israeli and US attacks") are the source, "of",
// "on", "against", "in", "at" phrases after it the target, "by" phrases the source.
func (s *sent) nominal(a, b int) (src, tgt []int, between bool) {
	k := a - 1
	for n := 0; k >= 0 && n < 4; n++ {
		t := s.toks[k]
		if mi, ma, _, ok := s.mentionAt(k); ok {
			if s.usable(mi) {
				src = s.coordLeft(mi)
			}
			_ = ma
			break
		}
		if t.low == "'s" || t.low == "'" || (isAdjLike(t) && !t.upper && !determiners[t.low]) {
			k--
			continue
		}
		break
	}
	if b < len(s.toks) {
		switch s.toks[b].low {
		case "of", "on", "against", "in", "at", "with", "targeting", "into", "to", "upon", "for":
			// The first actor within a few words: "aid to war-torn Mozambique", "an
			// offensive in its Gulf war with Iraq".
			for j := b + 1; j < len(s.toks) && j < b+9; j++ {
				t := s.toks[j]
				if mi, _, _, ok := s.mentionAt(j); ok && s.usable(mi) {
					tgt = s.coordRight(mi)
					break
				}
				if isPunctTok(t) && t.low != "-" || clauseBreak[t.low] || t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
					break
				}
			}
		case "between":
			j := b + 1
			for j < len(s.toks) && determiners[s.toks[j].low] {
				j++
			}
			if mi, _, mb, ok := s.mentionAt(j); ok && s.usable(mi) && len(src) == 0 {
				src = []int{mi}
				between = true
				k := mb + 1
				for k < len(s.toks) && determiners[s.toks[k].low] {
					k++
				}
				if mb < len(s.toks) && s.toks[mb].low == "and" {
					if mj, _, _, ok := s.mentionAt(k); ok && s.usable(mj) {
						tgt = []int{mj}
					}
				}
			}
		}
	}
	if by := s.agent(b); len(by) > 0 && len(src) == 0 {
		src = by
	}
	return src, tgt, between
}

// lightVerb finds a light verb governing the nominal event at token a ("carried out a
// single attack", "launched strikes", "held talks"): its first token, or -1.
func (c *Coder) lightVerb(s *sent, a int) int {
	words := s.words
	skippedMention := false
	for k, n := a-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		// A light verb may end here; it may be one or two words ("carried out").
		for start := k; start >= 0 && start >= k-1; start-- {
			if m := c.lx.match("light", words[:k+1], start); m > 0 && start+m == k+1 {
				return start
			}
		}
		t := s.toks[k]
		// Modifiers, quantities ("nearly 25,000 tons of emergency food aid") and one
		// indirect object ("give Tanzania a grant") may stand between.
		quantityOf := t.low == "of" && k >= 1 && (s.toks[k-1].tag == "CD" || k >= 2 && s.toks[k-2].tag == "CD")
		if determiners[t.low] || t.low == "single" || t.low == "-" || quantityOf || t.tag == "CD" || strings.HasPrefix(t.tag, "RB") ||
			(t.ment < 0 && !t.upper && (isAdjLike(t) || strings.HasPrefix(t.tag, "NN")) && !strings.HasPrefix(t.tag, "VB")) {
			continue
		}
		if mi, ma, _, ok := s.mentionAt(k); ok && !skippedMention && s.usable(mi) {
			skippedMention = true
			n += k - ma
			k = ma
			continue
		}
		break
	}
	return -1
}

// reporter finds who reports the content at token k: a quote or attribution of the
// document holding it.
func (s *sent) reporter(k int) string {
	d := s.x.d
	off := s.toks[k].start
	for _, q := range d.Quotes {
		if q.Start <= off && off < q.End {
			if q.Speaker != "" {
				return q.Speaker
			}
			if q.SpeakerText != "" {
				return q.SpeakerText
			}
		}
	}
	for _, a := range d.Attributions {
		if a.Claim.Start <= off && off < a.Claim.End {
			if a.Source != "" {
				return a.Source
			}
			if a.SourceText != "" {
				return a.SourceText
			}
		}
	}
	return ""
}

// timeOf returns the value of the time expression in the sentence nearest the trigger.
func (s *sent) timeOf(k int) string {
	best, dist := "", 1<<30
	off := s.toks[k].start
	for _, t := range s.x.d.Times {
		if t.Start < s.span.Start || t.End > s.span.End || t.Value == "" {
			continue
		}
		if t.Type == "DURATION" || t.Type == "SET" {
			continue
		}
		dd := t.Start - off
		if dd < 0 {
			dd = -dd
		}
		if dd < dist {
			best, dist = t.Value, dd
		}
	}
	return best
}

// textSpan of tokens [a, b).
func (s *sent) textSpan(a, b int) doc.TextSpan {
	return s.x.d.TextSpan(doc.Span{Start: s.toks[a].start, End: s.toks[b-1].end})
}
