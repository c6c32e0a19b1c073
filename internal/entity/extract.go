package entity

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/kb"
	"github.com/parallax-news/parallax/internal/ner"
)

// Tagger labels the words of a sentence with BIO name labels ("B-PER", "I-ORG", "O"); the
// statistical tagger in internal/ner is one.
type Tagger interface {
	Tag(words []string) []string
}

// Extractor finds mentions and entities in documents. It is read-only after New and safe for
// concurrent use.
type Extractor struct {
	kb     *kb.KB
	tagger Tagger
	// bySurname lists the knowledge base's people by the last word of their names.
	bySurname map[string][]*kb.Actor
	// usStates are the US states that share their name with a country or a city
	// ("Georgia", "Washington"), by that name: "State of Washington" under "Washington".
	usStates map[string]*kb.Actor
}

// New builds an extractor over the knowledge base k. tagger may be nil: names the knowledge
// base does not know are then found by capitalisation and patterns alone.
func New(k *kb.KB, tagger Tagger) *Extractor {
	x := &Extractor{kb: k, tagger: tagger, bySurname: map[string][]*kb.Actor{}, usStates: map[string]*kb.Actor{}}
	for _, a := range k.Actors() {
		if base, ok := strings.CutPrefix(a.Name, "State of "); ok && strings.HasPrefix(a.Key, "sub-us-") {
			x.usStates[base] = a
		}
		if a.Type != "PERSON" {
			continue
		}
		seen := map[string]bool{}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			f := strings.Fields(strings.TrimPrefix(n, "~"))
			if len(f) < 2 || seen[f[len(f)-1]] {
				continue
			}
			seen[f[len(f)-1]] = true
			x.bySurname[f[len(f)-1]] = append(x.bySurname[f[len(f)-1]], a)
		}
	}
	return x
}

// held reports whether a knowledge-base person holds or once held (a role matching) role:
// a title stays with its former holders ("President Clinton").
func (x *Extractor) held(a *kb.Actor, r *kb.Role) bool {
	for _, h := range a.Roles {
		h = strings.TrimPrefix(h, "former ")
		if h == r.Name || x.kb.RoleMatches(r, h) {
			return true
		}
	}
	return false
}

// titleHolder returns the one known person with surname who holds (or held) role: "Bill
// Clinton" for "President Clinton".
func (x *Extractor) titleHolder(surname, role string) *kb.Actor {
	r := x.kb.Role(role)
	if r == nil {
		return nil
	}
	var found *kb.Actor
	for _, a := range x.bySurname[surname] {
		if x.held(a, r) {
			if found != nil {
				return nil // two holders: the title does not tell them apart
			}
			found = a
		}
	}
	return found
}

// Mention kinds beyond the doc ones, used while resolving.
const (
	kindGroup = "group" // "the militants": a nominal standing for an armed group
)

// cand is a mention found in a sentence, before identity is decided.
type cand struct {
	start, end int
	nameStart  int // where the name proper starts (after a title); = start for others
	typ, kind  string
	role       string
	metonym    bool
	actor      *kb.Actor // a knowledge-base actor (for a metonym, the government it stands for)
	weak       bool      // found by a weak knowledge-base name only
	country    string    // a country the text gives the actor ("Iranian Foreign Minister X")
	sent       int
	entity     string
	tagged     bool      // typed by the statistical tagger
	ofActor    *kb.Actor // an organisation a title or role belongs to ("Hamas leader")
	wi, wj     int       // word range, for capitalised runs being typed
	// For a titled name: where the title starts ("President" in "Russian President
	// Vladimir Putin", if capitalised, else the name's start) and the prefix before it.
	titled      bool
	titleStart  int
	prefix      *kb.Actor
	prefixStart int
	prefixEnd   int
	prefixName  bool // the prefix is a name ("Russia's"), not a demonym ("Russian")
	prefixWi    int  // the prefix's first word
	ofWi, ofN   int  // "of Taiz" inside a title: the place's first word and length
	indef       bool // an indefinite nominal ("a local administrator")
}

// Extract fills d.Mentions and d.Entities.
func (x *Extractor) Extract(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	cs, ents := x.extract(d)
	d.Mentions, d.Entities = build(d, cs, ents)
	for _, m := range d.Mentions {
		if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End || d.Text[m.Start:m.End] != m.Text {
			return fmt.Errorf("entity: mention %q at %d:%d does not match the text", m.Text, m.Start, m.End)
		}
	}
	return nil
}

