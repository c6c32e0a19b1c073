package event

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// docView is what coding a document needs at hand: its tokens (its own or the document's),
// actor mentions sorted by position, and entities by id.
type docView struct {
	d         *doc.Document
	tokens    []doc.Token
	sentences []doc.Span
	mentions  []int // indices into d.Mentions of actor mentions, by start
	entities  map[string]*doc.Entity

	// Position indexes, so that coding a long document stays linear: times, quotes and
	// attributions by start (with the longest span of each, to bound a backward search),
	// and the country of each mention text.
	times        spanIndex
	quotes       spanIndex
	attributions spanIndex
	countries    map[string]string

	// Buffers reused from one sentence to the next (sentences are coded one at a time).
	toks  []tok
	words []string
	mspan map[int][2]int
}

// actorTypes are the mention types that can be an event's source or target.
var actorTypes = map[string]bool{
	"PERSON": true, "PER": true, "ORG": true, "GPE": true, "NORP": true,
}

func newDocView(d *doc.Document) *docView {
	x := &docView{d: d, tokens: d.Tokens, entities: map[string]*doc.Entity{}}
	if len(x.tokens) == 0 {
		x.tokens = tokenize(d.Text)
	}
	for _, s := range d.Sentences {
		x.sentences = append(x.sentences, s.Span())
	}
	if len(x.sentences) == 0 {
		x.sentences = []doc.Span{{Start: 0, End: len(d.Text)}}
	}
	for i := range d.Entities {
		x.entities[d.Entities[i].ID] = &d.Entities[i]
	}
	for i, m := range d.Mentions {
		if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
			continue
		}
		if actorTypes[m.Type] {
			x.mentions = append(x.mentions, i)
			continue
		}
		// Places stand for actors when the knowledge base gives them a country.
		if e := x.entities[m.Entity]; e != nil && e.Country != "" && (m.Type == "LOC" || m.Type == "FAC") {
			x.mentions = append(x.mentions, i)
		}
	}
	sort.SliceStable(x.mentions, func(i, j int) bool {
		a, b := d.Mentions[x.mentions[i]], d.Mentions[x.mentions[j]]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	x.times = newSpanIndex(len(d.Times), func(i int) doc.Span { return doc.Span{Start: d.Times[i].Start, End: d.Times[i].End} })
	x.quotes = newSpanIndex(len(d.Quotes), func(i int) doc.Span { return doc.Span{Start: d.Quotes[i].Start, End: d.Quotes[i].End} })
	x.attributions = newSpanIndex(len(d.Attributions), func(i int) doc.Span { return d.Attributions[i].Claim.Span() })
	return x
}

// spanIndex finds the spans overlapping a range without scanning them all: items sorted by
// start, searched from the first that could still reach the range.
type spanIndex struct {
	order  []int // item indices by start, ties in input order
	spans  []doc.Span
	maxLen int
}

func newSpanIndex(n int, span func(int) doc.Span) spanIndex {
	ix := spanIndex{order: make([]int, n), spans: make([]doc.Span, n)}
	for i := range n {
		ix.order[i] = i
		ix.spans[i] = span(i)
		ix.maxLen = max(ix.maxLen, ix.spans[i].Len())
	}
	sort.SliceStable(ix.order, func(a, b int) bool { return ix.spans[ix.order[a]].Start < ix.spans[ix.order[b]].Start })
	return ix
}

// overlapping calls fn, in input order, with each item whose span overlaps [start, end)
// (for an empty range, holds start).
func (ix *spanIndex) overlapping(start, end int, fn func(i int)) {
	lo := sort.Search(len(ix.order), func(k int) bool { return ix.spans[ix.order[k]].Start >= start-ix.maxLen })
	var hits []int
	for k := lo; k < len(ix.order); k++ {
		i := ix.order[k]
		sp := ix.spans[i]
		if sp.Start >= max(end, start+1) {
			break
		}
		if sp.End > start {
			hits = append(hits, i)
		}
	}
	sort.Ints(hits)
	for _, i := range hits {
		fn(i)
	}
}

// tokenize is the fallback when no segmenter ran: words (letters, digits, inner hyphens and
// apostrophes, "'s" and "n't" split off) and single punctuation marks.
func tokenize(text string) []doc.Token {
	var out []doc.Token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, doc.Token{Start: i, End: i + n})
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if (r == '-' || r == '\'' || r == '’' || r == '.') && j+n < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if isWordRune(r2) {
					j += n
					continue
				}
			}
			break
		}
		w := text[i:j]
		lw := strings.ToLower(w)
		switch {
		case strings.HasSuffix(lw, "n't") && j-i > 3:
			out = append(out, doc.Token{Start: i, End: j - 3}, doc.Token{Start: j - 3, End: j})
		case (strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")) && len(lw) > 3:
			k := strings.LastIndexAny(w, "'’")
			out = append(out, doc.Token{Start: i, End: i + k}, doc.Token{Start: i + k, End: j})
		default:
			out = append(out, doc.Token{Start: i, End: j})
		}
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tok is one token of a sentence, prepared for matching.
type tok struct {
	start, end int
	low        string // lower case, curly apostrophe straightened
	lemma      string // the lemma stage's, or the pattern lexicon's, or low
	tag        string
	ment       int // index into d.Mentions of the actor mention holding it, or -1
	upper      bool
	time       bool // inside a time expression
}

// sent is one sentence prepared for coding.
type sent struct {
	x     *docView
	span  doc.Span
	toks  []tok
	words []string       // toks' lower-case forms, for list matching
	mspan map[int][2]int // mention -> token range [a, b)
}

func (x *docView) sentence(c *Coder, s doc.Span) *sent {
	if x.mspan == nil {
		x.mspan = map[int][2]int{}
	}
	clear(x.mspan)
	sv := &sent{x: x, span: s, mspan: x.mspan, toks: x.toks[:0]}
	lo := sort.Search(len(x.tokens), func(i int) bool { return x.tokens[i].Start >= s.Start })
	for i := lo; i < len(x.tokens) && x.tokens[i].End <= s.End; i++ {
		t := x.tokens[i]
		if t.Start < 0 || t.End > len(x.d.Text) || t.Start >= t.End {
			continue
		}
		w := x.d.Text[t.Start:t.End]
		low := lower(w)
		lemma := t.Lemma
		if lemma == "" {
			if l, ok := c.lx.lemmaOf[low]; ok {
				lemma = l
			} else {
				lemma = low
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		sv.toks = append(sv.toks, tok{start: t.Start, end: t.End, low: low, lemma: lemma, tag: t.Tag, ment: -1, upper: unicode.IsUpper(r)})
	}
	x.toks = sv.toks
	if len(sv.toks) == 0 {
		return sv
	}
	if titleCase(sv.toks) {
		// "Russia Refuses To Arm Iran": a tagger reads every word of a title-case headline
		// as a proper noun; the untagged rules read it better.
		for k := range sv.toks {
			sv.toks[k].tag = ""
		}
	}
	sv.words = x.words[:0]
	for k := range sv.toks {
		sv.words = append(sv.words, sv.toks[k].low)
	}
	x.words = sv.words
	// Actor mentions inside the sentence, each over the tokens it covers (the longest wins).
	ms := sort.Search(len(x.mentions), func(i int) bool { return x.d.Mentions[x.mentions[i]].End > s.Start })
	for _, mi := range x.mentions[ms:] {
		m := x.d.Mentions[mi]
		if m.Start >= s.End {
			break
		}
		a := sort.Search(len(sv.toks), func(i int) bool { return sv.toks[i].end > m.Start })
		b := a
		for b < len(sv.toks) && sv.toks[b].start < m.End {
			b++
		}
		if a >= b {
			continue
		}
		free := true
		for k := a; k < b; k++ {
			if sv.toks[k].ment >= 0 {
				o := x.d.Mentions[sv.toks[k].ment]
				if o.End-o.Start >= m.End-m.Start {
					free = false
				}
			}
		}
		if !free {
			continue
		}
		for k := a; k < b; k++ {
			if old := sv.toks[k].ment; old >= 0 {
				delete(sv.mspan, old)
			}
			sv.toks[k].ment = mi
		}
		sv.mspan[mi] = [2]int{a, b}
	}
	// Drop stale spans of mentions overwritten by longer ones.
	for mi, r := range sv.mspan {
		for k := r[0]; k < r[1]; k++ {
			if sv.toks[k].ment != mi {
				delete(sv.mspan, mi)
				break
			}
		}
	}
	x.times.overlapping(s.Start, s.End, func(i int) {
		tm := x.d.Times[i]
		for k := range sv.toks {
			if sv.toks[k].start < tm.End && tm.Start < sv.toks[k].end {
				sv.toks[k].time = true
			}
		}
	})
	return sv
}

// mentionAt returns the mention holding token k and its token range.
func (s *sent) mentionAt(k int) (int, int, int, bool) {
	if k < 0 || k >= len(s.toks) || s.toks[k].ment < 0 {
		return -1, 0, 0, false
	}
	r, ok := s.mspan[s.toks[k].ment]
	if !ok {
		return -1, 0, 0, false
	}
	return s.toks[k].ment, r[0], r[1], true
}

// usable reports whether mention mi can stand for an actor: it names one, or is a
// pronoun or nominal the entity stage resolved.
func (s *sent) usable(mi int) bool {
	m := s.x.d.Mentions[mi]
	if m.Kind == doc.MentionPronoun && m.Entity == "" {
		return false
	}
	// A country's side in a sports report ("England attacked from the left") acts in a
	// game, not in politics: no event is coded for it.
	return m.Role != "team"
}

// actor builds the actor of mention mi, with a sector read from a neighbouring noun when the
// entity has none ("Poland's parliament", "Israeli soldiers", "rebels in X").
func (c *Coder) actor(s *sent, mi int) *doc.Actor {
	d := s.x.d
	m := d.Mentions[mi]
	a := &doc.Actor{Entity: m.Entity, Text: d.Text[m.Start:m.End], Start: m.Start, End: m.End, Name: m.Text}
	if o, ok := s.topic(mi); ok {
		a.Entity = d.Mentions[o].Entity
	}
	if e := s.x.entities[a.Entity]; e != nil {
		a.Name = e.Name
		a.Country = e.Country
		a.Sector = e.Sector
	}
	if a.Country == "" && (m.Type == "NORP" || m.Type == "GPE") {
		a.Country = s.x.countryOfText(m.Text) // the same word placed elsewhere in the document
	}
	if m.Metonym && a.Sector == "" {
		a.Sector = "GOV" // "the Kremlin", "Washington": a seat of power stands for the government
	}
	if r, ok := s.mspan[mi]; ok {
		if sec := c.sectorNear(s, r[0], r[1]); sec != "" && (a.Sector == "" || m.Type == "GPE" || m.Type == "NORP") {
			a.Sector = sec
		}
		if a.Country == "" && (m.Type == "PERSON" || m.Type == "PER" || m.Type == "ORG") && !nonStateSectors[a.Sector] {
			a.Country = s.inferCountry(r[0], r[1])
		}
		if m.Type == "NORP" && r[0] > 0 && s.toks[r[0]-1].low == "ethnic" {
			// CAMEO codes an ethnic group by the country it lives in ("ethnic Albanians in
			// Macedonia" MKD); its own adjective names the ethnicity, not the state.
			if c := s.residence(mi); c != "" {
				a.Country = c
			}
		}
	}
	if a.Country != "" {
		a.Code = a.Country + a.Sector
	} else {
		a.Code = a.Sector
	}
	return a
}

// sectorNear looks for a sector noun just after the mention (skipping "'s", adjectives and
// coordinated mentions) or just before a preposition introducing it ("leader of X").
func (c *Coder) sectorNear(s *sent, a, b int) string {
	for k, n := b, 0; k < len(s.toks) && n < 5; k, n = k+1, n+1 {
		t := s.toks[k]
		if sec, ok := c.sectors[t.low]; ok {
			if k+1 < len(s.toks) {
				if sec2, ok := c.sectors[t.low+" "+s.toks[k+1].low]; ok {
					return sec2
				}
			}
			return sec
		}
		if t.ment >= 0 || t.low == "'s" || t.low == "'" || t.low == "and" || t.low == "," || (!t.upper && isAdjLike(t)) {
			continue
		}
		break
	}
	if a >= 2 {
		switch s.toks[a-1].low {
		case "of", "in", "from":
			if sec, ok := c.sectors[s.toks[a-2].low]; ok {
				return sec
			}
		}
	}
	return ""
}

// isAdjLike is a cheap test for a modifier inside a noun phrase.
func isAdjLike(t tok) bool {
	if t.tag != "" {
		return strings.HasPrefix(t.tag, "JJ") || t.tag == "CD" || t.tag == "VBN"
	}
	return !isPunctTok(t) && !stopWords[t.low]
}

func isPunctTok(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.low)
	return !isWordRune(r)
}

// stopWords end a noun-phrase scan: function words that never sit inside a modifier run.
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "with": true, "by": true, "from": true, "and": true, "or": true, "but": true,
	"that": true, "which": true, "who": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "be": true, "been": true, "will": true, "would": true,
	"not": true, "no": true, "its": true, "his": true, "her": true, "their": true, "this": true,
	"these": true, "those": true, "it": true, "they": true, "he": true, "she": true, "said": true,
	"against": true, "between": true, "about": true, "after": true, "before": true, "since": true,
}

// determiners and prepositions as sets.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"any": true, "every": true, "each": true, "some": true, "no": true,
}

