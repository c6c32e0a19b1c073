package event

import "strings"

// reportLemmas are verbs of saying whose subject is not the subject of their complement.
var reportLemmas = map[string]bool{"say": true, "tell": true, "report": true, "announce": true, "state": true, "add": true, "insist": true, "claim": true, "confirm": true}

// subject finds the actor mentions doing the action whose verb group starts at token a.
func (s *sent) subject(a int) []int {
	if ms, ok := s.subjectPhrase(a); ok {
		return ms
	}
	var fallback = -1
	sawPronoun := false // an unresolved pronoun subject ("that it has called off")
	anyPronoun := false // a pronoun subject seen, which a speaker before it may resolve
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
			sawPronoun, anyPronoun = true, true
		}
		if reportLemmas[t.lemma] && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP") && !anyPronoun {
			// "Deng said six people were killed and eleven wounded": the speaker reports
			// the act; he is not its subject.
			break
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
	who := ""
	s.x.quotes.overlapping(off, off, func(i int) {
		if q := d.Quotes[i]; who == "" {
			who = q.Speaker
			if who == "" {
				who = q.SpeakerText
			}
		}
	})
	if who != "" {
		return who
	}
	s.x.attributions.overlapping(off, off, func(i int) {
		if a := d.Attributions[i]; who == "" {
			who = a.Source
			if who == "" {
				who = a.SourceText
			}
		}
	})
	return who
}

// timeOf returns the value of the time expression in the sentence nearest the trigger.
func (s *sent) timeOf(k int) string {
	best, dist := "", 1<<30
	off := s.toks[k].start
	times := s.x.d.Times
	s.x.times.overlapping(s.span.Start, s.span.End, func(i int) {
		t := times[i]
		if t.Start < s.span.Start || t.End > s.span.End || t.Value == "" {
			return
		}
		if t.Type == "DURATION" || t.Type == "SET" {
			return
		}
		dd := t.Start - off
		if dd < 0 {
			dd = -dd
		}
		if dd < dist {
			best, dist = t.Value, dd
		}
	})
	return best
}