// sentences returns the spans to analyse: the document's sentences, or its lines when it has
// none.
func sentences(d *doc.Document) []doc.Span {
	if len(d.Sentences) > 0 {
		out := make([]doc.Span, len(d.Sentences))
		for i, s := range d.Sentences {
			out[i] = doc.Span{Start: s.Start, End: s.End}
		}
		return out
	}
	var out []doc.Span
	start := 0
	for i := 0; i <= len(d.Text); i++ {
		if i == len(d.Text) || d.Text[i] == '\n' {
			if strings.TrimSpace(d.Text[start:i]) != "" {
				out = append(out, doc.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

// extract finds the candidate mentions of every sentence and resolves nominals, pronouns and
// weak names.
func (x *Extractor) extract(d *doc.Document) ([]cand, map[string]*doc.Entity) {
	var cs []cand
	var ws []word
	var toks []string
	dls := datelines(d)
	seen := map[string]bool{}
	for si, s := range sentences(d) {
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
			continue
		}
		ws = words(d.Text, s.Start, s.End, ws)
		toks = toks[:0]
		for _, w := range ws {
			toks = append(toks, w.text)
		}
		n := len(cs)
		cs = x.sentence(ws, toks, si, cs, seen)
		for _, c := range cs[n:] {
			// The surnames of the people named in full so far: "Jobs" opening a later
			// sentence is Steve Jobs, not the common word.
			if c.typ == "PERSON" && c.kind == doc.MentionName {
				if sn := surnameOf(d.Text[c.nameStart:c.end]); sn != "" {
					seen[sn] = true
				}
			}
		}
		if dateline(dls, s, ws) {
			// A dateline names where the story was filed: the place, not its government.
			for i := n; i < len(cs); i++ {
				if c := &cs[i]; c.metonym && c.start == ws[0].start {
					x.literalSeat(d, c)
				}
			}
		}
	}
	if sportsReport(d) {
		teamsNotPlaces(d, cs)
	}
	ents := x.resolve(d, cs)
	return cs, ents
}

// datelines lists the spans of the document's dateline blocks (a handful at most), so that
// checking every sentence against them stays linear in long documents.
func datelines(d *doc.Document) []doc.Span {
	var out []doc.Span
	for _, b := range d.Blocks {
		if b.Kind == doc.BlockDateline && b.Start != nil && b.End != nil {
			out = append(out, doc.Span{Start: *b.Start, End: *b.End})
		}
	}
	return out
}

// dateline reports whether sentence s opens with a dateline: inside a dateline block (dls),
// or a place followed by a dash or "(Reuters)" ("MOSCOW — ...").
func dateline(dls []doc.Span, s doc.Span, ws []word) bool {
	for _, b := range dls {
		if b.Contains(s) {
			return true
		}
	}
	if len(ws) > 1 {
		switch ws[1].text {
		case "—", "–", "-", "(":
			return true
		case ",":
			return ws[0].upper // "TBILISI, 12 February."
		}
	}
	return false
}

// literalSeat turns a metonymic seat mention back into the place itself.
func (x *Extractor) literalSeat(d *doc.Document, c *cand) {
	toks := kbSplit(d.Text[c.start:c.end])
	n, names := x.kb.MatchName(toks, 0)
	if n == 0 {
		for i := range toks {
			toks[i] = titleCase(toks[i])
		}
		if n, names = x.kb.MatchName(toks, 0); n == 0 {
			return
		}
	}
	for _, nm := range names {
		if nm.Actor.For != "" {
			c.actor, c.typ, c.metonym = nm.Actor, nm.Actor.Type, false
			return
		}
	}
}

func kbSplit(s string) []string {
	toks := kb.Split(s)
	for i, t := range toks {
		toks[i] = strings.ReplaceAll(t, "’", "'")
	}
	return toks
}

// build turns resolved candidates into the document's mentions and entities.
func build(d *doc.Document, cs []cand, ents map[string]*doc.Entity) ([]doc.Mention, []doc.Entity) {
	ms := make([]doc.Mention, 0, len(cs))
	aliases := map[string]map[string]bool{}
	for _, c := range cs {
		if c.entity == "" || ents[c.entity] == nil {
			continue
		}
		kind := c.kind
		if kind == kindGroup {
			kind = doc.MentionNominal
		}
		role := c.role
		if kind == doc.MentionPronoun {
			role = ""
		}
		ms = append(ms, doc.Mention{Start: c.start, End: c.end, Text: d.Text[c.start:c.end], Type: c.typ, Kind: kind, Entity: c.entity, Role: role, Metonym: c.metonym})
		if kind == doc.MentionName {
			if aliases[c.entity] == nil {
				aliases[c.entity] = map[string]bool{}
			}
			aliases[c.entity][d.Text[c.nameStart:c.end]] = true
		}
	}
	ids := make([]string, 0, len(ents))
	for id := range ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]doc.Entity, 0, len(ids))
	used := map[string]bool{}
	for _, m := range ms {
		used[m.Entity] = true
	}
	for _, id := range ids {
		if !used[id] {
			continue
		}
		e := *ents[id]
		for a := range aliases[id] {
			if a != e.Name {
				e.Aliases = append(e.Aliases, a)
			}
		}
		sort.Strings(e.Aliases)
		out = append(out, e)
	}
	return ms, out
}

// sentence finds the mentions of one sentence; surnames are those of the people the
// document has named in full before it.
func (x *Extractor) sentence(ws []word, toks []string, si int, cs []cand, surnames map[string]bool) []cand {
	head := headline(ws)
	n0 := len(cs)
	var unknown []cand // capitalised runs the knowledge base does not know
	// unknownRun records the capitalised run from i, cut before a title or a known person,
	// as a name to type, and returns its length.
	unknownRun := func(i int) int {
		rn := x.cutAtTitle(ws, toks, i, x.cutAtPerson(toks, i, capRun(ws, i)))
		rn = cutAtLegalForm(toks, i, rn)
		a := i
		if last := toks[i+rn-1]; rn >= 3 && rn <= 4 && occupation(strings.ToLower(toks[i])) && !orgHeads[last] && (givenNames[toks[i+1]] != 0 || !x.kb.Common(strings.ToLower(last))) {
			a++ // "Coach Maurice Cheeks", "Moviemaker Gary Ross": the occupation is no name
		}
		if rn > 0 {
			unknown = append(unknown, cand{start: ws[a].start, end: ws[i+rn-1].end, nameStart: ws[a].start, kind: doc.MentionName, sent: si, wi: a, wj: i + rn})
		}
		return rn
	}
	for i := 0; i < len(ws); {
		if postNominals[toks[i]] || partyState(toks[i]) || stanceWord(ws, i) {
			i++ // "Mark Tedeschi, QC": a rank after a name, no name of its own
			continue
		}
		if n := militaryUnit(ws, i); n > 0 && !head {
			cs = append(cs, cand{start: ws[i].start, end: ws[i+n-1].end, nameStart: ws[i].start, typ: "ORG", kind: doc.MentionName, sent: si})
			i += n
			continue
		}
		if n := x.partyName(ws, toks, i); n > 0 {
			cs = append(cs, cand{start: ws[i].start, end: ws[i+n-1].end, nameStart: ws[i].start, typ: "ORG", kind: doc.MentionName, sent: si})
			i += n
			continue
		}
		if c, n := x.titled(ws, toks, i); n > 0 {
			cs = x.withPrefix(ws, toks, c, si, cs)
			i += n
			continue
		}
		if c, n := x.nominal(ws, toks, i); n > 0 {
			cs = x.withPrefix(ws, toks, c, si, cs)
			i += n
			continue
		}
		if iso := shipPrefixes[ws[i].text]; iso != "" && i+1 < len(ws) && ws[i+1].cap && !head {
			// "BRP Sierra Madre", "USS Carl Vinson": a navy's ship, a weapon of its country.
			n := 1 + capRun(ws, i+1)
			cs = append(cs, cand{start: ws[i].start, end: ws[i+n-1].end, nameStart: ws[i].start, typ: "WEAPON", kind: doc.MentionName, sent: si, country: iso, wi: i, wj: i + n})
			i += n
			continue
		}
		if c, ok := x.hyphenated(ws[i], si); ok {
			cs = append(cs, c)
			i++
			continue
		}
		if c, n := x.agency(ws, toks, i); n > 0 && !head {
			c.sent = si
			cs = append(cs, c)
			i += n
			continue
		}
		if c, n := x.known(ws, toks, i); n > 0 {
			if i+n < len(ws) && particleWord(ws[i+n].text) && !head {
				// "Fatah al-Islam": a known name with a particle after it starts another
				// name, of the known one's kind if a person's or an organisation's; the
				// tagger types the rest.
				if c.typ != "ORG" && c.typ != "PERSON" {
					i += unknownRun(i)
					continue
				}
				rn := capRun(ws, i)
				cs = append(cs, cand{start: ws[i].start, end: ws[i+rn-1].end, nameStart: ws[i].start, typ: c.typ, kind: doc.MentionName, sent: si, wi: i, wj: i + rn})
				i += rn
				continue
			}
			// A longer capitalised run holding an organisation or place word wins over a
			// known name at its start ("Moscow State University", "United Nations Interim
			// Security Force for Abyei", "the Juba Monitor"), unless "and" follows the
			// known name: "Hamas and al-Aqsa Martyrs Brigades" are two.
			if rn := cutAtLegalForm(toks, i, capRun(ws, i)); rn > n && !joiner(ws[i+n].text) && (headIn(ws[i+n:i+rn]) || orgHeads[ws[i+rn-1].text] || eventHeads[ws[i+rn-1].text]) && !head {
				// The whole run is one name of the kind its head word says.
				typ := runType(ws[i+n : i+rn])
				if typ == "ORG" && facilityHead(toks[i:i+rn]) != "" && literal(ws, i, i+rn) {
					typ = "FAC" // "at the Kennedy Space Center": the place
				}
				cs = append(cs, cand{start: ws[i].start, end: ws[i+rn-1].end, nameStart: ws[i].start, typ: typ, kind: doc.MentionName, sent: si, wi: i, wj: i + rn})
				i += rn
				continue
			}
			if c.typ == "ORG" && i+n < len(ws) && legalForms[toks[i+n]] && !head {
				// "Chrysler LLC", "Apple Inc.": the known company with its legal form.
				for i+n < len(ws) && legalForms[toks[i+n]] {
					n++
				}
				c.end = ws[i+n-1].end
				c.sent = si
				cs = append(cs, c)
				i += n
				continue
			}
			if i+n+1 < len(ws) && ws[i+n].text == "&" && (toks[i+n+1] == "Co." || toks[i+n+1] == "Co" || toks[i+n+1] == "Company" || toks[i+n+1] == "Sons") && !head {
				// "Dow Jones & Co.", "Tata & Sons": a company's legal name after its name.
				rn := n + 2
				cs = append(cs, cand{start: ws[i].start, end: ws[i+rn-1].end, nameStart: ws[i].start, typ: "ORG", kind: doc.MentionName, sent: si, wi: i, wj: i + rn})
				i += rn
				continue
			}
			if st := x.stateAfterCity(ws, toks, i, n, c); st != nil {
				// "Atlanta, Georgia", "Seattle, Washington": the US state.
				c.actor, c.typ, c.metonym = st, "GPE", false
			}
			if x.placeAsFirstName(ws, toks, c, i, n, head) {
				// "Jordan Peterson", "Chad Smith": a place's name as a first name. The
				// run is read as an unknown name and the tagger types it.
				i += unknownRun(i)
				continue
			}
			c.sent = si
			cs = append(cs, c)
			i += n
			continue
		}
		if p := pronoun(ws[i].text); p != "" {
			typ := "PERSON"
			if p == "they" || p == "them" || p == "their" {
				typ = "ORG"
			}
			cs = append(cs, cand{start: ws[i].start, end: ws[i].end, nameStart: ws[i].start, typ: typ, kind: doc.MentionPronoun, sent: si, role: p})
			i++
			continue
		}
		if ws[i].cap && surnames[toks[i]] && (i+1 >= len(ws) || !ws[i+1].cap) && !head {
			// "Jobs resigned" after "Steve Jobs": the surname of a person named before.
			cs = append(cs, cand{start: ws[i].start, end: ws[i].end, nameStart: ws[i].start, typ: "PERSON", kind: doc.MentionName, sent: si, wi: i, wj: i + 1})
			i++
			continue
		}
		if ws[i].cap && function[strings.ToLower(ws[i].text)] && (i > 0 && strings.ContainsAny(ws[i-1].text, ".!?:;—–-\"“") || i+1 < len(ws) && x.startsKnown(toks, i+1)) {
			i++ // after a sentence break the segmenter missed, "In" or "The" opens no name
			continue
		}
		if ws[i].cap && !calendar[ws[i].text] {
			// A sentence-initial common word ("However", "The") is no name, unless it starts
			// a run of capitalised words the knowledge base does not know ("Harry Kane",
			// "Health Ministry").
			if ws[i].initial && x.kb.Common(strings.ToLower(ws[i].text)) && !surnames[ws[i].text] {
				// ... or stands alone before a verb, where only the tagger can tell a
				// company or a surname ("Intel is", "Straw said") from a common word.
				if function[strings.ToLower(ws[i].text)] || i+1 >= len(ws) || !ws[i+1].cap && !subjectVerb(toks[i+1]) || x.startsKnown(toks, i+1) {
					i++
					continue
				}
			}
			if rn := unknownRun(i); rn > 0 {
				i += rn
				continue
			}
		}
		i++
	}
	if len(unknown) > 0 {
		typed, labels := x.typeUnknown(ws, toks, unknown, head)
		cs = append(cs, typed...)
		if labels != nil && !head {
			cs = x.taggerOnly(ws, toks, labels, si, n0, cs)
		}
	}
	return cs
}

// taggerOnly adds the names the tagger found where nothing else did: no knowledge-base name,
// pattern or capitalised run touches them ("al Qaida", "Heirs of Justice" after a lower-case
// noun, "Straw" when a common word is a surname). A span must start and end on a
// capitalised word and hold more than a lone common word.
func (x *Extractor) taggerOnly(ws []word, toks []string, labels []string, si, n0 int, cs []cand) []cand {
	taken := func(a, b int) bool {
		for _, c := range cs[n0:] {
			if c.start < b && a < c.end {
				return true
			}
		}
		return false
	}
	for _, ch := range ner.Chunks(labels) {
		a, b := ch.Start, ch.End
		for a < b && !ws[a].cap {
			a++
		}
		for b > a && !ws[b-1].cap {
			b--
		}
		t := tagType(ch.Type)
		if b-a >= 2 && trailingRoles[toks[b-1]] && ws[b-2].cap {
			// "Ryanair CEO" tagged as one person: the company, and an office.
			b--
			if t == "PERSON" {
				t = roleOwner(toks[b])
			}
		}
		if t == "" || a >= b || taken(ws[a].start, ws[b-1].end) {
			continue
		}
		if n, role := x.kb.MatchRole(toks, a); n == b-a && role != nil || initialsOnly(toks[a:b]) {
			continue // a title alone ("U.S. Senator"), or initials alone ("an L. A judge")
		}
		if b-a == 1 && (ws[a].initial && x.kb.Common(strings.ToLower(toks[a])) || function[strings.ToLower(toks[a])] || calendar[toks[a]] || postNominals[toks[a]]) {
			continue
		}
		cs = append(cs, cand{start: ws[a].start, end: ws[b-1].end, nameStart: ws[a].start, typ: t, kind: doc.MentionName, sent: si, tagged: true})
	}
	return cs
}

// notAgency are capitalised words before a country's name that describe the country, not
// an agency of it: "Western Australia", "Mainland China".
var notAgency = map[string]bool{
	"western": true, "eastern": true, "northern": true, "southern": true, "central": true,
	"north": true, "south": true, "east": true, "west": true, "greater": true,
	"mainland": true, "rural": true, "coastal": true, "upper": true, "lower": true,
	"free": true, "new": true, "old": true, "great": true, "little": true, "communist": true,
	"democratic": true, "imperial": true, "modern": true, "ancient": true, "occupied": true,
	"independent": true, "united": true, "whole": true, "all": true, "rest": true, "about": true,
	"inner": true, "outer": true, "another": true, "every": true, "each": true, "some": true,
	"many": true, "most": true, "several": true, "both": true, "host": true, "rival": true,
	"fellow": true, "one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true,
}

// agency matches a capitalised common noun right before a country's name, the way
// government agencies and national bodies are named: "Environment Canada", "Health
// Canada", "Cricket Australia". It returns the words of the organisation.
func (x *Extractor) agency(ws []word, toks []string, i int) (cand, int) {
	if i+1 >= len(ws) || !ws[i].cap || ws[i].upper {
		return cand{}, 0
	}
	lw := strings.ToLower(toks[i])
	if !x.kb.Common(lw) || function[lw] || notAgency[lw] || calendar[toks[i]] || !ws[i+1].cap {
		return cand{}, 0
	}
	// Participles and adjectives describe: "Neighboring Russia", "Citing U.S. documents".
	if strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ern") {
		return cand{}, 0
	}
	if n, _ := x.kb.MatchRole(toks, i); n > 0 {
		return cand{}, 0
	}
	if dn, _ := x.kb.MatchDemonym(toks, i); dn > 0 {
		return cand{}, 0
	}
	if n, _ := x.kb.MatchName(toks, i); n > 0 {
		return cand{}, 0
	}
	n, names := x.kb.MatchName(toks, i+1)
	if n == 0 {
		return cand{}, 0
	}
	a, _ := pick(names)
	if !a.IsCountry() {
		return cand{}, 0
	}
	end := i + 1 + n
	if end < len(ws) && (ws[end].cap || toks[end] == "'s") {
		return cand{}, 0
	}
	return cand{start: ws[i].start, end: ws[end-1].end, nameStart: ws[i].start, typ: "ORG", kind: doc.MentionName, country: a.Country}, end - i
}

// cutAtTitle shortens a run of rn capitalised words from i so that it ends before a title
// and the name it introduces ("NASA | Administrator Charles Bolden", "Acme | Chief
// Executive Jane Roe"): the loop then reads the titled name.
func (x *Extractor) cutAtTitle(ws []word, toks []string, i, rn int) int {
	for k := i + 1; k < i+rn; k++ {
		n, _ := x.kb.MatchRole(toks, k)
		if n > 0 && k+n == i+rn && trailingRoles[toks[k]] && ws[k-1].cap {
			// "Ryanair CEO, Michael O'Leary": an office after a name is no part of it.
			if m, _ := x.kb.MatchRole(toks, i); m == 0 {
				return k - i
			}
		}
		if n == 0 || k+n >= i+rn {
			continue
		}
		if _, n := x.titled(ws, toks, k); n > 0 {
			return k - i
		}
	}
	return rn
}

// roleOwner is the type of the name before a trailing role: a company's before a corporate
// office, a place's before a governor's or mayor's, else unknown ("").
func roleOwner(role string) string {
	switch role {
	case "CEO", "CFO", "COO", "CTO", "Chairman", "Chairwoman", "Chairperson", "Spokesman", "Spokeswoman", "Spokesperson":
		return "ORG"
	case "Governor", "Mayor", "Premier":
		return "GPE"
	}
	return ""
}

// trailingRoles are the role words that end a capitalised run without being part of the
// name before them ("Ryanair CEO", "Gazprom Chairman"), as they end no person's name; "Major",
// "General" or "King" may.
var trailingRoles = map[string]bool{
	"CEO": true, "CFO": true, "COO": true, "CTO": true, "Chairman": true, "Chairwoman": true,
	"Chairperson": true, "President": true, "Spokesman": true, "Spokeswoman": true,
	"Spokesperson": true, "Minister": true, "Secretary": true, "Governor": true, "Mayor": true,
	"Director": true, "Ambassador": true, "Chancellor": true, "Premier": true,
	"Commissioner": true,
}

// cutAtPerson shortens a run of rn capitalised words from i so that it ends before a name
// the knowledge base knows ("Majority Leader | John Thune"): the loop then reads that name.
func (x *Extractor) cutAtPerson(toks []string, i, rn int) int {
	for k := i + 1; k < i+rn; k++ {
		if n, names := x.kb.MatchName(toks, k); n > 0 && k+n <= i+rn {
			a, weak := pick(names)
			if weak {
				continue
			}
			if n == 1 && x.firstName(toks, i, k) {
				// "Hafez al-Assad", "Brian Wagner": a one-word name after a first name is
				// someone else's surname.
				continue
			}
			if a.Type == "PERSON" {
				return k - i
			}
			// An armed group, or a name after a hyphenated modifier, not followed by an
			// organisation or place word inside the run: "The Iran-backed | Houthi".
			if a.Sector != "REB" && a.Sector != "INS" && !strings.Contains(toks[k-1], "-") {
				continue
			}
			tail := false
			for m := k + n; m < i+rn; m++ {
				tail = tail || orgHeads[toks[m]] || locHeads[toks[m]] || facHeads[toks[m]]
			}
			if !tail {
				return k - i
			}
		}
	}
	return rn
}

// firstName reports whether toks[k-1], inside a capitalised run from i, reads as a person's
// first name: a capitalised word that is no common word, title or role, knowledge-base
// name or demonym, and no organisation or place word ("Hafez" in "Hafez al-Assad"; not
// "Leader" in "Majority Leader Thune", "Iranian" in "Iranian Hezbollah").
func (x *Extractor) firstName(toks []string, i, k int) bool {
	p := toks[k-1]
	// A common word two before is a title's ("Supreme Leader Ali Khamenei", cut at the title
	// elsewhere), a name there a first or middle name ("George Herbert Walker Bush").
	if k-1 > i && toks[k-2] != "of" && !x.kb.Proper(toks[k-2]) && x.kb.Common(strings.ToLower(toks[k-2])) {
		return false
	}
	if strings.ContainsAny(p, "-.'’") || x.kb.Common(strings.ToLower(p)) || orgHeads[p] || locHeads[p] || facHeads[p] {
		return false
	}
	for j := max(i, k-3); j < k; j++ {
		if n, _ := x.kb.MatchRole(toks, j); n > 0 && j+n >= k {
			return false
		}
		if n, _ := x.kb.MatchName(toks, j); n > 0 && j+n >= k {
			return false
		}
		if n, _ := x.kb.MatchDemonym(toks, j); n > 0 && j+n >= k {
			return false
		}
	}
	return true
}

// hyphenSuffixes make a compound whose first part is an actor: "Iran-backed", "Saudi-led".
var hyphenSuffixes = map[string]bool{
	"backed": true, "led": true, "run": true, "based": true, "allied": true, "aligned": true,
	"controlled": true, "held": true, "made": true, "brokered": true, "funded": true,
	"sponsored": true, "supported": true, "occupied": true, "annexed": true, "owned": true,
}

// hyphenated reads the actor in a compound such as "Iran-backed" or "Houthi-run": a mention
// of the first part only.
func (x *Extractor) hyphenated(w word, si int) (cand, bool) {
	k := strings.LastIndexByte(w.text, '-')
	if k <= 0 || !w.cap || !hyphenSuffixes[w.text[k+1:]] {
		return cand{}, false
	}
	part := kbSplit(w.text[:k])
	if n, names := x.kb.MatchName(part, 0); n == len(part) {
		a, weak := pick(names)
		if weak || a.Type == "PERSON" {
			return cand{}, false
		}
		if a.For != "" {
			if t := x.kb.Actor(a.For); t != nil {
				a = t
			}
		}
		return cand{start: w.start, end: w.start + k, nameStart: w.start, typ: a.Type, kind: doc.MentionName, actor: a, sent: si}, true
	}
	if n, iso := x.kb.MatchDemonym(part, 0); n == len(part) {
		return cand{start: w.start, end: w.start + k, nameStart: w.start, typ: "NORP", kind: doc.MentionName, actor: x.kb.Country(iso), country: iso, sent: si}, true
	}
	return cand{}, false
}

// withPrefix appends a titled or role mention, and before it the country or organisation
// its prefix names ("United Nations" in "the United Nations envoy", "Kremlin" in "Kremlin
// spokesman Dmitry Peskov"); a demonym prefix ("Russian President") is no mention of its own.
func (x *Extractor) withPrefix(ws []word, toks []string, c cand, si int, cs []cand) []cand {
	if c.prefix != nil && c.prefixName {
		if pc, n := x.known(ws, toks, c.prefixWi); n > 0 {
			pc.sent = si
			cs = append(cs, pc)
		}
	}
	c.sent = si
	cs = append(cs, c)
	if c.ofN > 0 {
		if pc, n := x.known(ws, toks, c.ofWi); n > 0 {
			pc.sent = si
			// "Governor of Washington": the state, not the capital.
			if st := x.usStates[strings.Join(toks[c.ofWi:c.ofWi+n], " ")]; st != nil && c.role == "governor" {
				pc.actor, pc.typ, pc.metonym = st, "GPE", false
			}
			cs = append(cs, pc)
		} else {
			w := ws[c.ofWi+c.ofN-1]
			cs = append(cs, cand{start: ws[c.ofWi].start, end: w.end, nameStart: ws[c.ofWi].start, typ: "GPE", kind: doc.MentionName, sent: si})
		}
	}
	return cs
}

// partyNouns follow a name in lower case: "the Unity for Change party".
var partyNouns = map[string]bool{
	"party": true, "movement": true, "coalition": true, "alliance": true, "bloc": true,
	"militia": true, "faction": true, "front": true,
}

// partyName matches capitalised words (joined by "for", "of", "and") right before a party
// noun: "Unity for Change" in "the Unity for Change party". It returns the words of the name.
func (x *Extractor) partyName(ws []word, toks []string, i int) int {
	if !ws[i].cap || function[strings.ToLower(toks[i])] || ws[i].initial && x.kb.Common(strings.ToLower(toks[i])) {
		return 0
	}
	j := i
	for j < len(ws) && j < i+6 {
		if ws[j].cap {
			j++
			continue
		}
		if (toks[j] == "for" || toks[j] == "of" || toks[j] == "and") && j > i && j+1 < len(ws) && ws[j+1].cap {
			j++
			continue
		}
		break
	}
	if j == i || j >= len(ws) || !partyNouns[toks[j]] || !ws[j-1].cap {
		return 0
	}
	// Names the knowledge base knows are read by name ("Labour party", "the Iran-backed
	// Houthi militia", "the Russian militia").
	for k := i; k < j; k++ {
		if x.startsKnown(toks, k) {
			return 0
		}
	}
	return j - i
}

// stateAfterCity returns the US state a name shared with a country or a city stands for
// after a place and a comma ("Atlanta, Georgia", "Seattle, Washington"), unless that place
// is known to be in the country of that name ("Tbilisi, Georgia").
func (x *Extractor) stateAfterCity(ws []word, toks []string, i, n int, c cand) *kb.Actor {
	st := x.usStates[strings.Join(toks[i:i+n], " ")]
	if st == nil || c.actor == st || i < 2 || toks[i-1] != "," || !ws[i-2].cap {
		return nil
	}
	for k := 1; k <= 3 && i-1-k >= 0; k++ {
		if m, names := x.kb.MatchName(toks, i-1-k); m == k {
			for _, nm := range names {
				if nm.Actor.Country != "" && nm.Actor.Country != "USA" && c.actor != nil && nm.Actor.Country == c.actor.Country {
					return nil
				}
			}
		}
	}
	return st
}

// placeAsFirstName reports whether a one-word place name (c, n words from i) is a person's
// first name: it is followed by a capitalised word that nothing else explains, no
// knowledge-base name, demonym or role, no organisation, place or facility word, no day or
// month ("Jordan Peterson", "Chad Smith", "Georgia Brown"; not "Pakistan Army", "Gaza Strip",
// "Syria Monday").
func (x *Extractor) placeAsFirstName(ws []word, toks []string, c cand, i, n int, head bool) bool {
	if head || n != 1 || c.actor == nil || c.metonym || c.actor.Type != "GPE" && c.actor.Type != "LOC" {
		return false
	}
	j := i + 1
	if j >= len(ws) || !ws[j].cap || ws[j].upper || calendar[toks[j]] || function[strings.ToLower(toks[j])] {
		return false
	}
	if ws[i].upper || strings.ContainsAny(toks[i], ".-") {
		return false // "U.S. Steel", "UK Biobank": an abbreviation is no first name
	}
	t := toks[j]
	if orgHeads[t] || locHeads[t] || facHeads[t] || mastheads[t] || x.startsKnown(toks, j) {
		return false
	}
	// A surname is a proper name that is no common word ("Brown" is both: it must not be
	// followed by another capitalised word either).
	if x.kb.Common(strings.ToLower(t)) && (j+1 >= len(ws) || ws[j+1].cap) {
		return false
	}
	return j+1 >= len(ws) || !ws[j+1].cap
}

// stanceWord reports whether ws[i] is a capitalised stance or scope word standing alone,
// "Pro-Beijing", "Anti-war", "Pan-democracy": an adjective, no name (a name such as
// "Anti-Defamation League" goes on with another capitalised word).
func stanceWord(ws []word, i int) bool {
	w := ws[i].text
	k := strings.IndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) || i+1 < len(ws) && ws[i+1].cap {
		return false
	}
	switch w[:k] {
	case "Pro", "Anti", "Pan", "Non", "Ex", "PRO", "ANTI":
		return true
	}
	return false
}