var prepositions = map[string]bool{
	"of": true, "in": true, "for": true, "with": true, "to": true, "from": true, "at": true,
	"on": true, "by": true, "against": true, "between": true, "about": true, "over": true,
	"into": true, "near": true, "under": true, "after": true, "before": true, "since": true,
	"including": true, "like": true, "than": true, "among": true, "toward": true, "towards": true,
	"across": true, "through": true, "during": true, "despite": true, "via": true, "upon": true,
	"within": true, "without": true, "onto": true, "behind": true, "beyond": true, "amid": true,
	"outside": true, "inside": true, "around": true, "along": true, "per": true, "than,": true,
}

var relPronouns = map[string]bool{"who": true, "which": true, "that": true, "whom": true}

// clauseBreak words end an object scan after the first word or two.
var clauseBreak = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "when": true, "while": true,
	"because": true, "after": true, "before": true, "since": true, "but": true, "although": true,
	"though": true, "whereas": true, "if": true, "unless": true, "as": true, "where": true,
	"saying": true, "said": true, "says": true, "so": true,
}

// consequence connectives: a sentence opening with one continues the last clause before it.
var connectives = map[string]bool{"thus": true, "so": true, "therefore": true, "hence": true, "consequently": true, "accordingly": true}

// topic re-reads a subject pronoun after a consequence connective ("..., but the reality is
// that Putin continues to balance things. Thus, he criticizes ...") as the person subject of
// the last clause of the sentence before, which "thus" links to. It returns that mention.
func (s *sent) topic(mi int) (int, bool) {
	d := s.x.d
	m := d.Mentions[mi]
	if m.Kind != doc.MentionPronoun || len(s.toks) == 0 || !connectives[s.toks[0].low] {
		return -1, false
	}
	if low := strings.ToLower(m.Text); low != "he" && low != "she" {
		return -1, false
	}
	if r, ok := s.mspan[mi]; !ok || r[0] > 2 {
		return -1, false
	}
	si := sort.Search(len(s.x.sentences), func(i int) bool { return s.x.sentences[i].End > s.span.Start })
	if si == 0 || si > len(s.x.sentences) {
		return -1, false
	}
	prev := s.x.sentences[si-1]
	best := -1
	for _, o := range s.x.mentions {
		om := d.Mentions[o]
		if om.Start < prev.Start {
			continue
		}
		if om.End > prev.End {
			break
		}
		if om.Type != "PERSON" || om.Kind == doc.MentionPronoun || om.Entity == "" {
			continue
		}
		// A clause subject: the next token is a word that is not a preposition or "'s".
		k := sort.Search(len(s.x.tokens), func(i int) bool { return s.x.tokens[i].Start >= om.End })
		if k >= len(s.x.tokens) || s.x.tokens[k].Start >= prev.End {
			continue
		}
		next := strings.ToLower(d.Text[s.x.tokens[k].Start:s.x.tokens[k].End])
		r, _ := utf8.DecodeRuneInString(next)
		if !isWordRune(r) || prepositions[next] || next == "and" || next == "or" {
			continue
		}
		best = o
	}
	if best < 0 || d.Mentions[best].Entity == m.Entity {
		return -1, false
	}
	return best, true
}

