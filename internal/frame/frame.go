package frame

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// Framer computes framing with a loaded lexicon.
type Framer struct{ lx *Lexicon }

// New builds a framer with the embedded lexicons.
func New() (*Framer, error) {
	lx, err := LoadLexicon()
	if err != nil {
		return nil, err
	}
	return &Framer{lx: lx}, nil
}

var defaultFramer = sync.OnceValues(New)

// Analyze computes the framing of every actor in every document with the embedded
// lexicons. The lexicons are validated by the package tests; should they ever fail to load,
// Analyze returns no framing rather than panic.
func Analyze(docs []*doc.Document, entities []doc.Entity, claims []doc.Claim) []doc.Framing {
	f, err := defaultFramer()
	if err != nil {
		return nil
	}
	return f.Analyze(docs, entities, claims)
}

// word is a word's byte range in the text, lower-cased.
type word struct {
	start, end int
	lower      string
}

func words(t string, from, to int) []word {
	var out []word
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		s := i
		for i < to {
			r, n = utf8.DecodeRuneInString(t[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				i += n
				continue
			}
			if (r == '-' || r == '\'' || r == '\u2019') && i+n < to {
				r2, _ := utf8.DecodeRuneInString(t[i+n:])
				if unicode.IsLetter(r2) {
					i += n
					continue
				}
			}
			break
		}
		out = append(out, word{s, i, strings.ToLower(t[s:i])})
	}
	return out
}

// Analyze computes the framing of every actor in every document.
func (f *Framer) Analyze(docs []*doc.Document, entities []doc.Entity, claims []doc.Claim) []doc.Framing {
	byActor := map[string][]*doc.Claim{}
	for i := range claims {
		for _, a := range claims[i].Actors {
			byActor[a] = append(byActor[a], &claims[i])
		}
	}
	seat := seats(entities)
	var out []doc.Framing
	for di, d := range docs {
		if d.Error != "" || d.Text == "" {
			continue
		}
		out = append(out, f.document(di, d, byActor, seat)...)
	}
	return out
}

// seats maps a place entity that is another place's alias (a capital: Khartoum for Sudan)
// to that place: a loaded term given to the seat of a government ("the regime in
// Khartoum") qualifies the state it governs.
func seats(entities []doc.Entity) map[string]string {
	owner := map[string]string{}
	for _, e := range entities {
		if e.Type != "GPE" {
			continue
		}
		for _, a := range e.Aliases {
			k := strings.ToLower(a)
			if k == strings.ToLower(e.Name) {
				continue
			}
			if _, dup := owner[k]; dup {
				owner[k] = "" // ambiguous
				continue
			}
			owner[k] = e.ID
		}
	}
	out := map[string]string{}
	for _, e := range entities {
		if e.Type != "GPE" {
			continue
		}
		if o := owner[strings.ToLower(e.Name)]; o != "" && o != e.ID {
			out[e.ID] = o
		}
	}
	return out
}

type actorFrame struct {
	names     map[string]int
	nameOrder []string
	terms     map[string]*doc.Term
	tone      float64
	toneN     int
	first     int
}

