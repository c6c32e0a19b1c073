package quote

import (
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/parallax-news/parallax/internal/doc"
)

// Extractor finds quotations and attributions. Build it once with New; it is safe for
// concurrent use.
type Extractor struct {
	lx   *Lexicon
	pool sync.Pool
}

// New loads the embedded cue lexicon.
func New() (*Extractor, error) {
	lx, err := LoadLexicon("data/cues.txt", cuesFile)
	if err != nil {
		return nil, err
	}
	return &Extractor{lx: lx}, nil
}

// Extract fills d.Quotes, d.Attributions and each sentence's Voice.
func (x *Extractor) Extract(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	w, _ := x.pool.Get().(*work)
	if w == nil {
		w = &work{}
	}
	w.reset(x.lx, d)
	w.run()
	x.pool.Put(w)
	return nil
}

// who is a resolved speaker or source.
type who struct {
	s, e   int // token range of the words naming it; s < 0 when none
	text   string
	entity string
	coord  bool // the cue's subject is shared with an earlier verb ("... and reiterated")
}

func (w who) ok() bool { return w.text != "" || w.entity != "" }

// cue is a cue verb or phrase found in the text.
type cue struct {
	i, j   int // tokens [i, j)
	info   cueInfo
	phrase bool
	used   bool // governs a direct quotation
	subj   who
	done   bool // subject computed
}

// item is a quote or attribution under construction, kept for chains and voice.
type item struct {
	content  doc.Span
	src      who
	cueStart int
	quote    int  // index in d.Quotes, or -1
	attr     int  // index in d.Attributions, or -1
	qi       int  // index in work.qs for quotations, or -1
	own      bool // the outlet's own wording (a position's object, a topic, a hedge)
	cue      int  // index in work.cues when cueStart >= 0
}

// work is the per-document scratch state.
type work struct {
	lx      *Lexicon
	d       *doc.Document
	toks    []tok
	qs      []qspan
	cues    []cue
	cueAt   []int  // token index -> cue index+1
	inQuote []bool // token inside a quotation of clause length
	sentLo  []int  // first token of each sentence
	sentHi  []int  // one past the last token of each sentence
	menEnd  map[int]int
	// menByStart lists mention indices in order of start offset.
	menByStart []int
	items      []item
	lastSp     []who // recent speakers, for pronoun fallback
}

func (w *work) reset(lx *Lexicon, d *doc.Document) {
	w.lx, w.d = lx, d
	w.toks = tokenize(d.Text, w.toks)
	w.qs = w.qs[:0]
	w.cues = w.cues[:0]
	w.items = w.items[:0]
	w.lastSp = w.lastSp[:0]
	w.sentLo = w.sentLo[:0]
	w.sentHi = w.sentHi[:0]
	if cap(w.cueAt) < len(w.toks) {
		w.cueAt = make([]int, len(w.toks))
	}
	w.cueAt = w.cueAt[:len(w.toks)]
	clear(w.cueAt)
	if w.menEnd == nil {
		w.menEnd = map[int]int{}
	}
	clear(w.menEnd)
}

func (w *work) run() {
	d := w.d
	d.Quotes = d.Quotes[:0]
	d.Attributions = d.Attributions[:0]
	if d.Quotes == nil {
		d.Quotes = []doc.Quote{}
	}
	if d.Attributions == nil {
		d.Attributions = []doc.Attribution{}
	}
	if len(w.toks) == 0 {
		return
	}
	par := 0
	for i := range w.toks {
		if w.toks[i].para && i > 0 {
			par++
		}
		w.toks[i].par = par
	}
	w.assignSentences()
	w.annotate()
	w.qs = pairQuotes(w.toks, w.qs)
	w.trimUnclosed()
	w.markQuoted()
	w.findCues()
	w.quotations()
	w.labelled()
	w.reported()
	w.continuations()
	w.chains()
	w.voices()
	sort.SliceStable(d.Quotes, func(a, b int) bool { return d.Quotes[a].Start < d.Quotes[b].Start })
	sort.SliceStable(d.Attributions, func(a, b int) bool {
		return d.Attributions[a].Claim.Start < d.Attributions[b].Claim.Start
	})
}

