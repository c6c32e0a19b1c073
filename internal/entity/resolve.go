package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/kb"
	"github.com/parallax-news/parallax/internal/ner"
)

// tagType maps a tagger type to an entity type; "" drops it. The tagger's LOC (GMB geo) is
// mostly cities and countries: GPE; a place word at the end makes a run LOC (typeUnknown).
func tagType(t string) string {
	switch t {
	case "PER":
		return "PERSON"
	case "ORG":
		return "ORG"
	case "LOC":
		return "GPE"
	case "GPE":
		return "NORP"
	case "ART":
		return "PRODUCT"
	case "EVENT", "EVE":
		return "EVENT"
	}
	return ""
}

// placeNouns after a name make it a place.
var placeNouns = map[string]bool{
	"checkpoint": true, "crossing": true, "village": true, "town": true, "city": true,
	"district": true, "province": true, "region": true, "camp": true, "neighbourhood": true,
	"neighborhood": true, "suburb": true, "valley": true, "border": true,
	"governorate": true, "county": true, "municipality": true, "enclave": true,
}

// saysVerbs after a lone unknown name suggest a person.
var saysVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "explained": true, "wrote": true,
	"argued": true, "noted": true, "stated": true, "warned": true, "insisted": true,
}

// typeUnknown types the capitalised runs the knowledge base does not know, with the tagger
// where there is one, else with the words around them.
func (x *Extractor) typeUnknown(ws []word, toks []string, runs []cand, head bool) ([]cand, []string) {
	var out []cand
	var labels []string
	if x.tagger != nil {
		labels = x.tagWindows(toks, runs)
	}
	for _, r := range runs {
		// A source cited with its date is a publication: "— Edmonton Sun, August 16, 2008".
		if r.wi > 0 && (toks[r.wi-1] == "—" || toks[r.wi-1] == "–") && r.wj+1 < len(toks) && toks[r.wj] == "," && calendar[toks[r.wj+1]] {
			r.typ = "ORG"
			out = append(out, r)
			continue
		}
		// A title alone is no name: "John Cornyn, U.S. Senator (R-Texas)".
		if n, role := x.kb.MatchRole(toks, r.wi); n == r.wj-r.wi && role != nil {
			continue
		}
		// A name right before a company's office is the company: "Skyrover CEO Michael
		// Leary", "Gazprom Chairman".
		if r.wj < len(toks) && trailingRoles[toks[r.wj]] && roleOwner(toks[r.wj]) == "ORG" && (r.wi == 0 || !ws[r.wi-1].cap) && !head {
			r.typ = "ORG"
			out = append(out, r)
			continue
		}
		// Two words or more ending in a street, river, sea or region word are that place,
		// whatever the tagger makes of the first ("Rustaveli Avenue").
		if r.wj-r.wi >= 2 && locHeads[toks[r.wj-1]] && !head {
			r.typ = "LOC"
			out = append(out, r)
			continue
		}
		// A first name before the surname of a known person is a relative or namesake of
		// theirs, a person, whatever the tagger makes of the first name: "Ivanka Trump".
		if r.wj-r.wi == 2 && len(x.bySurname[toks[r.wj-1]]) > 0 && !x.kb.Common(strings.ToLower(toks[r.wi])) && !head {
			r.typ = "PERSON"
			out = append(out, r)
			continue
		}
		// Two or three words starting with a common given name are a person, whatever the
		// tagger makes of them ("Eric Holder"), unless they end in a place's, organisation's
		// or facility's word or a plural common noun ("Alice Springs", "Christian
		// Democrats").
		if n := r.wj - r.wi; n >= 2 && n <= 3 && givenNames[toks[r.wi]] != 0 && !head {
			last := toks[r.wj-1]
			lw := strings.ToLower(last)
			plural := strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && x.kb.Common(lw) && x.kb.Common(lw[:len(lw)-1])
			if (!orgHeads[last] && !mastheads[last] || personalHeads[last]) && !locHeads[last] && !facHeads[last] && !eventHeads[last] && !plural && ws[r.wj-1].cap {
				r.typ = "PERSON"
				out = append(out, r)
				continue
			}
		}
		// Two words or more ending in an organisation's word are an organisation, whatever
		// the tagger makes of them ("Britain's Labor Party", "the opposition Labor Party");
		// a few such words also end people's names ("Emily Post") and are left to it.
		if r.wj-r.wi >= 2 && orgHeads[toks[r.wj-1]] && !personalHeads[toks[r.wj-1]] && facilityHead(toks[r.wi:r.wj]) == "" && !head {
			r.typ = "ORG"
			out = append(out, r)
			continue
		}
		// Two or three capitalised words right after a lower-case occupation are a person,
		// whatever the tagger says: "author Truman Capote", "illustrator Johnny Winter".
		if n := r.wj - r.wi; n >= 2 && n <= 3 && r.wi > 0 && occupation(strings.ToLower(toks[r.wi-1])) && !head {
			if last := toks[r.wj-1]; !orgHeads[last] && !locHeads[last] && !facHeads[last] && !mastheads[last] {
				r.typ = "PERSON"
				out = append(out, r)
				continue
			}
		}
		// Likewise a facility word, "Center" or a masthead: the tagger must not split
		// "Johnson | Space Center" into a person and a place, nor read "Edmonton Sun" as a
		// person.
		if r.wj-r.wi >= 2 && !head {
			if h := facilityHead(toks[r.wi:r.wj]); h != "" || mastheads[toks[r.wj-1]] || mastheadOf(toks[r.wi:r.wj]) {
				r.typ = "ORG" // "Center": research centres are organisations as often as places
				if facHeads[h] || h != "" && literal(ws, r.wi, r.wj) {
					r.typ = "FAC" // "at the Johnson Space Center": the place
				}
				out = append(out, r)
				continue
			}
		}
		// A name built on "of" or "for" after an organisation's or place's word is one name of
		// that kind, whatever the tagger makes of its parts: "Armed Forces of the
		// Philippines", "Gulf of Aden".
		if h := runHead(toks[r.wi:r.wj]); h != toks[r.wj-1] && !head {
			switch {
			case orgHeads[h]:
				r.typ = "ORG"
			case locHeads[h]:
				r.typ = "LOC"
			}
			if r.typ != "" {
				out = append(out, r)
				continue
			}
		}
		// A name set after a noun for a settlement or region is that place: "the capital,
		// Windhoek", "the town of Las Chepas", "Kunar province" is read elsewhere.
		if placeBefore(toks, r.wi) && !head && !orgHeads[toks[r.wj-1]] && !facHeads[toks[r.wj-1]] {
			r.typ = "GPE"
			if locHeads[toks[r.wj-1]] {
				r.typ = "LOC"
			}
			out = append(out, r)
			continue
		}
		found := false
		if labels != nil {
			for _, ch := range ner.Chunks(labels[r.wi:r.wj]) {
				i, j, ty := r.wi+ch.Start, r.wi+ch.End, ch.Type
				// A span must start and end on a capitalised word.
				a, b := i, j
				for a < b && !ws[a].cap {
					a++
				}
				for b > a && !ws[b-1].cap {
					b--
				}
				// A span reaching past the run joins words the knowledge base or the
				// patterns already read: keep its part inside the run only when that is
				// two words or more ("Ann Chiang" of "Ann Chiang of DAB", not "Islamic" of
				// "Islamic militant group Hamas").
				roleAfter := j == r.wj && j < len(toks) && trailingRoles[toks[j]]
				// A span running on from a whole organisation's name before "and" or a comma
				// joins two names: "Douglas Aircraft and McDonnell Douglas".
				listed := i == r.wi && j-i >= 2 && afterWholeOrg(toks, i)
				if (j == r.wj && j < len(labels) && labels[j] == "I-"+ty && !roleAfter) || (i == r.wi && i > 0 && strings.HasPrefix(labels[i], "I-") && !listed) {
					// An organisation's own name inside the run stays ("Houthi-run |
					// Supreme Council for Humanitarian Affairs").
					if b-a < 2 || ty != "PER" && !(ty == "ORG" && orgHeadIn(ws[a:b])) {
						continue
					}
				}
				t := tagType(ty)
				if roleAfter && t == "PERSON" && b == r.wj {
					t = roleOwner(toks[j]) // "Ryanair CEO": the company
				}
				if t == "GPE" && locHeads[toks[b-1]] {
					t = "LOC" // "Rustaveli Avenue", "Casamance River"
				}
				// An apposition says what the tagger may not know: "Notte, an expert on ...".
				if t != "" && t != "PERSON" && b == r.wj && x.appositivePerson(toks, b) {
					t = "PERSON"
				}
				if t != "" && a < b && !initialsOnly(toks[a:b]) && !(ws[a].initial && b-a == 1 && x.kb.Common(strings.ToLower(toks[a])) && !(b < len(toks) && subjectVerb(toks[b]))) {
					out = append(out, cand{start: ws[a].start, end: ws[b-1].end, nameStart: ws[a].start, typ: t, kind: doc.MentionName, sent: r.sent, tagged: true})
					found = true
				}
			}
		}
		if found || head {
			continue
		}
		// Two words or more the tagger left out, after "and" that follows a whole
		// organisation's name, are another organisation: "Douglas Aircraft and McDonnell
		// Douglas".
		if r.wj-r.wi >= 2 && afterWholeOrg(toks, r.wi) && givenNames[toks[r.wi]] == 0 {
			r.typ = "ORG"
			out = append(out, r)
			continue
		}
		if t := x.guessType(ws, toks, r.wi, r.wj, labels != nil); t != "" {
			r.typ = t
			out = append(out, r)
		}
	}
	return out, labels
}