// nonStateSectors are actors that belong to no country.
var nonStateSectors = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true, "MED": false}

// mentionCountry is the country of an actor mention's entity, or "".
func (s *sent) mentionCountry(mi int) string {
	if e := s.x.entities[s.x.d.Mentions[mi].Entity]; e != nil {
		return e.Country
	}
	return ""
}

// inferCountry guesses the country of a person or organisation the knowledge base does not
// place, from the sentence: a national adjective or country just before its name ("Nigerian
// junior foreign minister Dubem Oniya"), else the one country the sentence names, if it
// names exactly one (a titled office holder is usually of the country the story is about).
func (s *sent) inferCountry(a, b int) string {
	// "Salaheddine Sidhoum, Algeria's leading activist": the appositive names it.
	if b+2 < len(s.toks) && s.toks[b].low == "," {
		if mi, _, mb, ok := s.mentionAt(b + 1); ok && mb < len(s.toks) && s.toks[mb].low == "'s" {
			if c := s.mentionCountry(mi); c != "" {
				return c
			}
		}
	}
	// "Peru's foreign minister, Lucía Arrieta": the possessor of the title before the comma.
	if a >= 3 && s.toks[a-1].low == "," {
		for k := a - 2; k >= 1 && a-k <= 5; k-- {
			if s.toks[k].low == "'s" {
				if mi, _, _, ok := s.mentionAt(k - 1); ok {
					return s.mentionCountry(mi)
				}
				break
			}
			if isPunctTok(s.toks[k]) || strings.HasPrefix(s.toks[k].tag, "VB") {
				break
			}
		}
	}
	// Only title words may stand between: "Nigerian junior foreign minister Dubem Oniya",
	// not "The German government today welcomed President Reagan".
	for k := a - 1; k >= 0 && a-k <= 4; k-- {
		if mi, _, b, ok := s.mentionAt(k); ok {
			if b == a && s.x.d.Mentions[mi].Type == "NORP" {
				// "The Indian Navy": a national adjective names the country, known or not
				// (known when the same word names one elsewhere in the document).
				if c := s.mentionCountry(mi); c != "" {
					return c
				}
				return s.x.countryOfText(s.x.d.Mentions[mi].Text)
			}
			if c := s.mentionCountry(mi); c != "" && b <= a {
				return c
			}
			break
		}
		t := s.toks[k]
		if isPunctTok(t) || strings.HasPrefix(t.tag, "VB") || t.tag == "RB" || auxVerbs[t.low] || stopWords[t.low] {
			break
		}
	}
	if a > 0 {
		if p := s.toks[a-1]; p.ment < 0 && p.upper && (p.tag == "JJ" || p.tag == "NNP") {
			return "" // "The Indian Navy" with "Indian" unknown: not the sentence's country
		}
	}
	one := ""
	for mi := range s.mspan {
		if s.x.d.Mentions[mi].Kind == doc.MentionPronoun {
			continue
		}
		c := s.mentionCountry(mi)
		if c == "" || c == one {
			continue
		}
		if one != "" {
			return ""
		}
		one = c
	}
	return one
}