// assignSentences gives every token a sentence, from d.Sentences when the segmenter ran and
// from a simple split otherwise.
func (w *work) assignSentences() {
	toks := w.toks
	if len(w.d.Sentences) > 0 {
		ss := w.d.Sentences
		k := 0
		for i := range toks {
			for k < len(ss)-1 && toks[i].s >= ss[k].End {
				k++
			}
			toks[i].sent = k
		}
	} else {
		k := 0
		for i := range toks {
			if i > 0 && (toks[i].para || endsSentence(toks, i-1)) {
				k++
			}
			toks[i].sent = k
		}
	}
	n := toks[len(toks)-1].sent + 1
	for range n {
		w.sentLo = append(w.sentLo, -1)
		w.sentHi = append(w.sentHi, -1)
	}
	for i := range toks {
		s := toks[i].sent
		if w.sentLo[s] < 0 {
			w.sentLo[s] = i
		}
		w.sentHi[s] = i + 1
	}
	// Sentences without tokens borrow an empty range.
	for s := range w.sentLo {
		if w.sentLo[s] < 0 {
			w.sentLo[s], w.sentHi[s] = 0, 0
		}
	}
}

// endsSentence reports whether a sentence ends after token i (fallback splitter).
func endsSentence(toks []tok, i int) bool {
	t := &toks[i]
	next := &toks[i+1]
	if t.kind == tQuote && t.dir != dirOpen && i > 0 {
		p := &toks[i-1]
		if p.punct('.') || p.punct('!') || p.punct('?') {
			return next.cap || next.kind == tQuote
		}
		return false
	}
	if t.punct('.') || t.punct('!') || t.punct('?') {
		if next.kind == tQuote && next.dir != dirOpen {
			return false
		}
		return next.cap || next.kind == tQuote || (next.kind == tWord && next.low[0] >= '0' && next.low[0] <= '9')
	}
	return false
}

// annotate copies part-of-speech tags, mention starts/ends and time expressions onto tokens.
func (w *work) annotate() {
	d := w.d
	toks := w.toks
	if len(d.Tokens) > 0 {
		k := 0
		for i := range toks {
			for k < len(d.Tokens) && d.Tokens[k].Start < toks[i].s {
				k++
			}
			if k < len(d.Tokens) && d.Tokens[k].Start == toks[i].s && plausibleTag(&toks[i], d.Tokens[k].Tag) {
				toks[i].tag = d.Tokens[k].Tag
			}
		}
	}
	w.menByStart = w.menByStart[:0]
	for mi, m := range d.Mentions {
		w.menEnd[m.End] = mi + 1
		w.menByStart = append(w.menByStart, mi)
	}
	sort.SliceStable(w.menByStart, func(a, b int) bool {
		return d.Mentions[w.menByStart[a]].Start < d.Mentions[w.menByStart[b]].Start
	})
	// Tokens inside a name or nominal mention (any order, nesting allowed).
	for _, m := range d.Mentions {
		if m.Kind == doc.MentionPronoun {
			continue
		}
		k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= m.Start })
		for ; k < len(toks) && toks[k].e <= m.End; k++ {
			toks[k].inMen = true
		}
	}
	for _, tm := range d.Times {
		k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= tm.Start })
		for ; k < len(toks) && toks[k].e <= tm.End; k++ {
			toks[k].inTim = true
		}
	}
}

// findCues marks cue verbs and source phrases.
func (w *work) findCues() {
	toks := w.toks
	for i := range toks {
		t := &toks[i]
		if !t.isWord() {
			continue
		}
		if j, ok := w.matchPhrase(i); ok {
			w.cues = append(w.cues, cue{i: i, j: j, phrase: true})
			w.cueAt[i] = len(w.cues)
			continue
		}
		info, ok := w.lx.forms[t.low]
		if !ok || !w.verbLike(i, info) {
			if w.lx.nouns[t.low] && i+1 < len(toks) && toks[i+1].low == "that" && !t.cap {
				w.cues = append(w.cues, cue{i: i, j: i + 1, info: cueInfo{lemma: t.low, class: classNoun}})
				w.cueAt[i] = len(w.cues)
			}
			continue
		}
		w.cues = append(w.cues, cue{i: i, j: i + 1, info: info})
		w.cueAt[i] = len(w.cues)
	}
}

func (w *work) matchPhrase(i int) (int, bool) {
	toks := w.toks
outer:
	for _, p := range w.lx.phrases {
		if i+len(p) > len(toks) {
			continue
		}
		for k, pw := range p {
			if toks[i+k].kind != tWord || toks[i+k].low != pw {
				continue outer
			}
		}
		return i + len(p), true
	}
	return 0, false
}

