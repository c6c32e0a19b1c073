package quote

import (
	"github.com/parallax-news/parallax/internal/doc"
)

// subjects resolves every cue verb's speaker in text order, so a pronoun can fall back on
// the speakers named before it.
func (w *work) subjects() {
	for ci := range w.cues {
		c := &w.cues[ci]
		if c.phrase {
			continue
		}
		sp := w.subject(c)
		if sp.s >= 0 && sp.e-sp.s == 1 && w.toks[sp.s].low == "it" && w.passiveAux(c) {
			sp = who{s: -1} // "it was reported that ...": nobody is named
			c.subj = sp
		}
		if c.info.form == formGerund && !sp.ok() && c.i > 0 && (w.toks[c.i-1].punct(',') || gerundLead[w.toks[c.i-1].low]) {
			// ", saying ...": the subject of the sentence speaks, or the speaker of a
			// speaking verb just before ("..., the agency said, warning that ...").
			sp = w.firstSubject(c.i)
			if c.i > 0 && w.toks[c.i-1].punct(',') {
				if p, ok := w.speechBefore(ci); ok {
					sp = p
				}
			}
			c.subj = sp
		}
		if sp.coord || !sp.ok() && c.info.form == formBase && c.i > 0 && w.toks[c.i-1].low == "to" {
			// "... and reiterated", "vowed to say": the subject of the verb before.
			sp = w.sharedSubject(ci)
			c.subj = sp
		}
		if !sp.ok() && c.info.class&(classSpeech|classReport) != 0 && c.i > 0 &&
			(w.toks[c.i-1].punct(',') || w.toks[c.i-1].kind == tQuote || w.toks[c.i-1].low == "—") {
			// Inverted order: "..., said the minister." / "..." said Putin.
			_, hi := w.sentRange(c.i)
			k := c.j
			if e := w.npRight(k, hi); e > k {
				if e == hi || w.toks[e].kind != tWord || w.toks[e].low == "on" || w.toks[e].low == "in" ||
					w.toks[e].low == "at" || w.toks[e].low == "who" || w.toks[e].low == "after" {
					sp = w.resolve(k, e)
					c.subj = sp
				}
			}
		}
		w.remember(sp)
	}
}

// speechBefore returns the speaker of the speaking verb closest before cue ci in its
// sentence when nothing but a time phrase or adverb stands between that verb's clause and
// the comma before ci ("..., officials said on Monday, adding ...").
func (w *work) speechBefore(ci int) (who, bool) {
	c := &w.cues[ci]
	lo, _ := w.sentRange(c.i)
	if ci == 0 {
		return who{}, false
	}
	p := &w.cues[ci-1]
	if p.i < lo || p.phrase || !p.subj.ok() || p.info.class&classSpeech == 0 || p.info.form == formGerund {
		return who{}, false
	}
	// Between the verb (and an inverted subject after it) and the comma: only time words,
	// adverbs and a short object ("told reporters").
	k := max(p.j, p.subj.e)
	for ; k < c.i-1; k++ {
		t := &w.toks[k]
		if t.kind != tWord || w.cueAt[k] > 0 || t.low == "that" {
			return who{}, false
		}
	}
	if c.i-1-max(p.j, p.subj.e) > 4 {
		return who{}, false
	}
	return p.subj, true
}

// gerundLead are words after which a cue's -ing form shares the sentence's subject.
var gerundLead = set("by", "after", "before", "while", "when", "in", "without", "since")

// sharedSubject is the subject of a verb coordinated with an earlier one in its sentence:
// the nearest earlier cue's subject, else the sentence's first noun phrase.
func (w *work) sharedSubject(ci int) who {
	c := &w.cues[ci]
	lo, _ := w.sentRange(c.i)
	for k := ci - 1; k >= 0; k-- {
		p := &w.cues[k]
		if p.i < lo {
			break
		}
		if !p.phrase && p.subj.ok() {
			return p.subj
		}
	}
	return w.firstSubject(c.i)
}