// afterWholeOrg reports whether toks[i] follows "and", "&" or a comma after a whole
// organisation's or facility's name: "Douglas Aircraft and | McDonnell Douglas".
func afterWholeOrg(toks []string, i int) bool {
	if i < 2 || !joiner(toks[i-1]) && toks[i-1] != "," {
		return false
	}
	t := toks[i-2]
	return (orgHeads[t] || facHeads[t]) && !personalHeads[t]
}

// personalHeads are organisation words that also end people's names or titles.
var personalHeads = map[string]bool{"Steel": true, "Post": true, "Star": true, "Press": true, "Guard": true, "Force": true, "Express": true, "Mirror": true, "Monitor": true, "Observer": true, "Trust": true}

// settlementNouns are nouns for settlements and regions that a place's name follows in
// apposition or after "of".
var settlementNouns = map[string]bool{
	"capital": true, "city": true, "town": true, "village": true, "province": true,
	"region": true, "district": true, "port": true, "island": true, "suburb": true,
	"neighbourhood": true, "neighborhood": true, "county": true, "township": true,
	"municipality": true, "hamlet": true, "enclave": true, "prefecture": true,
}

// placeBefore reports whether toks[i] follows "the capital ,", "the town of", "the city
// of" or the like: a lower-case place noun, then "of", or a comma after "the".
func placeBefore(toks []string, i int) bool {
	if i < 2 || toks[i-1] != "," && toks[i-1] != "of" || !settlementNouns[toks[i-2]] {
		return false
	}
	if toks[i-1] == "," {
		// "the capital, Kathmandu", not "the governor of Pattani province, Soonthorn
		// Rittipakdee".
		if i < 3 {
			return false
		}
		switch toks[i-3] {
		case "the", "its", "their", "a", "an", "The":
			return true
		}
		return false
	}
	return true
}

// facilityHead returns the facility word or "Center" that heads a run of capitalised words,
// the last such word before any "of" ("Museum" of "Museum of Flight", "Center" of "Kennedy
// Space Center"), or "".
func facilityHead(toks []string) string {
	h := ""
	for i, t := range toks {
		if t == "of" && i > 0 {
			break
		}
		if facHeads[t] || t == "Center" || t == "Centre" {
			h = t
		} else if h != "" && !(i+1 < len(toks) && toks[i+1] == "of") {
			h = "" // "Center Party": the head is a later word
		}
	}
	return h
}

