package quote

import (
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// adverbialPrep opens a phrase that may stand between a cue and its "that".
var adverbialPrep = set("in", "on", "at", "during", "to", "with", "after", "before", "via", "through", "from", "over", "by")

// particles that may follow a cue verb before its clause ("pointed out that").
var particle = set("out", "up", "back", "on", "off")

// thinkVerbs may take a clause without "that" ("analysts believe Iran is alone").
var thinkVerbs = set("believe", "think", "feel", "fear", "hope", "suspect", "say", "argue", "warn",
	"insist", "claim", "tell", "add", "note", "write", "assert", "contend", "predict", "estimate",
	"explain", "complain", "concede", "admit", "acknowledge", "stress", "emphasize", "emphasise",
	"allege", "maintain", "reckon", "know", "recall", "agree")

// reported finds reported speech and attributions from the cues no quotation used.
func (w *work) reported() {
	for ci := range w.cues {
		c := &w.cues[ci]
		if c.used || w.inQuote[c.i] || c.info.quoted {
			continue
		}
		if c.info.form == formGerund && !c.phrase && c.i > 0 && !w.toks[c.i-1].punct(',') && !auxAdv[w.toks[c.i-1].low] && !gerundLead[w.toks[c.i-1].low] {
			continue // "a statement threatening ...": a modifier, not a report
		}
		if c.phrase {
			w.sourcePhrase(c)
			continue
		}
		if c.info.class == classNoun {
			w.nominal(c)
			continue
		}
		if c.info.class == classHedge {
			w.hedge(c)
			continue
		}
		if c.info.class&(classSpeech|classCognition|classReport) == 0 {
			if src, claim, ok := w.passive(c); ok {
				c.subj = src
				w.emit(c, claim, true)
			} else if content, ok := w.complement(c); ok {
				w.emit(c, content, true)
			}
			continue
		}
		own := false
		content, ok := w.forward(c)
		if !ok {
			content, ok = w.backward(c)
		}
		if !ok {
			if src, claim, pok := w.passive(c); pok {
				c.subj = src
				content, ok, own = claim, true, true
			}
		}
		if !ok && c.info.lemma != "say" && c.info.lemma != "tell" && !aspectual[c.info.lemma] {
			// "talked about the economy", "announced new sanctions": the object is what was said.
			content, ok = w.complement(c)
			own = true
		}
		if !ok {
			if c.info.class&classReport != 0 {
				w.pointsBack(c)
			}
			continue
		}
		w.emit(c, content, own)
	}
}

// emit records reported content: speech as an indirect quote, belief and publication as an
// attribution. own marks content the outlet words itself (a position's object, a topic, a
// hedge), which leaves the sentence in the outlet's voice.
func (w *work) emit(c *cue, content doc.Span, own bool) {
	d := w.d
	cs := d.TextSpan(doc.Span{Start: w.toks[c.i].s, End: w.toks[c.j-1].e})
	it := item{content: content, src: c.subj, cueStart: cs.Start, quote: -1, attr: -1, qi: -1, cue: w.cueIndex(c), own: own}
	if c.info.class&(classSpeech|classObject) != 0 && c.info.lemma != "report" && c.info.lemma != "write" {
		cue := cs
		d.Quotes = append(d.Quotes, doc.Quote{Kind: doc.QuoteIndirect, Start: content.Start, End: content.End,
			Text: d.Text[content.Start:content.End], Speaker: c.subj.entity, SpeakerText: c.subj.text, Cue: &cue})
		it.quote = len(d.Quotes) - 1
	} else {
		d.Attributions = append(d.Attributions, doc.Attribution{Cue: cs, Source: c.subj.entity,
			SourceText: c.subj.text, Claim: d.TextSpan(content)})
		it.attr = len(d.Attributions) - 1
	}
	w.items = append(w.items, it)
}

// forward finds the clause a cue verb introduces: "said (on Monday) (that) CLAUSE".
func (w *work) forward(c *cue) (doc.Span, bool) {
	toks := w.toks
	_, hi := w.sentRange(c.i)
	if c.subj.s >= c.j {
		return doc.Span{}, false // "..., said one source in the room": the words came before
	}
	k := c.j
	if k < hi && c.info.obj && toks[k].low != "that" {
		if e := w.npRight(k, hi); e > k {
			k = e
		}
		// A quoted title in the object: told MSNBC's "Morning Joe" that ...
		if k < hi && toks[k].kind == tQuote && toks[k].dir != dirClose {
			for e := k + 1; e < hi && e-k <= 8; e++ {
				if toks[e].kind == tQuote && toks[e].dir != dirOpen {
					k = e + 1
					break
				}
			}
		}
	}
	if k < hi && particle[toks[k].low] && c.info.lemma != "say" {
		k++ // "pointed out that", "spoke up"
	}
	if k < hi && adverbialPrep[toks[k].low] && !w.quantity(k, hi) {
		// "told the AP in an interview that ...": a prepositional phrase before "that";
		// "said after the convention he would ...": one before a bare clause.
		found := false
		for e := k + 1; e < hi && e-k <= 10; e++ {
			t := &toks[e]
			if t.kind == tWord && t.low == "that" {
				k = e
				found = true
				break
			}
			if t.kind != tWord || w.cueAt[e] > 0 {
				break
			}
		}
		if !found && c.info.lemma == "say" {
			if e := w.npRight(k+1, hi); e > k+1 && e < hi && toks[e].kind == tWord && (pronoun[toks[e].low] || clauseStart[toks[e].low]) {
				k = e
			}
		}
	}
	that := false
	// Over adverbials to "that" or a clause.
	for steps := 0; k < hi && steps < 8; steps++ {
		t := &toks[k]
		if t.kind == tWord && t.low == "that" {
			if t.tag == "DT" || t.tag == "WDT" {
				return doc.Span{}, false // "repeat that mistake": a determiner
			}
			that = true
			k++
			break
		}
		if w.cueAt[k] > 0 || t.kind == tQuote || t.punct(':') || t.punct('.') || t.punct(';') {
			return doc.Span{}, false
		}
		if t.inTim || auxAdv[t.low] || t.punct(',') || w.timeRun(k, hi) > k ||
			t.low == "a" || t.low == "an" || t.low == "statement" || t.low == "interview" ||
			t.low == "briefing" || t.low == "conference" || t.low == "press" || t.low == "news" {
			if e := w.timeRun(k, hi); e > k {
				k = e
			} else {
				k++
			}
			continue
		}
		break
	}
	if !that {
		if c.info.weak {
			return doc.Span{}, false
		}
		if !thinkVerbs[c.info.lemma] {
			return doc.Span{}, false
		}
		if k >= hi {
			return doc.Span{}, false
		}
		t := &toks[k]
		bare := c.info.lemma == "say" && c.subj.ok() && c.subj.s < c.i && t.kind == tWord &&
			(!npStop[t.low] && !auxAdv[t.low] || w.quantity(k, hi))
		if !bare && (t.kind != tWord || !(clauseStart[t.low] || t.cap && !w.toks[k].inTim) || weakObject[t.low] && k+1 < hi && toks[k+1].kind != tWord) {
			return doc.Span{}, false
		}
		if c.info.form == formGerund && !t.cap && !pronoun[t.low] {
			return doc.Span{}, false
		}
	}
	if k >= hi {
		return doc.Span{}, false
	}
	end := hi
	// A postposed attribution ends the reported clause: "..., according to X." or
	// "..., the source added." (whose own statement holds this one).
	for e := k; e < hi; e++ {
		if !toks[e].punct(',') || e+1 >= hi {
			continue
		}
		if w.cueAt[e+1] > 0 && w.cues[w.cueAt[e+1]-1].phrase {
			end = e
			break
		}
		if w.postposed(e+1, hi) {
			end = e
			break
		}
	}
	if w.words(k, end) < 3 {
		return doc.Span{}, false
	}
	return w.span(k, end)
}

// backward finds the clause before a sentence-final attribution: "CLAUSE, NP said." or
// "CLAUSE, said NP."
func (w *work) backward(c *cue) (doc.Span, bool) {
	if c.info.class&(classSpeech|classCognition|classReport) == 0 || !c.subj.ok() || c.info.weak {
		return doc.Span{}, false
	}
	toks := w.toks
	lo, hi := w.sentRange(c.i)
	// The subject and cue must be the end of the sentence, give or take a few words.
	var comma int
	switch {
	case c.subj.s >= 0 && c.subj.s < c.i:
		comma = c.subj.s - 1
		if comma >= lo && toks[comma].kind == tWord && (toks[comma].low == "as" || toks[comma].low == "and") {
			comma--
		}
	default:
		comma = c.i - 1
	}
	if comma <= lo || !toks[comma].punct(',') && !(toks[comma].kind == tQuote) && toks[comma].low != "—" {
		return doc.Span{}, false
	}
	tail := c.j
	if c.subj.s >= c.j {
		tail = c.subj.e
	}
	n := 0
	end := comma
	for k := tail; k < hi; k++ {
		if toks[k].punct(',') {
			// "CLAUSE, X said, CLAUSE": the statement goes on after the attribution.
			if n <= 3 && w.words(k+1, hi) >= 3 && w.cueAt[k+1] == 0 {
				end = hi
			}
			break
		}
		if toks[k].kind == tWord {
			n++
		}
	}
	if n > 6 {
		return doc.Span{}, false
	}
	start := lo
	// Not over another quotation's attribution in the same sentence.
	for k := comma - 1; k > lo; k-- {
		if w.cueAt[k] > 0 && (w.cues[w.cueAt[k]-1].used || w.cues[w.cueAt[k]-1].phrase) {
			start = k + 1
			break
		}
	}
	if w.words(start, comma) < 3 {
		return doc.Span{}, false
	}
	return w.span(start, end)
}

// pointsBack handles "The Times writes about this.": the claim is the sentence before.
func (w *work) pointsBack(c *cue) {
	if !c.subj.ok() {
		return
	}
	_, hi := w.sentRange(c.i)
	k := c.j
	if k < hi && w.toks[k].low == "about" {
		k++
	}
	if k >= hi || !(w.toks[k].low == "this" || w.toks[k].low == "it" || w.toks[k].low == "that" || w.toks[k].low == "so") {
		return
	}
	if k+1 < hi && w.toks[k+1].kind == tWord {
		return
	}
	s := w.toks[c.i].sent
	if s == 0 {
		return
	}
	prev, ok := w.span(w.sentLo[s-1], w.sentHi[s-1])
	if !ok {
		return
	}
	w.emit(c, prev, false)
}

// sourcePhrase handles "according to X, CLAUSE", "CLAUSE, according to X" and "citing X".
func (w *work) sourcePhrase(c *cue) {
	toks := w.toks
	lo, hi := w.sentRange(c.i)
	e := w.npRight(c.j, hi)
	if e == c.j {
		return
	}
	c.subj = w.resolve(c.j, e)
	w.remember(c.subj)
	var content doc.Span
	ok := false
	// Forward ("According to X, CLAUSE", "..., that, according to X, CLAUSE") when the phrase
	// opens its clause; backward ("CLAUSE, according to X, ...") when a clause precedes it.
	opens := true
	if k := c.i - 1; k > lo && toks[k].punct(',') {
		p := k - 1
		if !(p == lo && leader[toks[p].low] || toks[p].low == "that" || leader[toks[p].low] && (p == lo || toks[p-1].punct(','))) &&
			w.words(lo, k) >= 3 {
			opens = false
		}
	}
	if opens && e < hi && toks[e].punct(',') && w.words(e+1, hi) >= 3 {
		content, ok = w.span(e+1, hi)
	}
	if !ok {
		start := lo
		for k := c.i - 1; k > lo; k-- {
			if w.cueAt[k] > 0 && w.cues[w.cueAt[k]-1].used {
				start = k + 1
				break
			}
		}
		if w.words(start, c.i) >= 3 {
			content, ok = w.span(start, c.i)
		}
	}
	if !ok {
		return
	}
	d := w.d
	cs := d.TextSpan(doc.Span{Start: toks[c.i].s, End: toks[c.j-1].e})
	d.Attributions = append(d.Attributions, doc.Attribution{Cue: cs, Source: c.subj.entity,
		SourceText: c.subj.text, Claim: d.TextSpan(content)})
	w.items = append(w.items, item{content: content, src: c.subj, cueStart: cs.Start, quote: -1, attr: len(d.Attributions) - 1, qi: -1, cue: w.cueIndex(c)})
}

// complementPrep may stand between a verb and its topic ("talked about", "called for").
var complementPrep = set("for", "about", "of", "against", "over", "with")

// placePrep opens a phrase of place or time after a verb, not its content.
var placePrep = set("in", "at", "into", "from", "during", "inside", "outside", "near", "before",
	"after", "until", "since", "and", "or", "but", "then", "later", "earlier", "yesterday", "today")

// aspectual verbs only frame another verb ("continues to balance") and recall has a plain
// sense ("recalled its ambassador"): no object content of their own.
var aspectual = set("continue", "begin", "recall")

// complementStop are words that end a verb's complement when they follow a comma.
var complementStop = set("and", "but", "while", "which", "who", "as", "because", "saying",
	"adding", "although", "though", "whereas", "when", "after", "before", "since", "even", "despite")

// complement finds what an object or stance verb is about: its object and what follows, to
// the end of the clause ("called for a moratorium on charter schools", "wants to cut taxes").
// The verb needs a subject.
func (w *work) complement(c *cue) (doc.Span, bool) {
	if c.info.quoted || aspectual[c.info.lemma] || !c.subj.ok() || c.info.form == formGerund && c.subj.s < 0 || !w.agentive(c.subj) {
		return doc.Span{}, false
	}
	toks := w.toks
	_, hi := w.sentRange(c.i)
	k := c.j
	for k < hi && (particle[toks[k].low] || complementPrep[toks[k].low] || toks[k].low == "to" && c.info.lemma == "agree" || auxAdv[toks[k].low] && !toks[k].cap) {
		k++
	}
	if k >= hi || toks[k].kind == tPunct {
		return doc.Span{}, false
	}
	if toks[k].low == "by" {
		return doc.Span{}, false // a passive: see passive
	}
	if placePrep[toks[k].low] || toks[k].inTim {
		return doc.Span{}, false // "spoke in a cottage", "said on Monday": where or when, not what
	}
	end := hi
	for e := k; e < hi; e++ {
		t := &toks[e]
		if t.punct(';') || t.punct(':') || t.punct('(') || t.low == "—" || t.low == "―" {
			end = e
			break
		}
		if t.punct(',') {
			n := e + 1
			for n < hi && toks[n].kind == tQuote {
				n++ // `law," but ...`: over the closing mark
			}
			if n < hi && (complementStop[toks[n].low] || w.cueAt[n] > 0) {
				end = e
				break
			}
		}
		if (t.low == "and" || t.low == "but") && e+1 < hi && w.cueAt[e+1] > 0 && !w.cues[w.cueAt[e+1]-1].phrase {
			end = e // "condemned the raid and reiterated ...": the next verb has its own content
			break
		}
	}
	if w.words(k, end) < 2 {
		return doc.Span{}, false
	}
	return w.span(k, end)
}

// cueIndex returns the index of c in w.cues.
func (w *work) cueIndex(c *cue) int { return w.cueAt[c.i] - 1 }

// beAux are the auxiliaries of a passive.
var beAux = set("is", "was", "were", "are", "be", "been", "being")

// passive handles "X was criticized/endorsed/reported by Y": Y is the source and X what
// Y said or did about it.
func (w *work) passive(c *cue) (who, doc.Span, bool) {
	toks := w.toks
	lo, hi := w.sentRange(c.i)
	if c.info.form != formPast && c.info.form != formPart || c.j >= hi || toks[c.j].low != "by" {
		return who{}, doc.Span{}, false
	}
	j := c.i - 1
	for j >= lo && toks[j].kind == tWord && auxAdv[toks[j].low] && !beAux[toks[j].low] {
		j--
	}
	if j < lo || !beAux[toks[j].low] {
		return who{}, doc.Span{}, false
	}
	e := w.npRight(c.j+1, hi)
	if e == c.j+1 {
		return who{}, doc.Span{}, false
	}
	// The subject: back over auxiliaries to the noun phrase before them.
	for j >= lo && toks[j].kind == tWord && auxAdv[toks[j].low] {
		j--
	}
	if j < lo {
		return who{}, doc.Span{}, false
	}
	s := w.npLeft(j, lo)
	if s < 0 {
		return who{}, doc.Span{}, false
	}
	claim, ok := w.span(s, j+1)
	if !ok {
		return who{}, doc.Span{}, false
	}
	return w.resolve(c.j+1, e), claim, true
}

// nominal handles a statement noun before "that": "Trump's claim that ...", "his warning
// that ...". The possessor is the source; without one the noun is no attribution.
func (w *work) nominal(c *cue) {
	toks := w.toks
	lo, hi := w.sentRange(c.i)
	p := c.i - 1
	// Adjectives between: "Trump's repeated claim".
	for p > lo && toks[p].kind == tWord && !toks[p].cap && toks[p].low != "'s" && !determiner[toks[p].low] && c.i-p < 3 {
		p--
	}
	var src who
	switch {
	case p >= lo && (toks[p].low == "his" || toks[p].low == "her" || toks[p].low == "their" || toks[p].low == "its"):
		src = w.resolve(p, p+1)
	case p > lo && toks[p].low == "'s":
		if s := w.npLeft(p-1, lo); s >= 0 {
			src = w.resolve(s, p)
		}
	}
	if !src.ok() {
		return
	}
	k := c.j + 1 // after "that"
	end := hi
	for e := k; e < hi; e++ {
		if toks[e].punct(';') || toks[e].punct(',') && e+1 < hi && complementStop[toks[e+1].low] {
			end = e
			break
		}
	}
	if w.words(k, end) < 3 {
		return
	}
	content, ok := w.span(k, end)
	if !ok {
		return
	}
	c.subj = src
	w.emit(c, content, false)
}

// agentHeads are common nouns that name people and bodies able to take a position.
var agentHeads = set("official", "analyst", "expert", "critic", "supporter", "voter", "source",
	"lawmaker", "legislator", "senator", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
	"spokesperson", "campaign", "government", "ministry", "administration", "police", "poll",
	"survey", "report", "study", "studies", "researcher", "scientist", "economist", "leader",
	"president", "minister", "chief", "director", "candidate", "nominee", "governor", "mayor",
	"judge", "court", "committee", "council", "group", "party", "union", "company", "firm",
	"agency", "department", "office", "people", "resident", "activist", "protester", "member",
	"republican", "democrat", "conservative", "liberal", "white", "house", "team", "side",
	"country", "state", "nation", "army", "military", "militant", "rebel", "regime", "authority",
	"authorities", "parent", "family", "families", "student", "teacher", "doctor", "lawyer",
	"attorney", "prosecutor", "investigator", "journalist", "reporter", "newspaper", "paper",
	"network", "site", "website", "ad", "video", "letter", "statement", "memo", "document",
	"documents", "film", "book", "article", "editorial", "board", "panel", "commission",
	"congress", "parliament", "senate", "cabinet", "kremlin", "organization", "organisation",
	"coalition", "alliance", "bloc", "movement", "church", "community", "industry", "bank",
	"fund", "institute", "center", "centre", "foundation", "association", "staff", "crowd",
	"man", "woman", "men", "women", "person", "everyone", "nobody", "someone", "others",
	"many", "some", "most", "both", "each", "all", "few", "figure", "figures", "data", "friend",
	"ally", "allies", "rival", "opponent", "opposition", "partner", "host", "speaker", "dictator",
	"ayatollah", "king", "queen", "prince", "pope", "envoy", "ambassador", "diplomat", "general",
	"commander", "secretary", "chairman", "chairwoman", "ceo", "executive", "founder", "owner",
	// evidence that shows, finds or suggests
	"average", "analysis", "analyses", "number", "result", "record", "tally", "count",
	"estimate", "projection", "research", "evidence", "investigation", "review", "audit",
	"filing", "return", "model", "forecast", "index", "rating", "transcript", "footage",
	"recording", "email", "tweet", "post", "message", "chart", "graph", "table", "map",
	"sample", "test", "trial", "experiment", "inquiry", "probe", "assessment", "paper",
	"memo", "brief", "lawsuit", "suit", "complaint", "ruling", "decision", "order", "bill",
	"law", "treaty", "agreement", "deal", "plan", "proposal", "budget", "platform")

// agentive reports whether a subject can hold a position: a named or resolved actor, a
// pronoun, or a common noun naming people or a body ("officials", "the campaign").
func (w *work) agentive(sp who) bool {
	if sp.entity != "" || sp.s < 0 {
		return sp.ok()
	}
	// The head: the last word before any preposition.
	h := sp.e - 1
	for k := sp.s + 1; k < sp.e; k++ {
		if npPrep[w.toks[k].low] || w.toks[k].low == "of" {
			h = k - 1
			break
		}
	}
	t := &w.toks[h]
	if t.cap || pronoun[t.low] || t.inMen {
		return true
	}
	head := t.low
	if agentHeads[head] {
		return true
	}
	stem := strings.TrimSuffix(head, "s")
	if agentHeads[stem] {
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ent", "ant"} {
		if strings.HasSuffix(stem, suf) {
			return true
		}
	}
	return false
}

// postposed reports whether tokens [k, hi) are a sentence-final attribution: a short noun
// phrase and a speaking verb ("the source added", "officials said on Monday"), or the verb
// first ("said the minister").
func (w *work) postposed(k, hi int) bool {
	for e := k; e < hi && e-k <= maxNP+1; e++ {
		ci := w.cueAt[e]
		if ci == 0 {
			t := &w.toks[e]
			if t.kind != tWord || npStop[t.low] && !pronoun[t.low] && !determiner[t.low] {
				return false
			}
			continue
		}
		c := &w.cues[ci-1]
		if c.phrase || c.info.class&classSpeech == 0 {
			return false
		}
		// At most a few words (a time, an aside) after the verb.
		n := 0
		for r := c.j; r < hi; r++ {
			if w.toks[r].kind == tWord {
				n++
			}
		}
		return n <= 4
	}
	return false
}

// hedge handles "X seems/appears to ...", "it seems that ...": the impression is reported
// without a source; the claim runs from the subject to the end of the clause.
func (w *work) hedge(c *cue) {
	toks := w.toks
	lo, hi := w.sentRange(c.i)
	if c.j >= hi || !(toks[c.j].low == "to" || toks[c.j].low == "that") {
		return
	}
	start := c.i
	if c.subj.s >= 0 && c.subj.s < c.i && toks[c.subj.s].low != "it" {
		start = c.subj.s
	} else {
		start = c.j + 1
	}
	if start < lo {
		return
	}
	end := hi
	for e := c.j; e < hi; e++ {
		if toks[e].punct(';') || toks[e].punct(',') && e+1 < hi && complementStop[toks[e+1].low] {
			end = e
			break
		}
	}
	if w.words(start, end) < 3 {
		return
	}
	content, ok := w.span(start, end)
	if !ok {
		return
	}
	c.subj = who{s: -1}
	w.emit(c, content, true)
}

// quantity reports whether tokens from k open a counted noun phrase: "at least six",
// "more than 40", "about a dozen", "up to 300", "nearly half".
func (w *work) quantity(k, hi int) bool {
	n := k
	switch w.toks[k].low {
	case "at":
		if k+1 < hi && (w.toks[k+1].low == "least" || w.toks[k+1].low == "most") {
			n = k + 2
		}
	case "more", "fewer", "less":
		if k+1 < hi && w.toks[k+1].low == "than" {
			n = k + 2
		}
	case "up":
		if k+1 < hi && w.toks[k+1].low == "to" {
			n = k + 2
		}
	case "about", "around", "nearly", "almost", "roughly", "some", "over", "approximately":
		n = k + 1
	}
	if n == k || n >= hi {
		return false
	}
	if n+1 < hi && (w.toks[n].low == "a" || w.toks[n].low == "an") {
		n++ // "about a dozen"
	}
	t := &w.toks[n]
	return t.kind == tWord && (isNumber(t.low) || countWord[t.low])
}

// countWord holds number words that can open a counted noun phrase.
var countWord = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
	"thousand", "thousands", "million", "millions", "dozen", "dozens", "half", "third", "quarter",
	"scores")
