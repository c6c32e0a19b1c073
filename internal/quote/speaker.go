package quote

import (
	"sort"
	"strings"
)

const maxNP = 9 // tokens in a speaker's noun phrase

// npPrep may join two noun phrases inside a speaker's description.
var npPrep = set("at", "for", "in", "from", "with", "on")

// npInternal reports whether token k can sit inside a speaker's noun phrase. The words
// decide (measured on PolNeAR dev, a tagger's veto here costs more than it saves).
func (w *work) npInternal(k int) bool {
	t := &w.toks[k]
	if t.kind != tWord {
		return false
	}
	if t.inMen && !npStop[t.low] {
		return true
	}
	if t.low == "'s" || t.low == "of" {
		return true
	}
	if npStop[t.low] {
		return false
	}
	if w.cueAt[k] > 0 && !t.cap {
		return false // a cue verb here ("the judge" is a noun: verbLike said so)
	}
	return true
}

// npLeft returns the first token of the noun phrase ending at token j (inclusive), or -1.
func (w *work) npLeft(j, lo int) int {
	t := &w.toks[j]
	if t.kind == tWord && pronoun[t.low] && t.low != "who" {
		return j
	}
	if !w.npInternal(j) || t.low == "of" || t.low == "'s" {
		return -1
	}
	k := j
	if mi := w.menEnd[t.e]; mi > 0 {
		ms := w.d.Mentions[mi-1].Start
		for k > lo && w.toks[k-1].e > ms {
			k--
		}
	}
	for k > lo && j-k < maxNP {
		if determiner[w.toks[k].low] && w.toks[k-1].low != "of" && w.toks[k-1].low != "'s" && !npPrep[w.toks[k-1].low] && !w.toks[k].inMen {
			break // a determiner opens the phrase: "the event an ally" is two
		}
		if w.npInternal(k - 1) {
			k--
			continue
		}
		// "Officials at Homeland Security", "a lawyer for the outlets": a preposition
		// between two noun phrases, when what follows it is a name or determined.
		p := &w.toks[k-1]
		if npPrep[p.low] && k-2 >= lo && (w.toks[k].cap || determiner[w.toks[k].low]) &&
			w.npInternal(k-2) && !determiner[w.toks[k-2].low] && w.toks[k-2].low != "'s" {
			k -= 2
			continue
		}
		break
	}
	// Do not start on "of" or a possessive marker.
	for k < j && (w.toks[k].low == "of" || w.toks[k].low == "'s") {
		k++
	}
	// "Only Sergei Ryabkov", "However the ministry": drop leading connectives and adverbs.
	for k < j && (leader[w.toks[k].low] || auxAdv[w.toks[k].low] && !w.toks[k].cap) {
		k++
	}
	if k < j && leader[w.toks[k].low] {
		k++
	}
	if leader[w.toks[k].low] {
		return -1
	}
	return k
}

// npRight returns one past the last token of the noun phrase starting at k, or k when none.
func (w *work) npRight(k, hi int) int {
	if k >= hi {
		return k
	}
	t := &w.toks[k]
	if t.kind == tWord && pronoun[t.low] && t.low != "who" {
		return k + 1
	}
	e := k
	for e < hi && e-k < maxNP && w.npInternal(e) {
		if e > k && determiner[w.toks[e].low] && w.toks[e-1].low != "of" && w.toks[e-1].low != "'s" && !w.toks[e].inMen {
			break // "told reporters the deal ...": a determiner opens the next phrase
		}
		e++
	}
	// Not ending on "of" or a possessive marker or a lone determiner.
	for e > k && (w.toks[e-1].low == "of" || w.toks[e-1].low == "'s" || determiner[w.toks[e-1].low]) {
		e--
	}
	return e
}

// skipLeft moves left from j over auxiliaries, adverbs and time expressions between a
// subject and its verb; it returns the new j (may fall below lo).
func (w *work) skipLeft(j, lo int) int {
	for j >= lo {
		t := &w.toks[j]
		if t.kind != tWord {
			return j
		}
		if t.inTim || auxAdv[t.low] && !t.cap || isAdverb(t) {
			j--
			continue
		}
		if timeWord[t.low] || isNumber(t.low) || t.inTim {
			// "on Monday said", "last week stated": only when a time word is really there.
			k := j
			for k >= lo && w.toks[k].kind == tWord && (timeWord[w.toks[k].low] || isNumber(w.toks[k].low)) {
				k--
			}
			if hasTimeNoun(w, k+1, j+1) {
				j = k
				continue
			}
		}
		return j
	}
	return j
}