func (f *Framer) document(di int, d *doc.Document, byActor map[string][]*doc.Claim, seat map[string]string) []doc.Framing {
	mask := Voice(d)
	own := func(s, e int) bool {
		for i := s; i < e && i < len(mask); i++ {
			if mask[i] {
				return false
			}
		}
		return true
	}
	ments := append([]doc.Mention(nil), d.Mentions...)
	sort.SliceStable(ments, func(i, j int) bool { return ments[i].Start < ments[j].Start })
	actors := map[string]*actorFrame{}
	get := func(id string, at int) *actorFrame {
		a := actors[id]
		if a == nil {
			a = &actorFrame{names: map[string]int{}, terms: map[string]*doc.Term{}, first: at}
			actors[id] = a
		}
		return a
	}
	for _, m := range ments {
		if m.Entity == "" || m.Start < 0 || m.End > len(d.Text) || !own(m.Start, m.End) {
			continue
		}
		a := get(m.Entity, m.Start)
		if m.Kind == doc.MentionPronoun {
			continue
		}
		name := strings.Join(strings.Fields(d.Text[m.Start:m.End]), " ")
		key := strings.ToLower(name)
		if _, ok := a.names[key]; !ok {
			a.nameOrder = append(a.nameOrder, name)
		}
		a.names[key]++
	}
	sents := d.Sentences
	if len(sents) == 0 {
		sents = []doc.Sentence{{Start: 0, End: len(d.Text)}}
	}
	for _, s := range sents {
		ws := words(d.Text, s.Start, s.End)
		termOf := map[int]string{} // word start -> actor a loaded term was given to
		// Loaded terms in the outlet's voice, given to the actor they qualify.
		for i := 0; i < len(ws); i++ {
			for _, t := range f.lx.terms[ws[i].lower] {
				if !matchTerm(ws[i:], t) {
					continue
				}
				sp := doc.Span{Start: ws[i].start, End: ws[i+len(t)-1].end}
				if !own(sp.Start, sp.End) {
					continue
				}
				if introduces(d.Text, ws, i) {
					// "blamed a militia": a new, unnamed referent, no named actor's label.
					continue
				}
				// A loaded term used as a modifier of another ("the aggressor regime in X")
				// qualifies what the phrase it modifies qualifies.
				qs := sp
				for j := i + len(t); j < len(ws); {
					ext := f.termAt(ws[j:])
					if ext == 0 {
						break
					}
					qs.End = ws[j+ext-1].end
					j += ext
				}
				id := qualified(d.Text, ments, s.Span(), qs)
				if id == "" {
					continue
				}
				if o := seat[id]; o != "" {
					id = o
				}
				a := get(id, sp.Start)
				for k := i; k < i+len(t); k++ {
					termOf[ws[k].start] = id
				}
				term := strings.Join(t, " ")
				tt := a.terms[term]
				if tt == nil {
					tt = &doc.Term{Term: term}
					a.terms[term] = tt
				}
				tt.Count++
				tt.Spans = append(tt.Spans, d.TextSpan(sp))
				break
			}
		}
		// Tone: the valence of the outlet's own words in sentences naming the actor.
		var ids []string
		for _, m := range mentionsIn(ments, s.Span()) {
			if m.Entity != "" && own(m.Start, m.End) {
				ids = appendUnique(ids, m.Entity)
			}
		}
		if len(ids) == 0 {
			continue
		}
		for _, id := range ids {
			// A loaded term given to another actor says nothing of this one.
			v, n := f.valence(ws, func(st, en int) bool {
				if other, ok := termOf[st]; ok && other != id {
					return false
				}
				return own(st, en)
			})
			a := get(id, s.Start)
			a.tone += v
			a.toneN += n
		}
	}
	ids := make([]string, 0, len(actors))
	for id := range actors {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if actors[ids[i]].first != actors[ids[j]].first {
			return actors[ids[i]].first < actors[ids[j]].first
		}
		return ids[i] < ids[j]
	})
	var out []doc.Framing
	for _, id := range ids {
		a := actors[id]
		if len(a.names) == 0 && len(a.terms) == 0 {
			continue
		}
		fr := doc.Framing{Doc: di, Entity: id, Names: a.sortedNames(), Terms: a.sortedTerms()}
		fr.Tone = math.Round(compound(a.tone)*1000) / 1000
		fr.Omissions = omissions(di, byActor[id])
		out = append(out, fr)
	}
	return out
}

func (a *actorFrame) sortedNames() []string {
	names := append([]string(nil), a.nameOrder...)
	sort.SliceStable(names, func(i, j int) bool {
		return a.names[strings.ToLower(names[i])] > a.names[strings.ToLower(names[j])]
	})
	if names == nil {
		names = []string{}
	}
	return names
}

func (a *actorFrame) sortedTerms() []doc.Term {
	out := make([]doc.Term, 0, len(a.terms))
	for _, t := range a.terms {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Term < out[j].Term
	})
	return out
}

// termAt is the length in words of the loaded term starting ws, 0 for none.
func (f *Framer) termAt(ws []word) int {
	if len(ws) == 0 {
		return 0
	}
	for _, t := range f.lx.terms[ws[0].lower] {
		if matchTerm(ws, t) {
			return len(t)
		}
	}
	return 0
}

// introduces reports whether the term at ws[i] follows an indefinite article that brings in
// a new referent ("blamed a militia", "a gang attacked") rather than one that predicates it
// of a named actor ("Kalm is a tyrant", "called him a thug", "Vessa, a reformer").
func introduces(text string, ws []word, i int) bool {
	// One modifier may stand between the article and the term ("a local militia").
	if i >= 2 && isIndefinite(ws[i-2].lower) && !isIndefinite(ws[i-1].lower) &&
		!strings.ContainsAny(text[ws[i-2].end:ws[i].start], ",;:") {
		i--
	}
	if i == 0 || !isIndefinite(ws[i-1].lower) {
		return false
	}
	if i < 2 {
		return true
	}
	prev := ws[i-2]
	if strings.ContainsAny(text[prev.end:ws[i-1].start], ",:(\u2014-") {
		return false
	}
	switch prev.lower {
	case "is", "was", "are", "were", "be", "been", "being", "as", "remains", "became", "becomes", "him", "her", "them", "it", "himself", "herself", "themselves":
		return false
	}
	return true
}

func isIndefinite(w string) bool { return w == "a" || w == "an" || w == "another" }

func matchTerm(ws []word, t []string) bool {
	if len(ws) < len(t) {
		return false
	}
	for k, w := range t {
		if ws[k].lower != w && ws[k].lower != w+"s" && ws[k].lower != w+"es" {
			return false
		}
	}
	return true
}

func mentionsIn(ments []doc.Mention, sp doc.Span) []doc.Mention {
	i := sort.Search(len(ments), func(i int) bool { return ments[i].Start >= sp.Start })
	j := i
	for j < len(ments) && ments[j].Start < sp.End {
		j++
	}
	return ments[i:j]
}