// firstSubject is the first noun phrase of token i's sentence, after leading connectives
// and an opening adverbial clause ("After the debate, Trump ...").
func (w *work) firstSubject(i int) who {
	lo, _ := w.sentRange(i)
	s := lo
	for s < i && (w.toks[s].kind != tWord || leader[w.toks[s].low]) {
		s++
	}
	if s < i && (npPrep[w.toks[s].low] || w.toks[s].low == "after" || w.toks[s].low == "during") {
		// Skip an opening phrase up to its comma, or a short one without ("On Monday they").
		comma := false
		for k := s; k < i && k-s < 15; k++ {
			if w.toks[k].punct(',') {
				s = k + 1
				comma = true
				break
			}
		}
		if !comma {
			if e := w.timeRun(s, i); e > s {
				s = e
			} else if e := w.npRight(s+1, i); e > s+1 {
				s = e
			}
		}
	}
	if e := w.npRight(s, i); e > s {
		return w.resolve(s, e)
	}
	return who{s: -1}
}

// quotations attributes each quotation: a cue right after it ("...," the minister told
// reporters), right before it (Putin said: "..."), a cue earlier in its sentence governing a
// quoted phrase (condemned "unprovoked aggression"), or the speaker of the quotation next to
// it in the same paragraph ("...," he said. "..."). Quoted terms no cue governs stay
// unattributed.
func (w *work) quotations() {
	w.subjects()
	type res struct {
		kind string
		cue  int // cue index, -1 if none
		sp   who
	}
	results := make([]res, len(w.qs))
	for qi := range w.qs {
		q := &w.qs[qi]
		r := res{cue: -1}
		if ci, ok := w.unclosedCue(q); ok {
			// `"Our waters are free, he told reporters.` (the closing mark lost): the
			// quotation ends at the comma before its attribution.
			results[qi] = res{kind: doc.QuoteDirect, cue: ci, sp: w.cues[ci].subj}
			w.cues[ci].used = true
			continue
		}
		full := w.isClause(q)
		bci, bsep, bok := w.cueBefore(q)
		if bok && !w.startsSentence(q) {
			// A verb right before the quotation governs it, whatever follows.
			r = res{kind: doc.QuotePartial, cue: bci, sp: w.cues[bci].subj}
			if full && bsep {
				r.kind = doc.QuoteDirect
				w.cues[bci].used = true
			}
		} else if ci, ok := w.dashSpeaker(q); ok {
			r = res{kind: doc.QuoteDirect, cue: ci, sp: w.cues[ci].subj}
		} else if ci, ok := w.cueAfter(q); ok && (full || w.words(q.in0, q.in1) >= 3 || w.endsSpeech(q)) {
			r = res{kind: doc.QuoteDirect, cue: ci, sp: w.cues[ci].subj}
			w.cues[ci].used = true
		} else if ci, sep, ok := bci, bsep, bok; ok {
			r = res{kind: doc.QuotePartial, cue: ci, sp: w.cues[ci].subj}
			if full && sep {
				r.kind = doc.QuoteDirect
				w.cues[ci].used = true
			}
		} else if ci, ok := w.governing(q); ok {
			r = res{kind: doc.QuotePartial, cue: ci, sp: w.cues[ci].subj}
		} else {
			r.kind = doc.QuotePartial
			if full {
				r.kind = doc.QuoteDirect
			}
		}
		results[qi] = r
	}
	// Quotations next to an attributed one in the same paragraph share its speaker.
	for pass := 0; pass < 2; pass++ {
		for qi := range w.qs {
			if results[qi].cue >= 0 || !w.isClause(&w.qs[qi]) || !w.startsSentence(&w.qs[qi]) {
				continue
			}
			for _, nb := range []int{qi - 1, qi + 1} {
				if nb < 0 || nb >= len(w.qs) || results[nb].cue < 0 || results[nb].kind != doc.QuoteDirect {
					continue
				}
				if w.adjacent(&w.qs[min(qi, nb)], &w.qs[max(qi, nb)]) {
					results[qi] = res{kind: doc.QuoteDirect, cue: results[nb].cue, sp: results[nb].sp}
					break
				}
			}
		}
	}
	for qi := range w.qs {
		q := &w.qs[qi]
		r := results[qi]
		sp, ok := w.span(q.in0, q.in1)
		if !ok {
			continue
		}
		out := doc.Quote{Kind: r.kind, Start: sp.Start, End: sp.End, Text: w.d.Text[sp.Start:sp.End]}
		if !q.closed {
			f := false
			out.Closed = &f
		}
		if r.cue >= 0 {
			c := &w.cues[r.cue]
			ts := w.d.TextSpan(doc.Span{Start: w.toks[c.i].s, End: w.toks[c.j-1].e})
			out.Cue = &ts
			out.Speaker, out.SpeakerText = r.sp.entity, r.sp.text
		}
		w.d.Quotes = append(w.d.Quotes, out)
		it := item{content: sp, src: r.sp, cueStart: -1, quote: len(w.d.Quotes) - 1, attr: -1, qi: qi}
		if r.cue >= 0 {
			it.cueStart = w.toks[w.cues[r.cue].i].s
			it.cue = r.cue
		}
		w.items = append(w.items, it)
	}
}