// timeRun returns one past a time adverbial starting at k ("on Monday", "last week",
// "on June 22"), or k when none starts there.
func (w *work) timeRun(k, hi int) int {
	e := k
	for e < hi && w.toks[e].kind == tWord && (timeWord[w.toks[e].low] || isNumber(w.toks[e].low) || w.toks[e].inTim) {
		e++
	}
	if e > k && hasTimeNoun(w, k, e) {
		return e
	}
	return k
}

func hasTimeNoun(w *work, a, b int) bool {
	numbers := false
	for i := a; i < b; i++ {
		switch w.toks[i].low {
		case "on", "in", "at", "last", "this", "next", "earlier", "later", "late", "early", "recently":
		default:
			if timeWord[w.toks[i].low] || w.toks[i].inTim {
				return true
			}
			if isNumber(w.toks[i].low) {
				numbers = true
			}
		}
	}
	// A number is a date only beside another time word ("on 22", "in 2019"); a bare one
	// counts something ("said 47 people were held").
	return numbers && b-a > 1
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != ',' && s[i] != '.' {
			return false
		}
	}
	return true
}

// subject finds the speaker of the cue verb at token i: the noun phrase before it (over
// auxiliaries, adverbs, time expressions and an appositive), or the subject it shares with
// an earlier verb of the sentence.
func (w *work) subject(c *cue) who {
	if c.done {
		return c.subj
	}
	c.done = true
	lo, _ := w.sentRange(c.i)
	j := w.skipLeft(c.i-1, lo)
	c.subj = who{s: -1}
	if j < lo {
		return c.subj
	}
	t := &w.toks[j]
	switch {
	case t.kind == tWord && (t.low == "and" || t.low == "but" || t.low == "or"):
		c.subj.coord = true
		return c.subj
	case t.kind == tWord && (t.low == "who" || t.low == "which" || t.low == "that") && j-1 >= lo:
		e := j - 1
		if w.toks[e].punct(',') {
			if k, ae := w.appositive(e, lo); k >= 0 {
				c.subj = w.relative(w.resolve(k, ae), j)
				return c.subj
			}
			e--
		}
		if e >= lo {
			if k := w.npLeft(e, lo); k >= 0 {
				c.subj = w.relative(w.resolve(k, e+1), j)
			}
		}
		return c.subj
	case t.punct(','):
		if k, e := w.appositive(j, lo); k >= 0 {
			c.subj = w.resolve(k, e)
			if e < j && w.toks[e].punct(',') && w.roleHead(e-1) {
				// "Its spokesman, Ana Ruiz, said": the role's name is who spoke.
				if nm, ok := w.nameRun(e+1, j); ok {
					sp := w.resolve(k, j)
					if nm.entity != "" {
						sp.entity = nm.entity
					}
					c.subj = sp
				}
			}
		}
		return c.subj
	case t.punct(')'):
		// "Mr. Smith (R-Texas) said"
		for k := j - 1; k > lo && j-k < 12; k-- {
			if w.toks[k].punct('(') {
				if s := w.npLeft(k-1, lo); s >= 0 && k-1 >= lo {
					c.subj = w.resolve(s, k)
				}
				break
			}
		}
		return c.subj
	}
	if k := w.npLeft(j, lo); k >= 0 {
		c.subj = w.resolve(k, j+1)
		return c.subj
	}
	// A reduced relative: "A report released last year found", "the poll released Friday shows".
	for p := j; p > lo && j-p < 6; p-- {
		t := &w.toks[p]
		if t.kind != tWord || npStop[t.low] && !timeWord[t.low] {
			break
		}
		if !t.cap && (strings.HasSuffix(t.low, "ed") || t.tag == "VBN") {
			if k := w.npLeft(p-1, lo); k >= 0 {
				sp := w.resolve(k, p)
				if w.agentive(sp) {
					c.subj = sp
				}
			}
			break
		}
	}
	return c.subj
}

// appositive looks left from the comma at j for "NP, appositive," and returns the NP's
// token range.
func (w *work) appositive(j, lo int) (int, int) {
	best, bestE := -1, -1
	for c := j - 1; c > lo && j-c < 30; c-- {
		t := &w.toks[c]
		if t.kind == tQuote || t.punct(';') || t.punct('.') && !(c+1 <= j && w.toks[c+1].punct(',')) {
			break // a period before a comma ends an abbreviation ("Md.,"), not a sentence
		}
		if !t.punct(',') || c+1 >= j {
			continue
		}
		n := &w.toks[c+1]
		if !appositiveStart[n.low] && !(n.cap && n.kind == tWord) && !isNumber(n.low) && n.low != "of" {
			continue
		}
		e := c - 1
		if w.toks[e].punct(')') {
			// "Rep. Jim Olsen (R-Ohio), a panel member, said": the name before the parenthesis.
			p := e - 1
			for p > lo && e-p <= 8 && !w.toks[p].punct('(') {
				p--
			}
			if !w.toks[p].punct('(') || p-1 < lo {
				continue
			}
			e = p - 1
		}
		k := w.npLeft(e, lo)
		if k < 0 {
			continue
		}
		// The subject must start its clause.
		if k > lo {
			p := &w.toks[k-1]
			if !(p.punct(',') || p.kind == tQuote || p.low == "and" || p.low == "but" || p.low == "that" ||
				p.low == "while" || p.low == "as" || p.low == "because" || p.low == "when" || leader[p.low]) {
				continue
			}
		}
		best, bestE = k, e+1
	}
	return best, bestE
}