// verbLike reports whether the cue word at i is used as a verb here.
func (w *work) verbLike(i int, info cueInfo) bool {
	t := &w.toks[i]
	// A tagger's noun reading is trusted for forms that are also nouns ("support",
	// "claims"), not for past forms, which news taggers confuse after quotations.
	if t.tag != "" && !strings.HasPrefix(t.tag, "VB") && info.form != formPast && info.form != formPart && !w.verbContext(i) {
		return false
	}
	if t.cap && i > 0 && w.toks[i-1].sent == t.sent {
		return false // "the United States", "Reports"
	}
	if i > 0 {
		p := &w.toks[i-1]
		if p.isWord() && (determiner[p.low] && p.low != "all" && p.low != "both" || p.low == "'s" || p.low == "of") {
			return false // "the claims", "a report", "Putin's statement"
		}
	}
	if i+1 < len(w.toks) {
		n := &w.toks[i+1]
		if n.isWord() && (n.low == "of" || n.low == "by") && info.form != formPast && info.form != formPart && info.lemma != "say" {
			return false // "reports of", "claims by"
		}
	}
	return true
}

// sentRange returns the token range of token i's sentence.
func (w *work) sentRange(i int) (int, int) {
	s := w.toks[i].sent
	return w.sentLo[s], w.sentHi[s]
}

// span builds a trimmed byte span over tokens [a, b), dropping outer punctuation.
func (w *work) span(a, b int) (doc.Span, bool) {
	toks := w.toks
	for a < b && toks[a].kind != tWord {
		a++
	}
	for b > a && toks[b-1].kind != tWord {
		b--
	}
	if a >= b {
		return doc.Span{}, false
	}
	return doc.Span{Start: toks[a].s, End: toks[b-1].e}, true
}

func (w *work) words(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if w.toks[i].isWord() {
			n++
		}
	}
	return n
}

// markQuoted flags tokens inside quotations long enough to be someone's words: cue verbs
// there belong to the quoted speaker, not to the outlet's reporting.
// trimUnclosed ends at its sentence's end a quotation that opens inside a sentence and
// never closes (`she said officers had acted "within the law. Ten were hurt, she said.`):
// quoted words woven into the writer's sentence are a fragment of it, so the lost closing
// mark belonged there, and the sentences after are the writer's again.
func (w *work) trimUnclosed() {
	for i := range w.qs {
		q := &w.qs[i]
		if q.closed || q.single {
			continue
		}
		lo, hi := w.sentRange(q.open)
		if q.open <= lo || hi >= q.in1 {
			continue
		}
		p := &w.toks[q.open-1]
		if p.punct(':') || p.punct(',') || p.kind == tQuote {
			continue // `he said: "...` and `, "...` may open several sentences of speech
		}
		q.in1 = hi
	}
}

func (w *work) markQuoted() {
	if cap(w.inQuote) < len(w.toks) {
		w.inQuote = make([]bool, len(w.toks))
	}
	w.inQuote = w.inQuote[:len(w.toks)]
	clear(w.inQuote)
	for i := range w.qs {
		q := &w.qs[i]
		if w.words(q.in0, q.in1) < 4 {
			continue
		}
		for k := q.in0; k < q.in1; k++ {
			w.inQuote[k] = true
		}
	}
}

// verbContext reports whether the words around token i make it a verb whatever a tagger
// said: a pronoun or a name right before it, or "that"/"to" right after it ("officials
// worry that", "Clinton wants to").
func (w *work) verbContext(i int) bool {
	if i > 0 {
		p := &w.toks[i-1]
		if p.kind == tWord && (pronoun[p.low] && p.low != "it" || p.inMen) {
			return true
		}
	}
	if i+1 < len(w.toks) {
		n := &w.toks[i+1]
		if n.kind == tWord && (n.low == "that" || n.low == "to") {
			return i == 0 || !determiner[w.toks[i-1].low]
		}
	}
	return false
}

// plausibleTag reports whether a tagger's tag fits the token's shape: a word tagged as
// punctuation or a symbol is a tagger fault, and the extractor then goes by the words alone.
func plausibleTag(t *tok, tag string) bool {
	if tag == "" || t.kind != tWord {
		return false
	}
	c := tag[0]
	return c >= 'A' && c <= 'Z' && tag != "SYM" && tag != "LS"
}