// isClause reports whether a quotation reads as a sentence or clause rather than a term: it
// has at least four words and either ends in punctuation inside the marks or starts with a
// capital letter.
func (w *work) isClause(q *qspan) bool {
	n := w.words(q.in0, q.in1)
	if n < 4 {
		return false
	}
	last := &w.toks[q.in1-1]
	if last.kind == tPunct && (last.punct(',') || last.punct('.') || last.punct('?') || last.punct('!')) {
		return true
	}
	first := &w.toks[q.in0]
	return first.cap || n >= 8
}

// startsSentence reports whether a quotation opens its sentence.
func (w *work) startsSentence(q *qspan) bool {
	lo, _ := w.sentRange(q.open)
	return q.open == lo || w.toks[q.open].para
}

// adjacent reports whether two quotations are in one paragraph (or consecutive paragraphs)
// with at most a short attribution between them.
func (w *work) adjacent(a, b *qspan) bool {
	if a.close < 0 {
		return false
	}
	ta, tb := &w.toks[a.close], &w.toks[b.open]
	switch {
	case ta.par == tb.par:
		return true
	case tb.par == ta.par+1:
		return b.open-a.close <= 12
	}
	return false
}

// cueAfter finds the cue that follows a quotation: `"...," the minister told reporters` or
// `"...," said Putin`.
func (w *work) cueAfter(q *qspan) (int, bool) {
	if !q.closed {
		return 0, false
	}
	toks := w.toks
	k := q.close + 1
	last := &toks[q.in1-1]
	inner := last.punct(',') || last.punct('?') || last.punct('!') || last.low == "—" || last.low == "–" || last.low == "-"
	if k < len(toks) && (toks[k].punct(',') || toks[k].low == "—" || toks[k].low == "–") {
		inner = true
		k++
	}
	if !inner || k >= len(toks) || toks[k].para {
		return 0, false
	}
	// A cue within a short noun phrase of the mark.
	for e := k; e < len(toks) && e-k <= maxNP+3; e++ {
		if ci := w.cueAt[e]; ci > 0 {
			c := &w.cues[ci-1]
			if !c.phrase && c.info.class&(classSpeech|classReport) != 0 && c.subj.ok() {
				return ci - 1, true
			}
			return 0, false
		}
		t := &toks[e]
		if t.punct(',') && e > k {
			continue // an appositive: `"...," Quina Jones, 25, said`
		}
		if t.punct('(') {
			// "Rep. Jim Jordan (R-Ohio)": over the parenthesis.
			r := e + 1
			for r < len(toks) && r-e <= 8 && !toks[r].punct(')') {
				r++
			}
			if r < len(toks) && toks[r].punct(')') {
				e = r
				continue
			}
			return 0, false
		}
		if t.kind != tWord || (npStop[t.low] && !pronoun[t.low] && !auxAdv[t.low] && !determiner[t.low]) {
			return 0, false
		}
	}
	return 0, false
}

// cueBefore finds a cue right before a quotation: `Putin said: "..."`, `he told reporters
// that "..."`, `condemned "unprovoked aggression"`.
func (w *work) cueBefore(q *qspan) (int, bool, bool) {
	lo, _ := w.sentRange(q.open)
	k := q.open - 1
	if k >= 0 && w.toks[q.open].para && w.toks[k].punct(':') {
		lo, _ = w.sentRange(k) // `He said:` closing the paragraph before the quotation
	}
	sep := false
	if k >= lo && (w.toks[k].punct(':') || w.toks[k].punct(',')) {
		k--
		sep = true
	}
	if k >= lo && w.toks[k].low == "that" {
		k--
	}
	for steps := 0; k >= lo && steps < 4; steps++ {
		if ci := w.cueAt[k]; ci > 0 {
			c := &w.cues[ci-1]
			if !c.phrase && c.subj.ok() {
				return ci - 1, sep && k == q.open-2, true
			}
			return 0, false, false
		}
		t := &w.toks[k]
		// Only a short object or adverb between: "told reporters", "said on Monday".
		if t.kind != tWord || t.low == "and" || t.low == "but" {
			return 0, false, false
		}
		k--
	}
	return 0, false, false
}