// partyState reports whether w is a legislator's party and state, "(D-Va.)", "R-IN": no
// name of its own.
func partyState(w string) bool {
	return len(w) >= 4 && len(w) <= 8 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// subjectVerb reports whether w is a verb or adverb that follows a sentence's subject:
// "Intel is", "Prudential already has", "Straw said".
func subjectVerb(w string) bool {
	switch w {
	case "is", "was", "has", "had", "will", "would", "already", "also", "'s":
		return true
	}
	return saysVerbs[w]
}

// startsKnown reports whether a knowledge-base name, demonym or role starts at toks[i].
func (x *Extractor) startsKnown(toks []string, i int) bool {
	if n, _ := x.kb.MatchName(toks, i); n > 0 {
		return true
	}
	if n, _ := x.kb.MatchDemonym(toks, i); n > 0 {
		return true
	}
	n, _ := x.kb.MatchRole(toks, i)
	return n > 0
}

// headline reports whether a sentence is written in title case, where capitals say little.
func headline(ws []word) bool {
	n, c, content := 0, 0, 0
	for _, w := range ws {
		if w.lower && !function[w.text] {
			content++ // of any length: "met", "won"
		}
		if (w.cap || w.lower) && len(w.text) > 3 {
			n++
			if w.cap {
				c++
			}
		}
	}
	// A headline ends without a full stop: a lower-case verb or noun in a sentence that has
	// one is prose full of names ("The U.S. Securities and Exchange Commission wrote to the
	// Malaria Research and Development Alliance.").
	if content > 0 && len(ws) > 0 && ws[len(ws)-1].text == "." {
		return false
	}
	// A title-case headline capitalises its content words: one lower-case content word
	// in a short line ("He visited the Acme Research Center in Ohio") makes it a sentence.
	return n >= 4 && c*10 >= n*7 && (n-c)*8 <= n
}

// capRun returns how many words from i form a run of capitalised words, with name particles
// and "of"/"the" inside organisation and place names ("Bank of England").
func capRun(ws []word, i int) int {
	j := i
	for j < len(ws) {
		w := ws[j]
		if w.cap && !calendar[w.text] {
			j++
			continue
		}
		// "of the", "for the" inside a name: "Foundation for the Visual Arts".
		theCap := j+2 < len(ws) && ws[j+1].text == "the" && ws[j+2].cap && (w.text == "of" || w.text == "for")
		if j > i && j+1 < len(ws) && (ws[j+1].cap || theCap) {
			lw := strings.ToLower(w.text)
			if particles[lw] && w.lower {
				j++
				continue
			}
			if (lw == "of" || lw == "for") && headIn(ws[i:j]) || (lw == "and" || lw == "&") && andJoins(ws, i, j) {
				j++
				if j+1 < len(ws) && ws[j].text == "the" && ws[j+1].cap {
					j++
				}
				continue
			}
		}
		// "al-Assad", "bin Salman" with the particle written in lower case.
		if j > i && w.lower && particleWord(w.text) {
			j++
			continue
		}
		break
	}
	return j - i
}

// unitHeads end the names of military units after an ordinal: "3rd Battalion", "25th
// Marines", "101st Airborne Division".
var unitHeads = map[string]bool{
	"Army": true, "Corps": true, "Division": true, "Brigade": true, "Regiment": true,
	"Battalion": true, "Squadron": true, "Fleet": true, "Wing": true, "Airborne": true,
	"Infantry": true, "Marines": true, "Cavalry": true, "Armored": true, "Armoured": true,
	"Artillery": true, "Mechanized": true, "Group": true, "Flotilla": true, "Command": true,
}

// militaryUnit returns the length of a unit's name at i, an ordinal and capitalised words
// ending in a unit word ("101st Airborne Division", "5th Fleet"), or 0.
func militaryUnit(ws []word, i int) int {
	if !ordinal(ws[i].text) || i+1 >= len(ws) || !ws[i+1].cap {
		return 0
	}
	n := 0
	for j := i + 1; j < len(ws) && j < i+5 && ws[j].cap; j++ {
		if unitHeads[ws[j].text] {
			n = j - i + 1
		}
	}
	return n
}

// ordinal reports whether w is a number written as an ordinal: "1st", "22nd", "101st".
func ordinal(w string) bool {
	k := 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 {
		return false
	}
	switch w[k:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// particleWord reports whether w is a lower-case name particle joined to a name by a
// hyphen: "al-Islam", "bin-Laden".
func particleWord(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && h+1 < len(w) && particles[w[:h]]
}

// joiner reports whether w joins two names: "and", "&".
func joiner(w string) bool { return w == "and" || w == "&" }

// andJoins reports whether "and" at ws[j] joins one name running from i: after an
// organisation's word ("Union of Rationalist Atheists and Agnostics"), or before the words
// ending in an organisation's or facility's word that complete it ("Immigration and Customs
// Enforcement Agency", "National Air and Space Museum"); not after a whole name ("ABC News
// and The Washington Post", "the Civic Party and Wong Pik-wan", "the British Library and
// Columbia University"), nor between two names of one kind ("the University of California
// and Columbia University").
func andJoins(ws []word, i, j int) bool {
	if t := ws[j-1].text; orgHeads[t] && !companyHeads[t] || facHeads[t] {
		return false
	}
	if companyHeads[ws[j-1].text] && !otherHeadIn(ws[i:j-1]) {
		// "Douglas Aircraft and McDonnell Douglas" are two; "Ministry of Oil and Gas" one.
		return false
	}
	if h := runEnd(ws, j+1, 4); orgHeads[h] || facHeads[h] {
		for _, w := range ws[i:j] {
			if w.text == h {
				return false
			}
		}
	}
	return orgHeadIn(ws[i:j]) || facilityAfter(ws, j+1) || orgAfter(ws, j+1)
}

// otherHeadIn reports whether a run holds an organisation word that is not a company's.
func otherHeadIn(ws []word) bool {
	for _, w := range ws {
		if orgHeads[w.text] && !companyHeads[w.text] {
			return true
		}
	}
	return false
}

// runEnd returns the last of the capitalised words from k when they are max words at most,
// or "": "Exchange Commission" of "Securities and Exchange Commission" ends in "Commission".
func runEnd(ws []word, k, max int) string {
	j := k
	for j < len(ws) && ws[j].cap {
		j++
	}
	if j == k || j-k > max {
		return ""
	}
	return ws[j-1].text
}

// orgAfter reports whether the capitalised words from k, four at most after an optional
// "The", end in an organisation's word: "Exchange Commission" of "Securities and Exchange
// Commission".
func orgAfter(ws []word, k int) bool {
	if k < len(ws) && ws[k].text == "The" {
		k++
	}
	return orgHeads[runEnd(ws, k, 4)]
}

// facilityAfter reports whether the capitalised words from k, three at most, end in a
// facility word or "Center", so that "and" before them joins one name: "National Air and
// Space Museum", "U.S. Space and Rocket Center", "Evergreen Aviation & Space Museum".
func facilityAfter(ws []word, k int) bool {
	t := runEnd(ws, k, 3)
	return facHeads[t] || t == "Center" || t == "Centre"
}

// headIn reports whether a run holds an organisation, place or facility word, after which
// "of" and "for" continue the name ("Popular Front for the Liberation of Palestine").
func headIn(ws []word) bool {
	for _, w := range ws {
		if orgHeads[w.text] || locHeads[w.text] || facHeads[w.text] || mastheads[w.text] || w.text == "Republic" || w.text == "Kingdom" || w.text == "State" || w.text == "Front" {
			return true
		}
	}
	return false
}

// runType is the type the head words of a run give it: an organisation word anywhere makes
// an organisation, else a facility or place word.
func runType(ws []word) string {
	if eventHeads[ws[len(ws)-1].text] {
		return "EVENT" // "the Beijing Olympics", "the Iraq War"
	}
	t := "LOC"
	for _, w := range ws {
		switch {
		case orgHeads[w.text]:
			return "ORG"
		case facHeads[w.text]:
			t = "FAC"
		}
	}
	return t
}

// orgHeadIn reports whether a run holds an organisation word, after which "and" may
// continue the name ("Union of Rationalist Atheists and Agnostics").
func orgHeadIn(ws []word) bool {
	for _, w := range ws {
		if orgHeads[w.text] {
			return true
		}
	}
	return false
}

// pronoun returns the lower-case pronoun if w is a personal pronoun that can name a person.
func pronoun(w string) string {
	switch w {
	case "he", "He", "him", "his", "His", "she", "She", "her", "Her", "HE", "SHE",
		"they", "They", "them", "their", "Their":
		return strings.ToLower(w)
	}
	return ""
}

// known matches a knowledge-base name or a demonym at i.
func (x *Extractor) known(ws []word, toks []string, i int) (cand, int) {
	n, names := x.kb.MatchName(toks, i)
	if n == 0 && ws[i].upper && len(toks[i]) >= 4 {
		// "MOSCOW —": a name written in capitals, as datelines and headlines do.
		var tc []string
		for j := i; j < len(ws) && j < i+4 && ws[j].upper; j++ {
			tc = append(tc, titleCase(toks[j]))
		}
		n, names = x.kb.MatchName(tc, 0)
	}
	dn, iso := x.kb.MatchDemonym(toks, i)
	if n == 0 && dn == 0 {
		return cand{}, 0
	}
	// A name must be written with its capitals: a knowledge-base match on a lower-case word
	// ("congress" the noun) only counts when the name itself is lower case.
	if dn > n {
		if !ws[i].cap {
			return cand{}, 0
		}
		// A demonym ("Russian", "South Korean") is a NORP mention of its country.
		c := x.kb.Country(iso)
		return cand{start: ws[i].start, end: ws[i+dn-1].end, nameStart: ws[i].start, typ: "NORP", kind: doc.MentionName, actor: c, country: iso}, dn
	}
	a, weak := pick(names)
	w := ws[i]
	if w.lower && !strings.HasPrefix(w.text, "al-") && !strings.HasPrefix(w.text, "el-") && w.text != "the" && w.text != "dpa" && !((w.text == "al" || w.text == "el") && n > 1) {
		return cand{}, 0
	}
	if w.upper && len(toks[i]) <= 3 && n == 1 && ws[i].initial && headlineCaps(ws) {
		return cand{}, 0
	}
	c := cand{start: ws[i].start, end: ws[i+n-1].end, nameStart: ws[i].start, typ: a.Type, kind: doc.MentionName, actor: a, weak: weak}
	if a.For != "" {
		// A building that stands for a government ("the Kremlin") does so unless the text
		// puts something at it; a capital only where it acts or is dealt with as a state
		// ("Tehran said", "talks with Moscow"), not in "the Berlin music critic".
		if target := x.kb.Actor(a.For); target != nil && !literal(ws, i, i+n) && (a.Type != "GPE" || x.agentive(ws, i, i+n)) {
			c.metonym = true
			c.actor = target
			c.typ = target.Type
			if a.Type == "FAC" {
				// "The Kremlin said": a building standing for a government is an organisation.
				c.typ = "ORG"
			}
			c.weak = false
		}
	}
	return c, n
}

// titleCase writes an upper-case word as a name: "MOSCOW" -> "Moscow".
func titleCase(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[size:])
}

// headlineCaps reports whether the sentence is written all in capitals.
func headlineCaps(ws []word) bool {
	n, u := 0, 0
	for _, w := range ws {
		if w.cap || w.lower {
			n++
			if w.upper {
				u++
			}
		}
	}
	return n >= 3 && u*10 >= n*8
}

// pick chooses among actors sharing a name: a strong name first, then the first by key.
func pick(names []kb.Name) (*kb.Actor, bool) {
	best := names[0]
	for _, nm := range names[1:] {
		if best.Weak && !nm.Weak {
			best = nm
		}
	}
	return best.Actor, best.Weak
}

// place prepositions and movement verbs before a seat of power make it the place itself:
// "in Moscow", "left Moscow", "left for Moscow", not "Moscow said".
var placePreps = map[string]bool{
	"in": true, "at": true, "into": true, "near": true, "outside": true, "inside": true,
	"across": true, "around": true, "via": true, "through": true, "toward": true, "towards": true,
	"of": true, "over": true, "on": true, "within": true, "throughout": true, "In": true, "At": true,
}

var movePreps = map[string]bool{"to": true, "for": true, "from": true}

var moveVerbs = map[string]bool{
	"left": true, "leave": true, "leaves": true, "leaving": true, "visit": true, "visited": true,
	"visiting": true, "visits": true, "reached": true, "arrived": true, "arrive": true,
	"arrives": true, "arriving": true, "flew": true, "fly": true, "flying": true, "flies": true,
	"travelled": true, "traveled": true, "travel": true, "travels": true, "travelling": true,
	"traveling": true, "went": true, "go": true, "goes": true, "going": true, "came": true,
	"come": true, "returned": true, "return": true, "returning": true, "headed": true,
	"entered": true, "toured": true, "fled": true, "moved": true, "relocated": true,
	"bombed": true, "shelled": true, "struck": true, "attacked": true, "hit": true, "targeted": true,
	"evacuated": true, "streets": true, "residents": true, "trip": true, "journey": true,
	"way": true, "route": true, "back": true, "home": true, "deployed": true, "sent": true,
}

// agentVerbs follow a capital that acts as its state: "Moscow said", "Tehran has rejected",
// "Washington also imposed".
var agentVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "has": true, "have": true, "had": true,
	"is": true, "was": true, "will": true, "would": true, "could": true, "should": true,
	"can": true, "may": true, "might": true, "must": true, "also": true, "still": true,
	"wants": true, "wanted": true, "insists": true, "insisted": true, "rejected": true,
	"rejects": true, "denied": true, "denies": true, "accused": true, "accuses": true,
	"warned": true, "warns": true, "announced": true, "announces": true, "responded": true,
	"responds": true, "demanded": true, "demands": true, "imposed": true, "imposes": true,
	"threatened": true, "threatens": true, "agreed": true, "agrees": true, "signed": true,
	"signs": true, "condemned": true, "condemns": true, "called": true, "calls": true,
	"urged": true, "urges": true, "hopes": true, "hoped": true, "sees": true, "saw": true,
	"considers": true, "considered": true, "believes": true, "believed": true, "plans": true,
	"planned": true, "refused": true, "refuses": true, "blamed": true, "blames": true,
	"claimed": true, "claims": true, "vowed": true, "vows": true, "pledged": true,
	"pledges": true, "maintains": true, "maintained": true, "argues": true, "argued": true,
	"ordered": true, "orders": true, "approved": true, "approves": true, "launched": true,
	"launches": true, "backed": true, "backs": true, "supports": true, "supported": true,
	"opposes": true, "opposed": true, "recognised": true, "recognized": true,
	"expelled": true, "expels": true, "retaliated": true, "summoned": true, "sent": true,
	"sends": true, "seeks": true, "sought": true, "needs": true, "fears": true,
	"feared": true, "views": true, "viewed": true, "regards": true, "did": true,
	"does": true, "and": true, "or": true, "hit": true, "struck": true, "attacked": true,
	"sanctioned": true, "offered": true, "offers": true,
	"proposed": true, "proposes": true, "insist": true, "deny": true, "reject": true,
}

// agentive reports whether a capital at ws[i:j] acts or is dealt with as its state: a verb
// of saying or acting after it, the subject of a clause ("demanded that Khartoum pull its
// troops back"), a possessive ("Tehran's nuclear programme", not "Moscow's streets"), a
// preposition of relations before it, the object of a verb that deals with states ("refuses
// to arm Tehran"), or joined to another state ("Moscow and Tehran have an alliance").
func (x *Extractor) agentive(ws []word, i, j int) bool {
	if j < len(ws) {
		next := strings.ToLower(ws[j].text)
		if next == "'s" || next == "’s" {
			return !(j+1 < len(ws) && placeAfter[strings.ToLower(ws[j+1].text)])
		}
		if agentVerbs[next] {
			return true
		}
		if (next == "and" || next == "or") && j+1 < len(ws) && x.stateName(ws, j+1, true) {
			return true
		}
	}
	k := i - 1
	if k >= 0 && (ws[k].text == "the" || ws[k].text == "The") {
		// "the Berlin music critic": a modifier, the city, unless what it modifies is a
		// government ("the Tehran regime").
		if j < len(ws) && ws[j].lower {
			return govNouns[ws[j].text]
		}
		k--
	}
	if k < 0 || clauseOpeners[strings.ToLower(ws[k].text)] {
		// The subject of a clause: a lower-case verb follows.
		return j < len(ws) && ws[j].lower && !placeAfter[ws[j].text]
	}
	p := strings.ToLower(ws[k].text)
	if p == "and" || p == "or" {
		return k > 0 && x.stateName(ws, k-1, false)
	}
	if p == "from" || p == "of" {
		// "criticism from Brussels", "the demands of Moscow".
		return k > 0 && relationNouns[strings.ToLower(ws[k-1].text)]
	}
	// The object of a verb that deals with a state: "refuses to arm Tehran", "punish Moscow".
	return stateBefore[p] || k > 0 && ws[k-1].text == "to" && ws[k].lower
}

// govNouns after "the" and a capital make it the state: "the Tehran regime".
var govNouns = map[string]bool{
	"government": true, "regime": true, "administration": true, "leadership": true,
	"authorities": true, "establishment": true,
}

// clauseOpeners start a clause whose subject may be a capital acting as its state.
var clauseOpeners = map[string]bool{
	"that": true, ",": true, "but": true, "while": true, "because": true, "as": true,
	"when": true, "if": true, "since": true, "though": true, "although": true, ";": true,
	"“": true, "\"": true,
}

// stateName reports whether a country or a seat of government is named starting (from) or
// ending (!from) at ws[k].
func (x *Extractor) stateName(ws []word, k int, from bool) bool {
	for n := 1; n <= 3; n++ {
		a := k
		if !from {
			a = k - n + 1
		}
		if a < 0 || a+n > len(ws) {
			continue
		}
		toks := make([]string, n)
		for m := range n {
			toks[m] = ws[a+m].text
		}
		if m, names := x.kb.MatchName(toks, 0); m == n {
			for _, nm := range names {
				if nm.Actor.IsCountry() || nm.Actor.For != "" {
					return true
				}
			}
		}
	}
	return false
}

// relationNouns come from a state before "from" or "of": "criticism from Brussels".
var relationNouns = map[string]bool{
	"criticism": true, "pressure": true, "demands": true, "demand": true, "support": true,
	"aid": true, "funding": true, "warning": true, "warnings": true, "response": true,
	"objections": true, "objection": true, "protest": true, "protests": true,
	"approval": true, "opposition": true, "condemnation": true, "praise": true,
	"backing": true, "sanctions": true, "threats": true, "threat": true, "signals": true,
	"message": true, "invitation": true, "request": true, "requests": true, "offer": true,
	"ultimatum": true, "reaction": true, "position": true, "stance": true, "policy": true,
	"decision": true, "refusal": true, "recognition": true, "envoy": true, "allies": true,
}

// stateBefore are prepositions and verbs before a capital that deal with it as a state:
// "ties with Moscow", "talks between Moscow and Kyiv", "sanctions against Tehran", "pressure
// on Beijing", "a message to Tehran", "arm Tehran", "sanction Moscow".
var stateBefore = map[string]bool{
	"with": true, "between": true, "against": true, "toward": true, "towards": true,
	"for": true, "by": true, "on": true, "to": true, "urged": true, "warned": true,
	"told": true, "pressed": true, "allies": true, "ally": true, "follow": true, "followed": true, "follows": true, "defy": true, "defied": true,
	"defies": true, "lobby": true, "lobbied": true, "appease": true, "snub": true,
	"snubbed": true, "accused": true,
	"arm": true, "arms": true, "armed": true, "arming": true, "punish": true, "punished": true,
	"pressure": true, "pressured": true, "sanction": true, "sanctioned": true, "support": true,
	"supported": true, "supports": true, "back": true, "help": true, "helped": true, "aid": true,
	"aided": true, "warn": true, "urge": true, "accuse": true, "blame": true, "blamed": true,
	"condemn": true, "condemned": true, "criticise": true, "criticize": true,
	"criticised": true, "criticized": true, "recognise": true, "recognize": true,
	"isolate": true, "isolated": true, "threaten": true, "defend": true, "defended": true,
	"confront": true, "confronted": true, "engage": true, "court": true, "courted": true,
	"reassure": true, "reassured": true, "persuade": true, "persuaded": true, "convince": true,
	"ask": true, "asked": true, "tell": true, "supply": true, "supplied": true,
	"supplying": true, "supplies": true, "join": true, "joined": true, "joins": true,
	"trust": true, "trusts": true, "oppose": true, "opposed": true, "opposes": true,
}

// placeAfter are nouns after a possessive capital that make it the city: "Moscow's streets".
var placeAfter = map[string]bool{
	"streets": true, "residents": true, "mayor": true, "airport": true, "suburbs": true,
	"outskirts": true, "centre": true, "center": true, "metro": true, "subway": true,
	"skyline": true, "population": true, "neighbourhoods": true, "neighborhoods": true,
	"old": true, "historic": true, "main": true, "city": true, "downtown": true,
}

// literal reports whether a seat of power at ws[i:j] names the place itself.
func literal(ws []word, i, j int) bool {
	k := i - 1
	if k >= 0 && (ws[k].text == "the" || ws[k].text == "The") {
		k--
	}
	if k < 0 {
		return false
	}
	p := ws[k].text
	if placePreps[p] {
		// "of" is a place only after a noun of place or action: "the bombing of Kiev", not
		// "the foreign minister of Russia".
		if p == "of" || p == "on" || p == "over" {
			return k > 0 && (strings.HasSuffix(ws[k-1].text, "ing") || moveVerbs[ws[k-1].text] || ws[k-1].text == "mayor" || ws[k-1].text == "outskirts" || ws[k-1].text == "centre" || ws[k-1].text == "center" || ws[k-1].text == "city")
		}
		return true
	}
	if moveVerbs[p] {
		return true
	}
	if movePreps[p] {
		for m := k - 1; m >= 0 && m >= k-4; m-- {
			if moveVerbs[ws[m].text] {
				return true
			}
		}
	}
	// "Moscow residents", "the Kremlin walls".
	if j < len(ws) && (ws[j].text == "residents" || ws[j].text == "streets" || ws[j].text == "airport" || ws[j].text == "region" || ws[j].text == "mayor") {
		return true
	}
	return false
}

// initialsOnly reports whether every word is a single letter, with or without a full stop:
// "L", "L.", "J. R.". No name is initials alone.
func initialsOnly(ws []string) bool {
	for _, w := range ws {
		w = strings.TrimSuffix(w, ".")
		if utf8.RuneCountInString(w) != 1 {
			return false
		}
	}
	return len(ws) > 0
}

// cutAtLegalForm returns the length of the run of rn words from i cut after a legal form
// that other capitalised words follow: "Chrysler LLC | Jim Press", not "Tata Sons Ltd.".
func cutAtLegalForm(toks []string, i, rn int) int {
	for k := i + 1; k+1 < i+rn; k++ {
		if legalForms[toks[k]] && !legalForms[toks[k+1]] {
			return k - i + 1
		}
	}
	return rn
}

// legalForms are the abbreviations of companies' legal forms that end a name.
var legalForms = map[string]bool{
	"Inc.": true, "Inc": true, "Corp.": true, "Co.": true, "Ltd": true, "Ltd.": true,
	"LLC": true, "L.L.C.": true, "plc": true, "PLC": true, "SpA": true, "S.p.A.": true,
	"AG": true, "GmbH": true, "N.V.": true,
}