// qualified finds the actor a loaded term at sp qualifies, in order: the mention holding it
// ("the Russian dictator"); a name right after it ("Dictator Putin", "the regime in Kessin");
// a name it stands in apposition to ("Vance, a reformer"); the subject of its sentence, the
// first person or organisation named before it ("Araghchi has left Moscow empty-handed");
// else the nearest mention that is not the target of a preposition ("aggression against
// Ukraine" does not qualify Ukraine).
func qualified(text string, ments []doc.Mention, sent, sp doc.Span) string {
	in := mentionsIn(ments, sent)
	for _, m := range in {
		if m.Entity != "" && m.Start <= sp.Start && sp.End <= m.End {
			return m.Entity
		}
	}
	for _, m := range in {
		if m.Entity == "" || m.Start < sp.End {
			continue
		}
		if gap := strings.ToLower(strings.TrimSpace(text[sp.End:m.Start])); gap == "" || gap == "of" || gap == "in" || gap == "of the" || gap == "in the" {
			return m.Entity
		}
		break
	}
	for i := len(in) - 1; i >= 0; i-- {
		m := in[i]
		if m.Entity == "" || m.End > sp.Start {
			continue
		}
		gap := strings.ToLower(strings.TrimSpace(text[m.End:sp.Start]))
		if gap == "," || appositive(gap) {
			return m.Entity
		}
		// A relative clause: "a Philippine vessel that illegally intruded".
		if relativeGap(gap) {
			return m.Entity
		}
		break
	}
	// The subject: within the clause holding the term (from the last comma before it).
	from := sent.Start
	if c := strings.LastIndexByte(text[sent.Start:sp.Start], ','); c >= 0 {
		from = sent.Start + c
	}
	subject := ""
	for _, m := range in {
		if m.Entity == "" || m.Start < from || m.End > sp.Start {
			continue
		}
		if m.Type == "PERSON" || m.Type == "ORG" || m.Kind == doc.MentionPronoun || m.Metonym {
			subject = m.Entity
			break
		}
	}
	if subject != "" {
		return subject
	}
	best, bd := "", 1<<30
	for _, m := range in {
		if m.Entity == "" {
			continue
		}
		var dist int
		switch {
		case m.Start >= sp.End:
			dist = m.Start - sp.End
			if prepositionBefore(text, m.Start) {
				continue
			}
		case m.End <= sp.Start:
			dist = sp.Start - m.End
		}
		if dist <= 60 && dist < bd {
			best, bd = m.Entity, dist
		}
	}
	return best
}

// appositive reports whether the text between a name and a term opens an apposition with
// at most two modifiers: ", a", ", the", ", a far-sighted".
func appositive(gap string) bool {
	rest, ok := strings.CutPrefix(gap, ",")
	if !ok {
		return false
	}
	f := strings.Fields(rest)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	switch f[0] {
	case "a", "an", "the":
	default:
		return false
	}
	for _, w := range f[1:] {
		if !lowerWord(w) {
			return false
		}
	}
	return true
}

// relativeGap reports whether the text between a name and a term is at most two lower-case
// words and a relative pronoun ("vessel that", "that"): the term opens a relative clause
// about the name.
func relativeGap(gap string) bool {
	f := strings.Fields(gap)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	switch f[len(f)-1] {
	case "that", "which", "who":
	default:
		return false
	}
	for _, w := range f[:len(f)-1] {
		if !lowerWord(w) {
			return false
		}
	}
	return true
}

func lowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

var targetPrepositions = []string{"against", "on", "at", "into", "toward", "towards", "over"}

func prepositionBefore(text string, at int) bool {
	before := strings.TrimRight(text[:at], " ")
	before = strings.TrimSuffix(strings.TrimSuffix(before, " the"), " The")
	for _, p := range targetPrepositions {
		if strings.HasSuffix(strings.ToLower(before), " "+p) {
			return true
		}
	}
	return false
}

var negators = map[string]bool{"not": true, "no": true, "never": true, "without": true, "nor": true, "neither": true, "hardly": true}

// valence sums the valence of the outlet's own words, flipping words negated just before.
func (f *Framer) valence(ws []word, own func(s, e int) bool) (float64, int) {
	var sum float64
	n := 0
	for i, w := range ws {
		v, ok := f.lx.valence[w.lower]
		if !ok || !own(w.start, w.end) {
			continue
		}
		for k := max(0, i-3); k < i; k++ {
			if negators[ws[k].lower] || strings.HasSuffix(ws[k].lower, "n't") {
				v = -0.7 * v
				break
			}
		}
		sum += v
		n++
	}
	return sum, n
}

// compound squashes a valence sum into [-1, 1] the way VADER's compound score does.
func compound(s float64) float64 {
	if s == 0 {
		return 0
	}
	return s / math.Sqrt(s*s+15)
}

// omissions lists the claims about an actor that other documents make and document di
// does not.
func omissions(di int, claims []*doc.Claim) []string {
	var out []string
	for _, c := range claims {
		here, other := false, false
		for _, s := range c.Support {
			if s.Doc == di {
				here = true
			} else {
				other = true
			}
		}
		if other && !here {
			out = append(out, c.ID)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func appendUnique(xs []string, x string) []string {
	if contains(xs, x) {
		return xs
	}
	return append(xs, x)
}