// governing finds a cue earlier in the quotation's sentence whose reported words hold it.
func (w *work) governing(q *qspan) (int, bool) {
	lo, _ := w.sentRange(q.open)
	for k := q.open - 1; k >= lo && q.open-k <= 30; k-- {
		t := &w.toks[k]
		if t.punct(';') || (t.kind == tQuote && t.dir == dirClose && k > lo && w.toks[k-1].punct('.')) {
			return 0, false
		}
		if ci := w.cueAt[k]; ci > 0 {
			c := &w.cues[ci-1]
			if c.phrase || c.info.class&^classStance == 0 {
				continue // positions ("want", "support") do not govern quoted words
			}
			if c.subj.ok() {
				return ci - 1, true
			}
		}
	}
	return 0, false
}

// continuations gives a quotation that opens a sentence and has no cue of its own the speaker
// of the statement just before it in the same paragraph: `Mr. X said Y. "Z."`.
func (w *work) continuations() {
	for ii := range w.items {
		it := &w.items[ii]
		if it.quote < 0 || it.cueStart >= 0 || it.qi < 0 {
			continue
		}
		q := &w.qs[it.qi]
		if !w.isClause(q) || !w.startsSentence(q) {
			continue
		}
		// The nearest statement before it whose cue is in this paragraph or ends the last one.
		best := -1
		for jj := range w.items {
			o := &w.items[jj]
			if o.cueStart < 0 || o.cueStart >= w.toks[q.open].s || !o.src.ok() {
				continue
			}
			c := &w.cues[o.cue]
			if c.phrase || c.info.class&classSpeech == 0 {
				continue
			}
			if best < 0 || o.cueStart > w.items[best].cueStart {
				best = jj
			}
		}
		if best < 0 {
			continue
		}
		o := &w.items[best]
		ct := &w.toks[w.cues[o.cue].i]
		qt := &w.toks[q.open]
		if qt.sent-ct.sent > 2 || !(ct.par == qt.par || ct.par == qt.par-1 && qt.para) {
			continue
		}
		// No other quotation or statement between.
		between := false
		for kk := range w.items {
			k := &w.items[kk]
			if kk != best && k.content.Start > o.content.End && k.content.End <= qt.s && k.cueStart >= 0 {
				between = true
				break
			}
		}
		if between {
			continue
		}
		dq := &w.d.Quotes[it.quote]
		cs := w.d.TextSpan(doc.Span{Start: ct.s, End: w.toks[w.cues[o.cue].j-1].e})
		dq.Kind = doc.QuoteDirect
		dq.Cue = &cs
		dq.Speaker, dq.SpeakerText = o.src.entity, o.src.text
		it.src, it.cueStart, it.cue = o.src, ct.s, o.cue
	}
}

// synthetic adds a cue made of punctuation (a dash, a colon) with its speaker.
func (w *work) synthetic(i int, sp who) int {
	w.cues = append(w.cues, cue{i: i, j: i + 1, phrase: true, used: true, subj: sp, done: true})
	w.cueAt[i] = len(w.cues)
	return len(w.cues) - 1
}

func isDash(t *tok) bool {
	return t.low == "—" || t.low == "―" || t.low == "–" || t.low == "-"
}

// dashSpeaker finds a speaker signed after a quotation: `"..." ― Ana Ruiz` (to the end of
// the paragraph or sentence).
func (w *work) dashSpeaker(q *qspan) (int, bool) {
	if !q.closed {
		return 0, false
	}
	k := q.close + 1
	if k >= len(w.toks) || !isDash(&w.toks[k]) || w.toks[k].para {
		return 0, false
	}
	_, hi := w.sentRange(k)
	s := k + 1
	e := w.npRight(s, hi)
	if e == s || !w.toks[s].cap {
		return 0, false
	}
	// The name ends the paragraph, or an appositive or a full stop follows it.
	if e < len(w.toks) && !w.toks[e].para && !w.toks[e].punct(',') && !w.toks[e].punct('.') {
		return 0, false
	}
	return w.synthetic(k, w.resolve(s, e)), true
}