// runHead returns the head word of a capitalised run: its last word, or the last before
// "of" or "for" ("Forces" of "Armed Forces of the Philippines").
func runHead(toks []string) string {
	for k := 1; k < len(toks); k++ {
		if toks[k] == "of" || toks[k] == "for" {
			return toks[k-1]
		}
	}
	return toks[len(toks)-1]
}

// mastheadOf reports whether a run is a publication's name with "of" in it: "Medical
// Journal of Australia".
func mastheadOf(toks []string) bool {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i] == "of" {
			return mastheads[toks[i-1]]
		}
	}
	return false
}

// tagMargin is how many words of context the tagger sees on each side of a run.
const tagMargin = 4

// tagWindows tags only the stretches of the sentence around the runs to type (the tagger
// costs most of the stage's time and the knowledge base has read the rest); words outside
// every window are labelled O.
func (x *Extractor) tagWindows(toks []string, runs []cand) []string {
	labels := make([]string, len(toks))
	for i := range labels {
		labels[i] = "O"
	}
	for k := 0; k < len(runs); {
		a := max(0, runs[k].wi-tagMargin)
		b := min(len(toks), runs[k].wj+tagMargin)
		k++
		for k < len(runs) && runs[k].wi-tagMargin <= b {
			b = min(len(toks), runs[k].wj+tagMargin)
			k++
		}
		if a == 0 && b == len(toks) {
			return x.tagger.Tag(toks)
		}
		copy(labels[a:b], x.tagger.Tag(toks[a:b]))
		// A window's first label continues nothing.
		if strings.HasPrefix(labels[a], "I-") {
			labels[a] = "B-" + labels[a][2:]
		}
	}
	return labels
}

// guessType types a capitalised run by its last word and its neighbours.
func (x *Extractor) guessType(ws []word, toks []string, i, j int, tagged bool) string {
	last := runHead(toks[i:j])
	// "the Al-Hawban checkpoint", "Nyinkuac village": a name before a noun of place.
	if j < len(ws) && placeNouns[toks[j]] {
		return "GPE"
	}
	if j-i == 1 && (i == 0 || !ws[i-1].cap && !ws[i-1].lower) && x.kb.Common(strings.ToLower(last)) {
		return "" // "Analysts said": a common word after a sentence break the segmenter missed
	}
	switch {
	case orgHeads[last]:
		return "ORG"
	case locHeads[last]:
		return "LOC"
	case facHeads[last]:
		return "FAC"
	}
	if tagged {
		// The tagger saw the run and found no name: only strong patterns remain.
		if j-i == 1 && j < len(ws) && saysVerbs[toks[j]] {
			return "PERSON"
		}
		if x.appositivePerson(toks, j) {
			return "PERSON"
		}
		return ""
	}
	if j-i >= 2 && j-i <= 4 {
		return "PERSON"
	}
	if j < len(ws) && saysVerbs[toks[j]] {
		return "PERSON"
	}
	if x.appositivePerson(toks, j) {
		return "PERSON"
	}
	return ""
}

// appositivePerson reports whether the words from j are an apposition naming a person's
// occupation: ", an expert on Russia", ", a senior analyst at".
func (x *Extractor) appositivePerson(toks []string, j int) bool {
	if j+2 >= len(toks) || toks[j] != "," {
		return false
	}
	switch toks[j+1] {
	case "a", "an", "the", "who":
	default:
		return false
	}
	if toks[j+1] == "who" {
		return true
	}
	return x.personNoun(toks[j+2:])
}

// personNoun reports whether the words start with a noun for a person ("expert on Russia",
// "senior analyst"), possibly after one adjective.
func (x *Extractor) personNoun(ts []string) bool {
	for k := 0; k < len(ts) && k < 3; k++ {
		if n, r := x.kb.MatchRole(ts, k); n > 0 && r != nil {
			return true
		}
		switch ts[k] {
		case "expert", "analyst", "activist", "resident", "witness", "student", "lawyer", "doctor",
			"founder", "co-founder", "cofounder", "owner", "veteran":
			return true
		}
		if kinNouns[ts[k]] {
			return true
		}
	}
	return false
}

// ids and entity records while resolving one document.
type resolver struct {
	gender   map[string]byte // what the document says of each person's gender
	sents    []doc.Span      // the spans cand.sent counts, read when a pronoun needs them
	x        *Extractor
	d        *doc.Document
	cs       []cand
	ents     map[string]*doc.Entity
	strongKB map[string]bool
}