// resolve turns the tokens [s, e) naming a speaker into a who: its words and the entity of
// the mention that heads them; a bare pronoun without an entity falls back to the last
// speaker named before it.
func (w *work) resolve(s, e int) who {
	d := w.d
	start, end := w.toks[s].s, w.toks[e-1].e
	r := who{s: s, e: e, text: d.Text[start:end]}
	bestLen := -1
	// The head comes before any preposition: "Clinton at a rally in Ohio".
	cut := end
	for k := s + 1; k < e; k++ {
		if npPrep[w.toks[k].low] {
			cut = w.toks[k].s
			break
		}
	}
	ms := w.mentionsNear(start, end)
	before := false
	for _, mi := range ms {
		m := &d.Mentions[mi]
		if m.Start >= start && m.End <= cut && m.Entity != "" {
			before = true
			break
		}
	}
	for _, mi := range ms {
		m := &d.Mentions[mi]
		if m.Start < start || m.End > end || m.Entity == "" {
			continue
		}
		if m.Start >= cut && (bestLen >= 0 || before) {
			continue // only when nothing before the preposition names an entity
		}
		if strings.HasPrefix(d.Text[m.End:end], "'s") || strings.HasPrefix(d.Text[m.End:end], "’s") {
			continue // a possessor: "Lebanon's" in "Lebanon's Hezbollah"
		}
		if l := m.End - m.Start; l > bestLen {
			bestLen = l
			r.entity = m.Entity
		}
	}
	if r.entity == "" {
		// A mention covering the phrase (the entity stage may have a longer nominal).
		for _, mi := range ms {
			m := &d.Mentions[mi]
			if m.Entity != "" && m.Start <= start && end <= m.End {
				r.entity = m.Entity
				break
			}
		}
	}
	if r.entity == "" && e-s >= 2 && e-s <= 4 && (w.toks[s].low == "its" || w.toks[s].low == "their") {
		// "Its spokesman said": the body "its" stands for speaks through its spokesman.
		role := true
		for k := s + 1; k < e; k++ {
			if t := &w.toks[k]; t.kind != tWord || t.cap || npStop[t.low] {
				role = false
			}
		}
		if role {
			r.entity = w.bodyBefore(s)
		}
	}
	if e-s == 1 && pronoun[w.toks[s].low] && r.entity == "" {
		if a, ok := w.antecedent(s); ok {
			r.entity = a.entity // the words stay the pronoun's
		}
	}
	return r
}

// antecedent finds who a pronoun at token i stands for when no mention resolved it: the
// last person mention with an entity in the two sentences before, else the last speaker.
func (w *work) antecedent(i int) (who, bool) {
	d := w.d
	t := &w.toks[i]
	if personPronoun[t.low] {
		lo := w.sentLo[max(0, t.sent-2)]
		minOff := w.toks[lo].s
		near := w.mentionsNear(minOff, t.s)
		for k := len(near) - 1; k >= 0; k-- {
			m := d.Mentions[near[k]]
			if m.End > t.s || m.Start < minOff {
				continue
			}
			if m.Entity != "" && isPersonType(m.Type) && m.Kind != "pronoun" {
				return who{s: -1, text: m.Text, entity: m.Entity}, true
			}
		}
	}
	for k := len(w.lastSp) - 1; k >= 0; k-- {
		sp := w.lastSp[k]
		if sp.s >= 0 && sp.s < i && t.sent-w.toks[sp.s].sent <= 3 {
			if personPronoun[t.low] && sp.s >= 0 && isGroupWord(w.toks[sp.e-1].low) {
				continue
			}
			return sp, true
		}
	}
	return who{}, false
}

func isPersonType(t string) bool {
	return strings.EqualFold(t, "PERSON") || strings.EqualFold(t, "PER")
}

// isGroupWord reports plural group nouns that "he"/"she" cannot stand for.
func isGroupWord(s string) bool {
	return strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss")
}

// remember records a speaker for later pronouns.
func (w *work) remember(sp who) {
	if sp.s < 0 || !sp.ok() {
		return
	}
	if len(w.lastSp) > 0 && w.lastSp[len(w.lastSp)-1].s == sp.s {
		return
	}
	// Only names and nominals: a pronoun's own antecedent is already recorded.
	if sp.e-sp.s == 1 && pronoun[w.toks[sp.s].low] {
		return
	}
	w.lastSp = append(w.lastSp, sp)
}