// residence is the country a group lives in: a country introduced by "in" elsewhere in the
// sentence, or the only other country the sentence names.
func (s *sent) residence(self int) string {
	own := s.mentionCountry(self)
	other := ""
	n := 0
	for k0 := range s.toks {
		mi, a, _, ok := s.mentionAt(k0)
		if !ok || a != k0 {
			continue
		}
		r := s.mspan[mi]
		c := s.mentionCountry(mi)
		if mi == self || c == "" || c == own || s.x.d.Mentions[mi].Kind == doc.MentionPronoun {
			continue
		}
		k := r[0] - 1
		for k >= 0 && (determiners[s.toks[k].low] || s.toks[k].tag == "JJ" || !s.toks[k].upper && isAdjLike(s.toks[k]) && !prepositions[s.toks[k].low]) && r[0]-k <= 3 {
			k--
		}
		if k >= 0 && s.toks[k].low == "in" {
			return c
		}
		if c != other {
			other = c
			n++
		}
	}
	if n == 1 {
		return other
	}
	return ""
}

// lower lower-cases a token and straightens its apostrophes, allocating only when it must.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
	}
	return w
}

// titleCase: most words of the sentence, including function words or verbs, are
// capitalised, as in a headline.
func titleCase(toks []tok) bool {
	words, upper, smallUpper := 0, 0, 0
	for _, t := range toks {
		if isPunctTok(t) {
			continue
		}
		words++
		if t.upper {
			upper++
			if stopWords[t.low] || len(t.low) <= 3 {
				smallUpper++
			}
		}
	}
	return words >= 3 && upper*10 >= words*8 && (smallUpper > 0 || upper == words)
}

// countryOfText is the country of another mention with the same words, or "".
func (x *docView) countryOfText(text string) string {
	if x.countries == nil {
		x.countries = map[string]string{}
		for _, mi := range x.mentions {
			m := x.d.Mentions[mi]
			key := strings.ToLower(m.Text)
			if _, seen := x.countries[key]; seen {
				continue
			}
			if e := x.entities[m.Entity]; e != nil && e.Country != "" {
				x.countries[key] = e.Country
			}
		}
	}
	return x.countries[strings.ToLower(text)]
}