// resolve decides the entity of every candidate, in text order.
func (x *Extractor) resolve(d *doc.Document, cs []cand) map[string]*doc.Entity {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	r := &resolver{x: x, d: d, cs: cs, strongKB: map[string]bool{}}
	// Weak names stand for their actor only when a strong name of it is in the document.
	for i, c := range cs {
		if c.kind != doc.MentionName {
			continue
		}
		switch {
		case c.actor != nil && !c.weak:
			r.strongKB[c.actor.Key] = true
		case c.actor != nil && c.actor.Type == "ORG" && (orgCue(d.Text, c.nameStart, c.end) || listedWithOrg(d.Text, cs, i)):
			r.strongKB[c.actor.Key] = true // "carmaker Ford", "Ford's stock", "Chrysler, Ford and GM"
		case c.actor == nil:
			if a := x.corporate(d.Text[c.nameStart:c.end]); a != nil {
				r.strongKB[a.Key] = true // "Ford Motors Co."
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.actor != nil && c.weak && !r.strongKB[c.actor.Key] {
			c.actor = nil
			c.typ = "PERSON"
		}
	}
	// Unknown names: one type per surface form (the most frequent), then surnames.
	// A name right after a noun of kinship ("their daughter, Gloria", "his wife Ana") is a
	// person wherever the document uses it, whatever the tagger said elsewhere.
	votes := map[string]map[string]int{}
	kin, org, place := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, c := range cs {
		if c.kind == doc.MentionName && c.actor == nil {
			k := d.Text[c.nameStart:c.end]
			if votes[k] == nil {
				votes[k] = map[string]int{}
			}
			votes[k][c.typ]++
			if kinBefore(d.Text, c.nameStart) {
				kin[k] = true
			}
			if orgCue(d.Text, c.nameStart, c.end) {
				org[k] = true
			}
			if placeCue(d.Text, c.nameStart, c.end) {
				place[k] = true
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.kind == doc.MentionName && c.actor == nil {
			if kin[d.Text[c.nameStart:c.end]] {
				c.typ = "PERSON"
				continue
			}
			if org[d.Text[c.nameStart:c.end]] {
				c.typ = "ORG"
				continue
			}
			v := votes[d.Text[c.nameStart:c.end]]
			best := c.typ
			for _, t := range []string{"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "WEAPON", "PRODUCT", "EVENT"} {
				if v[t] > v[best] {
					best = t
				}
			}
			// A name the text puts something in ("in Coron", "near Busuanga") is a place,
			// whatever the tagger read elsewhere: people are not what things are in.
			if best == "PERSON" && place[d.Text[c.nameStart:c.end]] {
				best = "GPE"
			}
			// A name read as a place where the text puts something at it ("at Johnson
			// Space Center") is that place as often as it is read as an organisation.
			if best == "ORG" && v["FAC"] == v["ORG"] {
				best = "FAC"
			}
			c.typ = best
		}
	}
	surnames, firsts := r.surnames()
	acronyms := r.acronyms()
	fullKB, others := r.namedInFull()
	for i := range cs {
		c := &cs[i]
		if c.kind != doc.MentionName {
			continue
		}
		name := d.Text[c.nameStart:c.end]
		// A known person named by surname alone is another person of that surname whom
		// the document names in full, when it never names the known one so: "Klitschko"
		// after "Wladimir Klitschko" is not Vitali.
		if c.actor != nil && c.actor.Type == "PERSON" && !c.titled && !fullKB[c.actor.Key] && !strings.Contains(name, " ") {
			if id := others[name]; id != "" {
				c.entity, c.actor, c.weak = id, nil, false
				continue
			}
		}
		// A place name that is the surname of a person the document names in full is that
		// person: "Paris" after "Valeska Paris".
		if c.actor != nil && (c.typ == "GPE" || c.typ == "LOC" || c.metonym) && !strings.Contains(name, " ") {
			if id := surnames[name]; id != "" {
				c.entity, c.typ, c.metonym = id, "PERSON", false
				c.actor = x.kb.Actor(strings.TrimPrefix(id, "kb:"))
				continue
			}
		}
		if c.actor != nil {
			c.entity = "kb:" + c.actor.Key
			continue
		}
		if !strings.Contains(name, " ") {
			// A title and a surname name the known person with that surname who holds or
			// held the title, even where the document names a namesake in full: "President
			// Clinton" is Bill after "Hillary Clinton".
			if c.titled && c.role != "" {
				if a := x.titleHolder(name, c.role); a != nil {
					c.actor, c.entity, c.typ = a, "kb:"+a.Key, "PERSON"
					continue
				}
			}
			// One word that is a named person's surname or first name is that person,
			// whatever type the tagger gave it ("Norton" after "Joshua Norton").
			if id := surnames[name]; id != "" {
				c.entity, c.typ = id, "PERSON"
				continue
			}
			if id := firsts[name]; id != "" && (c.typ == "PERSON" || c.tagged) {
				c.entity, c.typ = id, "PERSON"
				continue
			}
		}
		// Two words ending in the surname of a person the document names in full are a
		// relative of theirs, whatever the tagger made of them ("his wife Manju Sam" after
		// "Thomas Sam").
		if f := strings.Fields(name); c.typ != "PERSON" && c.tagged && len(f) == 2 && surnames[f[1]] != "" && surnames[f[1]] != slugID("PERSON", name) {
			if !orgHeads[f[0]] && !locHeads[f[0]] && !facHeads[f[0]] && !orgHeads[f[1]] && !locHeads[f[1]] && !facHeads[f[1]] && !notAgency[strings.ToLower(f[0])] {
				c.typ = "PERSON"
			}
		}
		if c.typ != "PERSON" && !strings.Contains(name, " ") {
			if o, ok := acronyms[name]; ok {
				c.entity, c.typ = o.id, o.typ
				continue
			}
		}
		// A name the tagger found whole that the knowledge base knows (in a title-case
		// headline, say, where names are not looked up): "U.S." in "Rules Face Key Test In
		// U.S. Court".
		if a := x.exactName(name); a != nil {
			c.actor, c.entity, c.typ = a, "kb:"+a.Key, a.Type
			continue
		}
		// "Apple Inc.", "General Motors Corporation": a company the knowledge base knows,
		// with its legal form.
		if a := x.corporate(name); a != nil {
			c.actor, c.entity, c.typ = a, "kb:"+a.Key, a.Type
			continue
		}
		// "the State of Texas", "the Kingdom of Bahrain": the state the knowledge base knows.
		for _, pre := range []string{"State of ", "Commonwealth of ", "Republic of ", "Kingdom of "} {
			if rest, ok := strings.CutPrefix(name, pre); ok && c.typ != "ORG" {
				if a := x.exactName(rest); a != nil && (a.Type == "GPE" || a.IsCountry()) {
					c.actor, c.entity, c.typ = a, "kb:"+a.Key, "GPE"
				}
			}
		}
		if c.actor != nil {
			continue
		}
		c.entity = slugID(c.typ, name)
	}
	r.shortMastheads()
	r.usStates()
	r.ents = map[string]*doc.Entity{}
	for i := range cs {
		c := &cs[i]
		if c.kind == doc.MentionName {
			r.note(c)
		}
	}
	r.genders()
	// Nominals, group nominals and pronouns, in text order.
	for i := range cs {
		c := &cs[i]
		if c.kind == doc.MentionName && c.typ == "NORP" && c.actor != nil && c.actor.IsCountry() && demonymAsPerson(d.Text, c.start, c.end) {
			// "the American" after "American Tony Thompson": the person of that country
			// the text named last.
			if id := r.personOf(i, c.actor.Key); id != "" {
				c.kind, c.typ, c.entity, c.actor = doc.MentionNominal, "PERSON", id, nil
				continue
			}
		}
		switch c.kind {
		case doc.MentionNominal:
			c.entity = r.nominal(i)
		case kindGroup:
			c.entity = r.group(i)
		case doc.MentionPronoun:
			c.entity = r.pronoun(i)
		}
		if c.entity != "" && c.kind != doc.MentionName {
			if e := r.ents[c.entity]; e != nil {
				c.typ = e.Type
				if c.kind == doc.MentionNominal && c.role != "" && !x.roleLabel(c.role) {
					addRole(e, c.role)
				}
			}
		}
	}
	return r.ents
}

// namedInFull returns the known people the document names in full or by a title, and, by
// surname, the people it names in full that the knowledge base does not know (a surname
// two of them share names neither).
func (r *resolver) namedInFull() (map[string]bool, map[string]string) {
	known, others := map[string]bool{}, map[string]string{}
	for _, c := range r.cs {
		if c.typ != "PERSON" || c.kind != doc.MentionName {
			continue
		}
		name := r.d.Text[c.nameStart:c.end]
		if c.actor != nil {
			if c.titled || strings.Contains(name, " ") {
				known[c.actor.Key] = true
			}
			continue
		}
		if sn := surnameOf(name); sn != "" {
			id := slugID("PERSON", name)
			if prev, ok := others[sn]; ok && prev != id {
				id = ""
			}
			others[sn] = id
		}
	}
	return known, others
}

// surnames maps the last word of every person the document names in full to that person's
// entity (the first such person in text order), and the first word of every unknown person
// to theirs (when no two people share it).
func (r *resolver) surnames() (map[string]string, map[string]string) {
	m := map[string]string{}
	first := map[string]string{}
	for _, c := range r.cs {
		if c.typ != "PERSON" || c.kind != doc.MentionName {
			continue
		}
		if c.actor != nil {
			for _, n := range append([]string{c.actor.Name}, c.actor.Aliases...) {
				if k := strings.LastIndexByte(n, ' '); k > 0 {
					if _, ok := m[n[k+1:]]; !ok {
						m[n[k+1:]] = "kb:" + c.actor.Key
					}
				}
			}
			// The first name of a known person the document names in full: "Hillary"
			// after "Hillary Clinton".
			if f := strings.Fields(c.actor.Name); len(f) > 1 && strings.Contains(r.d.Text[c.nameStart:c.end], " ") {
				id := "kb:" + c.actor.Key
				if _, ok := first[f[0]]; !ok {
					first[f[0]] = id
				} else if first[f[0]] != id {
					first[f[0]] = ""
				}
			}
			continue
		}
		name := r.d.Text[c.nameStart:c.end]
		if f := strings.Fields(name); len(f) > 1 {
			if sn := surnameOf(name); sn != "" {
				if _, ok := m[sn]; !ok {
					m[sn] = slugID("PERSON", name)
				}
			}
			if _, ok := first[f[0]]; !ok {
				first[f[0]] = slugID("PERSON", name)
			} else if first[f[0]] != slugID("PERSON", name) {
				first[f[0]] = "" // two people share the first name: it names neither
			}
		}
	}
	return m, first
}

// shortMastheads links an outlet's short name ("the Times", "the Post") to the one outlet
// of the document whose full name ends with it ("The New York Times"), not to the outlet the
// knowledge base knows by the short name alone (The Times of London).
func (r *resolver) shortMastheads() {
	full := map[string]string{}
	for _, c := range r.cs {
		if c.kind != doc.MentionName || c.typ != "ORG" || c.entity == "" {
			continue
		}
		f := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(r.d.Text[c.nameStart:c.end], "The "), "the "))
		if len(f) < 2 || !mastheads[f[len(f)-1]] {
			continue
		}
		last := f[len(f)-1]
		if id, ok := full[last]; ok && id != c.entity {
			full[last] = "" // two outlets end with it: the short name names neither
			continue
		}
		full[last] = c.entity
	}
	for i := range r.cs {
		c := &r.cs[i]
		if c.kind != doc.MentionName || c.actor == nil || c.actor.Sector != "MED" {
			continue
		}
		short := strings.TrimPrefix(strings.TrimPrefix(r.d.Text[c.nameStart:c.end], "The "), "the ")
		if id := full[short]; id != "" && id != c.entity {
			c.entity = id
			c.actor = r.x.kb.Actor(strings.TrimPrefix(id, "kb:"))
		}
	}
}

// corporateWords end a company's name without changing whom it names: its legal form
// ("Inc.", "Corporation", "SpA") and words such as "Group" and "Motor".
var corporateWords = func() map[string]bool {
	m := map[string]bool{
		"Corp": true, "Corporation": true, "Company": true, "Limited": true, "SA": true,
		"S.A.": true, "NV": true, "Group": true, "Holdings": true, "Holding": true,
		"Motor": true, "Motors": true, "Incorporated": true,
	}
	for w := range legalForms {
		m[w] = true
	}
	return m
}()

// corporateForms returns the shorter forms of a company's name, longest first, each one
// ending word fewer while the words dropped are corporateWords: "General Motors
// Corporation" gives "General Motors", "General"; "Apple, Inc." gives "Apple".
func corporateForms(name string) []string {
	var out []string
	for {
		k := strings.LastIndexByte(name, ' ')
		if k <= 0 || !corporateWords[name[k+1:]] {
			return out
		}
		name = strings.TrimRight(name[:k], ", &")
		out = append(out, name)
	}
}

// corporate returns the company of the knowledge base that a longer form of its name
// names: "Apple Inc." is Apple, "General Motors Corporation" General Motors.
func (x *Extractor) corporate(name string) *kb.Actor {
	for _, f := range corporateForms(name) {
		// A weak name is the company here: the legal form says so ("Ford Motors Co.").
		if a, _ := x.exactNameWeak(f); a != nil {
			if a.Type == "ORG" {
				return a
			}
			return nil
		}
	}
	return nil
}

// namesakeStates maps countries to the US states that share their name.
var namesakeStates = map[string]string{"GEO": "sub-us-ga"}

// usStates reads a country that shares its name with a US state ("Georgia") as the state in
// a document that names US states ("Atlanta, Georgia", "Arizona") or the US parties and
// nothing of the country: no place of it, no person or group tied to it, no demonym.
func (r *resolver) usStates() {
	us, foreign := map[string]bool{}, map[string]bool{}
	for _, c := range r.cs {
		a := c.actor
		if a == nil {
			continue
		}
		switch {
		case namesakeStates[a.Key] != "" && (c.typ == "NORP" || c.kind != doc.MentionName || c.metonym):
			foreign[a.Key] = true // "Georgian", "the Georgian president", "Tbilisi said"
		case namesakeStates[a.Country] != "" && a.Key != a.Country:
			foreign[a.Country] = true // a Georgian official
		case namesakeStates[a.For] != "" && a.Key != a.For:
			foreign[a.For] = true // Tbilisi
		case a.Country == "USA" && (strings.HasPrefix(a.Key, "sub-us-") || a.Key == "us-republicans" || a.Key == "us-democrats"):
			us[a.Key] = true
		}
	}
	state := func(a *kb.Actor) *kb.Actor {
		key := namesakeStates[a.Key]
		if key == "" || foreign[a.Key] || len(us) == 0 {
			return nil
		}
		return r.x.kb.Actor(key)
	}
	for i := range r.cs {
		c := &r.cs[i]
		if c.prefix != nil && c.country == c.prefix.Key {
			// "Georgia Governor Brian Kemp": an American official.
			if st := state(c.prefix); st != nil {
				c.prefix, c.country = st, st.Country
			}
		}
		if c.actor == nil || c.kind != doc.MentionName || c.typ != "GPE" {
			continue
		}
		if st := state(c.actor); st != nil {
			c.actor, c.entity = st, "kb:"+st.Key
		}
	}
}

// exactName returns the knowledge-base actor a whole name is a strong name of, if there is
// one and it is no seat of power (whose reading depends on the words around it).
func (x *Extractor) exactName(name string) *kb.Actor {
	if a, weak := x.exactNameWeak(name); !weak {
		return a
	}
	return nil
}

// exactNameWeak is exactName with weak names too, and says whether the name was weak.
func (x *Extractor) exactNameWeak(name string) (*kb.Actor, bool) {
	toks := kbSplit(name)
	n, names := x.kb.MatchName(toks, 0)
	if n != len(toks) {
		return nil, false
	}
	a, weak := pick(names)
	if a.For != "" {
		return nil, false
	}
	return a, weak
}

type acronymOf struct{ id, typ string }

// acronyms maps the acronyms the document defines, "Union of Rationalist Atheists and
// Agnostics (UAAR)", to the entity of the full name, so that "UAAR" alone is the same actor.
func (r *resolver) acronyms() map[string]acronymOf {
	m := map[string]acronymOf{}
	for _, c := range r.cs {
		if c.kind != doc.MentionName || c.typ == "PERSON" || c.typ == "NORP" {
			continue
		}
		name := r.d.Text[c.nameStart:c.end]
		if !strings.Contains(name, " ") {
			continue
		}
		rest := strings.TrimLeft(r.d.Text[c.end:], " ")
		if !strings.HasPrefix(rest, "(") {
			continue
		}
		k := strings.IndexByte(rest, ')')
		if k < 0 || k > 12 {
			continue
		}
		acr := strings.TrimSpace(rest[1:k])
		if len(acr) < 2 || !isUpperWord(acr) || !initialsOf(name, acr) {
			continue
		}
		if _, ok := m[acr]; ok {
			continue
		}
		id := slugID(c.typ, name)
		if c.actor != nil {
			id = "kb:" + c.actor.Key
		}
		m[acr] = acronymOf{id, c.typ}
	}
	return m
}

// initialsOf reports whether acr's letters start words of name, in order: "UAAR" for
// "Union of Rationalist Atheists and Agnostics".
func initialsOf(name, acr string) bool {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	match := func(capsOnly bool) bool {
		j := 0
		for _, w := range words {
			if len(w) == 0 || capsOnly && !(w[0] >= 'A' && w[0] <= 'Z') {
				continue
			}
			if j < len(acr) && strings.EqualFold(w[:1], acr[j:j+1]) {
				j++
			}
		}
		return j == len(acr)
	}
	if match(true) || match(false) {
		return true
	}
	// Letters taken from inside the words, as airlines do: "SIA" of "Singapore Airlines".
	// The first letter opens the name; the others follow in order anywhere in it.
	if len(words) < 2 || acr == "" || !strings.EqualFold(words[0][:1], acr[:1]) {
		return false
	}
	rest, low := strings.ToLower(strings.Join(words, "")), strings.ToLower(acr)
	j := 0
	for i := 0; i < len(rest) && j < len(low); i++ {
		if rest[i] == low[j] {
			j++
		}
	}
	return j == len(low)
}

// note records what a name mention says about its entity.
func (r *resolver) note(c *cand) {
	e := r.ents[c.entity]
	if e == nil {
		e = &doc.Entity{ID: c.entity, Type: c.typ}
		if c.actor != nil {
			a := c.actor
			e.Name, e.Type, e.Country, e.Sector, e.KB = a.Name, a.Type, a.Country, a.Sector, a.Key
			for _, ro := range a.Roles {
				addRole(e, ro)
			}
		} else {
			e.Name = r.d.Text[c.nameStart:c.end]
		}
		r.ents[c.entity] = e
	}
	if c.actor == nil {
		if name := r.d.Text[c.nameStart:c.end]; len(name) > len(e.Name) && c.typ == e.Type {
			e.Name = name
		}
	}
	if c.country != "" && e.Country == "" {
		e.Country = c.country
	}
	if c.role != "" && c.kind == doc.MentionName && !r.x.roleLabel(c.role) {
		addRole(e, c.role)
		if e.Sector == "" {
			if ro := r.x.kb.Role(c.role); ro != nil {
				e.Sector = ro.Sector
			}
		}
	}
}

func (x *Extractor) roleLabel(name string) bool {
	ro := x.kb.Role(name)
	return ro != nil && (ro.Label || ro.Generic)
}

func addRole(e *doc.Entity, role string) {
	for _, r := range e.Roles {
		if r == role {
			return
		}
	}
	e.Roles = append(e.Roles, role)
}

// fits reports whether entity e can be named by role r of country c.
func (r *resolver) fits(e *doc.Entity, role *kb.Role, country string) bool {
	if e == nil || e.Type != "PERSON" {
		return false
	}
	if country != "" && e.Country != country {
		return false
	}
	for _, h := range e.Roles {
		if h == role.Name || r.x.kb.RoleMatches(role, h) {
			return true
		}
	}
	return false
}

// nominal resolves "the Russian president" to the person it stands for: the nearest earlier
// person of that country holding a matching role, else a later one, else the only office
// holder the knowledge base knows.
func (r *resolver) nominal(i int) string {
	c := r.cs[i]
	role := r.x.kb.Role(c.role)
	if role == nil {
		return ""
	}
	// An apposition names the same person: "Jeff Rathke, the State Department
	// spokesperson", "the Russian president, Vladimir Putin,".
	if i > 0 {
		if p := r.cs[i-1]; p.kind == doc.MentionName && p.typ == "PERSON" && p.entity != "" && appositive(r.d.Text, p.end, c.start) {
			return p.entity
		}
	}
	if i+1 < len(r.cs) {
		if n := r.cs[i+1]; n.kind == doc.MentionName && n.typ == "PERSON" && n.entity != "" && appositive(r.d.Text, c.end, n.start) {
			return n.entity
		}
	}
	if c.indef {
		return ""
	}
	for j := i - 1; j >= 0; j-- {
		if o := r.cs[j]; o.entity != "" && r.fits(r.ents[o.entity], role, c.country) {
			return o.entity
		}
	}
	for j := i + 1; j < len(r.cs); j++ {
		if o := r.cs[j]; o.kind == doc.MentionName && o.entity != "" && r.fits(r.ents[o.entity], role, c.country) {
			return o.entity
		}
	}
	if c.country == "" {
		return ""
	}
	// The one person the document has named in that office without saying of which
	// country ("President Tomás Ibarra ... the Chilean leader") is that country's, before
	// any office holder the knowledge base lists.
	only := ""
	for j := range i {
		o := r.cs[j]
		if o.kind != doc.MentionName || o.entity == "" || o.entity == only {
			continue
		}
		if e := r.ents[o.entity]; e != nil && e.Country == "" && r.fits(e, role, "") {
			if only != "" {
				only = ""
				break
			}
			only = o.entity
		}
	}
	if only != "" {
		r.ents[only].Country = c.country
		return only
	}
	var exact, class []*kb.Actor
	for _, a := range r.x.kb.Actors() {
		if a.Type != "PERSON" || a.Country != c.country {
			continue
		}
		for _, h := range a.Roles {
			if h == role.Name {
				exact = append(exact, a)
				break
			}
			if r.x.kb.RoleMatches(role, h) {
				class = append(class, a)
				break
			}
		}
	}
	var a *kb.Actor
	switch {
	case len(exact) == 1:
		a = exact[0]
	case len(exact) == 0 && len(class) == 1:
		a = class[0]
	case len(exact) == 0 && len(class) > 1 && role.Class == "head":
		// "the leader of the United States": the head of state before the head of government.
		for _, o := range class {
			if len(o.Roles) > 0 && (o.Roles[0] == "president" || o.Roles[0] == "supreme leader" || o.Roles[0] == "king") {
				if a == nil || o.Roles[0] == "supreme leader" {
					a = o
				}
			}
		}
	}
	if a == nil {
		return ""
	}
	id := "kb:" + a.Key
	if r.ents[id] == nil {
		nc := cand{actor: a, entity: id, typ: a.Type, kind: doc.MentionName}
		r.note(&nc)
	}
	return id
}

// appositive reports whether only a comma separates two mentions.
func appositive(text string, a, b int) bool {
	return a <= b && strings.TrimSpace(text[a:b]) == ","
}

// group resolves "the militants" to the armed group named in this or the three sentences
// before, and "the bloc", "the ministry" to the organisation of that kind named there.
func (r *resolver) group(i int) string {
	c := r.cs[i]
	if c.role != "" {
		// An organisation whose name holds the noun ("the force" for "... Security Force
		// for Abyei") before one of the right kind.
		head := strings.ToUpper(c.role[:1]) + c.role[1:]
		for j := i - 1; j >= 0 && r.cs[j].sent >= c.sent-3; j-- {
			if o := r.cs[j]; o.entity != "" && o.typ == "ORG" && o.kind == doc.MentionName && strings.Contains(r.d.Text[o.nameStart:o.end], head) {
				return o.entity
			}
		}
	}
	best, bestN := "", 0
	for j := i - 1; j >= 0; j-- {
		o := r.cs[j]
		if o.sent < c.sent-3 {
			break
		}
		if o.entity == "" || o.typ != "ORG" || o.metonym || o.kind != doc.MentionName {
			continue
		}
		if c.role == "company" {
			// "the company" is the one the text is about, of those named lately: the most
			// mentioned so far, the nearest of equals ("Apple ... Cisco's trademark ...
			// the company" is Apple).
			if orgFits(c.role, o.actor, r.d.Text[o.nameStart:o.end]) {
				if n := r.salience(o.entity, i); n > bestN {
					best, bestN = o.entity, n
				}
			}
			continue
		}
		if c.role != "" {
			if orgFits(c.role, o.actor, r.d.Text[o.nameStart:o.end]) {
				return o.entity
			}
			continue
		}
		if o.actor != nil && (o.actor.Sector == "REB" || o.actor.Sector == "INS") {
			return o.entity
		}
	}
	return best
}

// pronoun resolves he/she/his/her to a person: the nearest person named earlier in the same
// sentence, else the first person of the sentence before (its likely subject). Pronouns inside quotation marks
// are left alone: the quoted speaker's "he" is not the outlet's.
func (r *resolver) pronoun(i int) string {
	c := r.cs[i]
	if r.quoted(c) {
		return ""
	}
	if c.typ == "ORG" {
		return r.plural(i)
	}
	// A person of the other gender is no antecedent: "she" after "Anna Berg met Omar Dahl"
	// is Berg.
	g := pronounGender(c.role)
	fits := func(o cand) bool {
		if o.typ != "PERSON" || o.entity == "" {
			return false
		}
		og := r.gender[o.entity]
		return g == genderUnknown || og == genderUnknown || og == g
	}
	found := ""
	if r.fronted(c) {
		// "After Bedřich Smetana, he was the next Czech composer": a subject pronoun after
		// a fronted phrase is the person the text is about (mentioned most so far), not
		// the one the phrase names.
		bestN := 0
		for j := i - 1; j >= 0 && r.cs[j].sent >= c.sent-3; j-- {
			if o := r.cs[j]; fits(o) {
				if n := r.salience(o.entity, i); n > bestN || n == bestN && o.sent < c.sent {
					found, bestN = o.entity, n
				}
			}
		}
	}
	// In the pronoun's sentence, the nearest person known to be of its gender, else the
	// nearest person who may be: "Lohan checked into Morningside Recovery, her father
	// said" is Lohan, whatever the name of the clinic was read as.
	if g != genderUnknown {
		for j := i - 1; found == "" && j >= 0 && r.cs[j].sent == c.sent; j-- {
			if o := r.cs[j]; fits(o) && r.gender[o.entity] == g && !r.subjectOf(o, c) {
				found = o.entity
			}
		}
	}
	for j := i - 1; found == "" && j >= 0 && r.cs[j].sent == c.sent; j-- {
		if o := r.cs[j]; fits(o) && !r.subjectOf(o, c) {
			found = o.entity
			break
		}
	}
	if found == "" {
		// Of the people the previous sentence names, the most salient so far (mentioned
		// most often), the first named on a tie.
		bestN := 0
		for j := i - 1; j >= 0 && r.cs[j].sent >= c.sent-1; j-- {
			if o := r.cs[j]; o.sent == c.sent-1 && fits(o) {
				if n := r.salience(o.entity, i); n >= bestN {
					found, bestN = o.entity, n
				}
			}
		}
	}
	if found != "" && g != genderUnknown && r.gender[found] == genderUnknown {
		r.gender[found] = g // "he" said it: later pronouns agree
	}
	return found
}

// subjectOf reports whether o is the subject of the verb whose object is pronoun c, so that
// c cannot be o (that would be "himself"): "John Cam Hobhouse, who initiated him", "Ross
// told her".
func (r *resolver) subjectOf(o, c cand) bool {
	if c.role != "him" && c.role != "her" && c.role != "them" || o.end > c.start {
		return false
	}
	between := strings.TrimSpace(r.d.Text[o.end:c.start])
	between = strings.TrimPrefix(strings.TrimPrefix(between, ","), " who")
	f := strings.Fields(between)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	for _, w := range f {
		if strings.ContainsAny(w, ",.;:()\"“”") || function[strings.ToLower(w)] {
			return false // "Smith and him", "Smith, to him"
		}
	}
	return true
}

// frontWords open a phrase fronted before a sentence's subject: "After Smetana, he ...".
var frontWords = map[string]bool{
	"After": true, "Before": true, "With": true, "Under": true, "Placed": true,
	"Despite": true, "Like": true, "Unlike": true, "Following": true, "According": true,
	"Upon": true, "During": true, "Having": true, "Along": true, "Alongside": true,
	"Besides": true, "Thanks": true, "Together": true,
}

// fronted reports whether pronoun c is "he" or "she" right after a comma that ends a phrase
// fronted before the sentence's subject.
func (r *resolver) fronted(c cand) bool {
	if c.role != "he" && c.role != "she" {
		return false
	}
	if r.sents == nil {
		r.sents = sentences(r.d)
	}
	if c.sent >= len(r.sents) {
		return false
	}
	before := strings.TrimRight(r.d.Text[r.sents[c.sent].Start:c.start], " ")
	if !strings.HasSuffix(before, ",") || strings.Count(before, ",") != 1 {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimLeft(before, " \"“'("), " ")
	return frontWords[first]
}

// plural resolves they/them/their to a group named in plural or an armed group, in the same
// sentence before it or in the sentence before ("The Houthis ... saying they support"); "they"
// more often stands for people no list knows ("analysts"), so nothing else is taken.
func (r *resolver) plural(i int) string {
	c := r.cs[i]
	for j := i - 1; j >= 0 && r.cs[j].sent >= c.sent-1; j-- {
		o := r.cs[j]
		if o.entity == "" || o.kind == doc.MentionPronoun {
			continue
		}
		if o.typ == "PERSON" {
			return "" // a person in between: "they" is likely people
		}
		if o.typ != "ORG" || o.metonym {
			continue
		}
		text := r.d.Text[o.nameStart:o.end]
		if o.actor != nil && (o.actor.Sector == "REB" || o.actor.Sector == "INS") || o.kind == kindGroup || strings.HasSuffix(text, "s") && !strings.HasSuffix(text, "ss") && o.actor != nil && o.actor.Sector == "PTY" {
			return o.entity
		}
	}
	return ""
}

// salience counts the mentions of entity id before candidate i.
func (r *resolver) salience(id string, i int) int {
	n := 0
	for j := 0; j < i; j++ {
		if r.cs[j].entity == id {
			n++
		}
	}
	return n
}

// quoted reports whether c lies inside a quotation opened earlier in its sentence.
func (r *resolver) quoted(c cand) bool {
	sents := r.d.Sentences
	start := 0
	if c.sent < len(sents) {
		start = sents[c.sent].Start
	} else {
		start = max(0, strings.LastIndexByte(r.d.Text[:c.start], '\n')+1)
	}
	n := 0
	open := false
	for _, ch := range r.d.Text[start:c.start] {
		switch ch {
		case '"':
			n++
		case '“':
			open = true
		case '”':
			open = false
		}
	}
	return open || n%2 == 1
}

// slugID is the id of an entity the knowledge base does not know: its type and its name in
// lower case, words joined by hyphens.
func slugID(typ, name string) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(typ))
	b.WriteByte(':')
	dash := false
	n := 0
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && n > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			n++
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