// relative makes a relative pronoun at token j the words naming a speaker whose antecedent
// resolved to an entity ("Will Smith, who said ..."): the entity carries who it is, the
// words stay those of the clause. An antecedent without an entity keeps its own words.
func (w *work) relative(ante who, j int) who {
	if ante.entity == "" {
		return ante
	}
	return who{s: j, e: j + 1, text: w.d.Text[w.toks[j].s:w.toks[j].e], entity: ante.entity}
}

// isAdverb reports a lower-case -ly word ("actually", "firmly") standing before a verb.
func isAdverb(t *tok) bool {
	if t.cap || len(t.low) < 5 || !strings.HasSuffix(t.low, "ly") {
		return false
	}
	if t.tag != "" {
		return t.tag == "RB"
	}
	switch t.low {
	case "family", "italy", "july", "assembly", "ally", "rally", "supply", "reply", "bully", "fly", "belly", "jolly":
		return false
	}
	return true
}

// mentionLookback bounds how far before a phrase a mention covering it may start.
const mentionLookback = 200

// mentionsNear returns the indices of mentions starting in [start-mentionLookback, end),
// in order of their start.
func (w *work) mentionsNear(start, end int) []int {
	idx := w.menByStart
	ms := w.d.Mentions
	lo := sort.Search(len(idx), func(i int) bool { return ms[idx[i]].Start >= start-mentionLookback })
	hi := sort.Search(len(idx), func(i int) bool { return ms[idx[i]].Start >= end })
	if hi < lo {
		return nil
	}
	return idx[lo:hi]
}

// roleHead reports whether token i ends a noun phrase headed by a common noun ("its
// spokesman", "a local administrator"), which an appositive name may follow.
func (w *work) roleHead(i int) bool {
	t := &w.toks[i]
	return t.kind == tWord && !t.cap && !pronoun[t.low] && !npStop[t.low] && !isNumber(t.low)
}

// nameRun reports whether tokens [a, b) are one proper name: a person mention from the
// entity stage covering exactly those words or, without mentions, one to four capitalised
// words. It returns the name resolved as a speaker.
func (w *work) nameRun(a, b int) (who, bool) {
	if b <= a || b-a > 6 {
		return who{}, false
	}
	start, end := w.toks[a].s, w.toks[b-1].e
	sawMention := false
	for _, mi := range w.mentionsNear(start, end) {
		m := &w.d.Mentions[mi]
		if m.End <= start || m.Start >= end {
			continue
		}
		sawMention = true
		if m.Start == start && m.End == end && isPersonType(m.Type) && m.Kind == "name" {
			return w.resolve(a, b), true
		}
	}
	if sawMention || len(w.d.Mentions) > 0 || b-a > 4 {
		return who{}, false
	}
	for k := a; k < b; k++ {
		if t := &w.toks[k]; t.kind != tWord || !t.cap {
			return who{}, false
		}
	}
	return w.resolve(a, b), true
}

// bodyBefore finds the organisation or place a possessive "its"/"their" at token i refers
// to: the speaker of the sentence before when it is no person, else the first mention of
// that sentence when it names an organisation or place (its subject, not the nearest noun).
func (w *work) bodyBefore(i int) string {
	sent := w.toks[i].sent
	for k := len(w.lastSp) - 1; k >= 0; k-- {
		sp := w.lastSp[k]
		if sp.s < 0 || sp.s >= i {
			continue
		}
		if sent-w.toks[sp.s].sent > 1 {
			break
		}
		if l := w.toks[sp.s].low; sp.entity != "" && l != "its" && l != "their" && !w.personEntity(sp) {
			return sp.entity
		}
		break
	}
	if sent == 0 {
		return ""
	}
	lo, hi := w.sentLo[sent-1], w.sentHi[sent-1]
	start, end := w.toks[lo].s, w.toks[hi-1].e
	for _, mi := range w.mentionsNear(start, end) {
		m := &w.d.Mentions[mi]
		if m.Start < start || m.Entity == "" || m.Kind == "pronoun" {
			continue
		}
		if strings.EqualFold(m.Type, "ORG") || strings.EqualFold(m.Type, "GPE") {
			return m.Entity
		}
		return ""
	}
	return ""
}

// personEntity reports whether a speaker's entity is named by a person mention in its words.
func (w *work) personEntity(sp who) bool {
	start, end := w.toks[sp.s].s, w.toks[sp.e-1].e
	for _, mi := range w.mentionsNear(start, end) {
		m := &w.d.Mentions[mi]
		if m.Entity == sp.entity && m.Start >= start && m.End <= end {
			return isPersonType(m.Type)
		}
	}
	return false
}