// labelNames are words before a colon that label a line rather than name a speaker.
var labelNames = set("update", "updated", "note", "editor", "editors", "photo", "photos", "video",
	"watch", "read", "source", "sources", "related", "advertisement", "breaking", "exclusive",
	"opinion", "analysis", "live", "correction", "warning", "listen", "see", "more", "also",
	"credit", "image", "caption", "file", "q", "a", "question", "answer", "transcript", "full",
	"tags", "topics", "share", "follow", "contact", "email", "subscribe", "disclaimer", "why",
	"how", "what", "when", "where", "who", "here", "today", "latest", "summary", "background",
	"context", "timeline", "first", "second", "third", "step", "part", "chapter", "day", "week")

// labelled finds transcript and headline lines of the form `NAME: words` at a paragraph
// start: the words are NAME's (an interview answer, a headline quoting its source).
func (w *work) labelled() {
	toks := w.toks
	for p := range toks {
		if !toks[p].para && p != 0 {
			continue
		}
		i := p
		// Up to four capitalised words, then a colon; a transcript may sit in quotation marks.
		if toks[i].kind == tQuote && toks[i].dir != dirClose && i+1 < len(toks) {
			i++
		}
		k := i
		for k < len(toks) && k-i < 4 && toks[k].kind == tWord && (toks[k].cap || toks[k].low == "'s" || toks[k].low == "of") {
			k++
		}
		if k == i || k >= len(toks) || !toks[k].punct(':') || labelNames[toks[i].low] || labelNames[toks[k-1].low] {
			continue
		}
		if toks[k-1].low == "of" || toks[k-1].low == "'s" {
			continue
		}
		// The line: to the end of the paragraph.
		e := k + 1
		for e < len(toks) && !toks[e].para {
			e++
		}
		if w.words(k+1, e) < 3 {
			continue
		}
		sp, ok := w.span(k+1, e)
		if !ok {
			continue
		}
		who := w.resolve(i, k)
		ci := w.synthetic(k, who)
		cs := w.d.TextSpan(doc.Span{Start: toks[k].s, End: toks[k].e})
		w.d.Quotes = append(w.d.Quotes, doc.Quote{Kind: doc.QuoteDirect, Start: sp.Start, End: sp.End,
			Text: w.d.Text[sp.Start:sp.End], Speaker: who.entity, SpeakerText: who.text, Cue: &cs})
		w.items = append(w.items, item{content: sp, src: who, cueStart: cs.Start, quote: len(w.d.Quotes) - 1, attr: -1, qi: -1, cue: ci})
	}
}

// unclosedCue looks inside a quotation that never closes for the attribution that should
// have followed its closing mark: a comma, then a speaker and a speaking verb in the same
// sentence. On success the quotation is cut at that comma.
func (w *work) unclosedCue(q *qspan) (int, bool) {
	if q.closed {
		return 0, false
	}
	_, hi := w.sentRange(q.open)
	hi = min(hi, q.in1)
	for k := q.in0 + 1; k < hi; k++ {
		if !w.toks[k].punct(',') {
			continue
		}
		for e := k + 1; e < hi && e-k <= maxNP+2; e++ {
			ci := w.cueAt[e]
			if ci == 0 {
				t := &w.toks[e]
				if t.kind != tWord || npStop[t.low] && !pronoun[t.low] && !determiner[t.low] && !auxAdv[t.low] {
					break
				}
				continue
			}
			c := &w.cues[ci-1]
			if !c.phrase && c.info.class&classSpeech != 0 && c.subj.ok() && c.subj.s > k {
				q.in1 = k
				return ci - 1, true
			}
			break
		}
	}
	return 0, false
}

// passiveAux reports whether the cue verb is a participle after a form of "be" ("was
// reported", "is widely believed").
func (w *work) passiveAux(c *cue) bool {
	if c.info.form != formPast && c.info.form != formPart {
		return false
	}
	lo, _ := w.sentRange(c.i)
	for k := c.i - 1; k >= lo; k-- {
		t := &w.toks[k]
		if beAux[t.low] {
			return true
		}
		if !(auxAdv[t.low] || isAdverb(t)) {
			return false
		}
	}
	return false
}

// endsSpeech reports whether a quotation ends with the comma, question or exclamation
// mark of spoken words (“You winning?” she said).
func (w *work) endsSpeech(q *qspan) bool {
	last := &w.toks[q.in1-1]
	return last.punct(',') || last.punct('?') || last.punct('!')
}
