package entity

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/doc"
)

// What the words around a name say of it: kinship, a kind of organisation, a place, a
// person's surname or nationality.

// kinNouns name a relative or companion: the name after one is a person's.
var kinNouns = map[string]bool{
	"child": true, "son": true, "daughter": true, "wife": true, "husband": true, "mother": true,
	"father": true, "brother": true, "sister": true, "baby": true, "girl": true, "boy": true,
	"girlfriend": true, "boyfriend": true, "widow": true, "widower": true, "niece": true,
	"nephew": true, "cousin": true, "grandson": true, "granddaughter": true, "grandmother": true,
	"grandfather": true, "uncle": true, "aunt": true, "stepson": true, "stepdaughter": true,
	"fiancee": true, "fiance": true, "fiancée": true, "fiancé": true, "spouse": true,
}

// kinBefore reports whether the word before offset i (past one comma) is a noun of kinship.
func kinBefore(text string, i int) bool { return kinNouns[wordBefore(text, i)] }

// wordBefore returns the lower-case word right before offset i, past one comma, or "".
func wordBefore(text string, i int) string {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j > 0 && text[j-1] == ',' {
		j--
		for j > 0 && text[j-1] == ' ' {
			j--
		}
	}
	k := j
	for k > 0 && (text[k-1] >= 'a' && text[k-1] <= 'z' || text[k-1] >= 0x80) {
		k--
	}
	if k == j || k > 0 && text[k-1] != ' ' && text[k-1] != '-' && text[k-1] != '\n' {
		return ""
	}
	return text[k:j]
}

// orgKinds are lower-case nouns for kinds of organisation. A name right after one ("German
// airline Lufthansa", "engine maker Europrop", "Irish airline, Ryanair") or given one in
// apposition ("Ryanair, the Irish carrier") names an organisation. Nouns that also name a
// person's trade ("developer", "publisher", "producer") are left out.
var orgKinds = map[string]bool{
	"airline": true, "carrier": true, "company": true, "firm": true, "manufacturer": true,
	"airframer": true, "bank": true, "lender": true, "insurer": true, "retailer": true,
	"broadcaster": true, "newspaper": true, "magazine": true, "tabloid": true, "agency": true,
	"consortium": true, "conglomerate": true, "giant": true, "startup": true, "start-up": true,
	"chain": true, "brand": true, "organisation": true, "organization": true, "charity": true,
	"subsidiary": true, "corporation": true, "multinational": true, "supermarket": true,
	"outlet": true, "daily": true, "weekly": true, "website": true, "network": true,
	"maker": true, "blog": true, "exchange": true,
}

// orgNoun reports whether w is a noun for a kind of organisation: one of orgKinds or a
// "-maker" ("automaker", "chipmaker", "planemaker").
func orgNoun(w string) bool {
	return orgKinds[w] || len(w) > 7 && strings.HasSuffix(w, "maker")
}

// orgCue reports whether the words around a name at text[a:b] say it names an
// organisation: an organisation's noun right before it ("carrier Aeroflot", "airline,
// Ryanair") or right after it ("the Hells Angels biker gang"), what companies have ("Ford's
// stock"), "its" after a verb of saying ("Ford said that its sales ..."), or an apposition
// ending in an organisation's noun ("Airbus, Europe's biggest aircraft manufacturer",
// "Ryanair, the Irish carrier,"). A name opening with a given name is a person's.
func orgCue(text string, a, b int) bool {
	if f := strings.Fields(text[a:b]); len(f) > 1 && givenNames[f[0]] != 0 {
		return false // "the company, Mark Chandler": a person
	}
	if w := wordBefore(text, a); orgNoun(w) {
		// "counsel of the company, Mark Chandler": the name is in apposition to the
		// noun phrase after "of", not to the noun.
		k := strings.LastIndex(text[:a], w)
		return !strings.HasSuffix(strings.TrimRight(text[:k], " "), " of the") && !strings.HasSuffix(strings.TrimRight(text[:k], " "), " of")
	}
	rest := text[b:min(len(text), b+120)]
	if f := strings.Fields(rest); len(f) >= 1 && groupAfter(f) {
		return true // "the Hells Angels biker gang"
	}
	if p, ok := strings.CutPrefix(rest, "'s "); ok || strings.HasPrefix(rest, "’s ") {
		// "Ford's stock", "Ryanair's chief executive".
		if !ok {
			p = rest[len("’s "):]
		}
		f := strings.Fields(p)
		return len(f) > 0 && companyThings[strings.TrimRight(f[0], ",.;:")]
	}
	if f := strings.Fields(rest); len(f) >= 2 && sayVerbs[f[0]] {
		// "Ford said that its sales ...": a person would be "his" or "her".
		k := 1
		if f[k] == "that" && len(f) > 2 {
			k++
		}
		return f[k] == "its"
	}
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	ws := strings.Fields(rest[2:])
	for k := 0; k < len(ws) && k < 6; k++ {
		w := strings.TrimRight(ws[k], ",.;:")
		if k == 0 {
			switch {
			case w == "the" || w == "a" || w == "an" || w == "its":
				continue
			case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
				continue // "Europe's biggest ..."
			}
			return false
		}
		if orgNoun(w) {
			// The noun must end the phrase: "a bank employee" is a person.
			return w != ws[k] || k+1 == len(ws) || apposEnd[ws[k+1]]
		}
		if w != ws[k] || w == "of" || w == "who" {
			return false
		}
	}
	return false
}

// placeCue reports whether a name at text[a:b] follows a preposition of place ("in",
// "near", "outside") and is no possessive: "in Coron", not "in Smith's view".
func placeCue(text string, a, b int) bool {
	if after := strings.TrimLeft(text[b:], " "); strings.HasPrefix(after, "'") || strings.HasPrefix(after, "’") {
		return false // "in Smith's view", "in Steve Jobs' place"
	}
	if f := strings.Fields(text[a:b]); len(f) > 1 && givenNames[f[0]] != 0 {
		return false // a person's name
	}
	switch wordBefore(text, a) {
	case "in", "near", "outside", "throughout", "across":
		// Only right before the name: "in Coron", not "in, Smith said".
		return a > 0 && text[a-1] == ' ' && a > 1 && text[a-2] != ','
	}
	return false
}

// listedWithOrg reports whether the name cs[i] stands in a list next to an organisation's
// name: "Chrysler, Ford, and General Motors".
func listedWithOrg(text string, cs []cand, i int) bool {
	sep := func(s string) bool {
		switch strings.TrimSpace(s) {
		case ",", "and", ", and", "or", ", or", "&":
			return true
		}
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(cs) || cs[j].kind != doc.MentionName || cs[j].typ != "ORG" || cs[j].weak {
			continue
		}
		a, b := cs[j], cs[i]
		if j > i {
			a, b = b, a
		}
		if a.end <= b.start && sep(text[a.end:b.start]) {
			return true
		}
	}
	return false
}

// groupKinds are nouns for organised groups that may follow a group's name: "the Hells
// Angels biker gang", "the Sinaloa cartel".
var groupKinds = map[string]bool{
	"gang": true, "cartel": true, "militia": true, "movement": true, "party": true,
	"group": true, "band": true, "syndicate": true, "faction": true, "coalition": true,
}

// groupAfter reports whether the words after a name, one lower-case modifier at most, end in
// a noun for a group or a kind of organisation: "biker gang", "airline".
func groupAfter(f []string) bool {
	for k := 0; k < len(f) && k < 2; k++ {
		w := strings.TrimRight(f[k], ",.;:")
		if strings.ToLower(w) != w || !isLowerWord(w) || strings.ContainsAny(w, "-'’") {
			return false // "Costner's band", "a Chechen rebel-linked website"
		}
		if groupKinds[w] || orgKinds[w] {
			return k+1 == len(f) || w != f[k] || !isLowerWord(f[k+1])
		}
		if w != f[k] {
			return false
		}
	}
	return false
}

// isLowerWord reports whether w starts with a lower-case letter.
func isLowerWord(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsLower(r[0])
}

// companyThings are what a company has and a person rarely does: "Ford's stock".
var companyThings = map[string]bool{
	"shares": true, "stock": true, "shareholders": true, "CEO": true, "board": true,
	"subsidiary": true, "subsidiaries": true, "headquarters": true, "profit": true,
	"profits": true, "revenue": true, "revenues": true, "workforce": true, "earnings": true,
	"factory": true, "factories": true, "plants": true, "fleet": true, "dealerships": true,
	"customers": true, "chairman": true, "vehicles": true, "cars": true, "models": true,
	"products": true, "manufacturing": true, "stores": true, "brands": true,
	"employees": true, "executives": true, "plant": true, "dealers": true,
}

// sayVerbs are the verbs of saying after which "its" shows the speaker is no person.
var sayVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "reported": true, "added": true,
	"stated": true, "confirmed": true, "denied": true, "expects": true,
}

// apposEnd are words that end an apposition's noun phrase: "the carrier based in Dublin".
var apposEnd = map[string]bool{
	"that": true, "which": true, "based": true, "in": true, "with": true, "whose": true,
	"from": true, "for": true, "and": true, "owned": true, "headquartered": true, "known": true,
}

// nameSuffixes follow a surname: "Joseph Comeaux Jr".
var nameSuffixes = map[string]bool{"Jr": true, "Jr.": true, "Sr": true, "Sr.": true, "II": true, "III": true, "IV": true}

// surnameOf returns the last word of a name of two words or more, past a suffix ("Comeaux"
// of "Joseph Comeaux Jr"), or "".
func surnameOf(name string) string {
	f := strings.Fields(strings.ReplaceAll(name, ",", " "))
	for len(f) > 2 && nameSuffixes[f[len(f)-1]] {
		f = f[:len(f)-1]
	}
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}

// demonymAsPerson reports whether a demonym at text[a:b] is a noun for one person: "the"
// before it, and after it a full stop, a comma, a possessive or a verb ("the American
// was knocked down"), not a noun it qualifies ("the American team").
func demonymAsPerson(text string, a, b int) bool {
	// "the American", "the 40-year-old American", "the veteran American".
	before := strings.Fields(text[max(0, a-60):a])
	k := len(before) - 1
	for n := 0; k >= 0 && n < 6 && before[k] != "the" && before[k] != "The"; n, k = n+1, k-1 {
		if strings.ToLower(before[k]) != before[k] {
			return false
		}
	}
	if k < 0 || before[k] != "the" && before[k] != "The" {
		return false
	}
	for _, suf := range []string{"s", "ch", "sh", "ese"} {
		if strings.HasSuffix(text[a:b], suf) {
			return false // "the Americans", "the Dutch", "the Chinese": a people
		}
	}
	rest := strings.TrimLeft(text[b:], " ")
	if rest == "" || strings.IndexAny(rest[:1], ".,;:!?)'’") == 0 {
		return true
	}
	f := strings.Fields(rest)
	switch f[0] {
	case "was", "is", "has", "had", "said", "says", "will", "would", "could", "did", "who",
		"added", "told", "won", "lost", "became", "remains", "remained", "later", "then",
		"never", "also", "finally", "still", "only":
		return true
	}
	return false
}

// personOf returns the entity of the person of country iso named last before candidate i,
// within the three sentences before it; else the person named last in its sentence or the
// one before, if the text gives no other country for them; else "".
func (r *resolver) personOf(i int, iso string) string {
	if id := r.personOfCountry(i, iso); id != "" {
		return id
	}
	for j := i - 1; j >= 0 && r.cs[j].sent >= r.cs[i].sent-1; j-- {
		o := r.cs[j]
		if o.typ != "PERSON" || o.entity == "" || o.kind != doc.MentionName {
			continue
		}
		if e := r.ents[o.entity]; o.country == "" && (o.actor == nil || o.actor.Country == "") && (e == nil || e.Country == "") {
			return o.entity
		}
		return ""
	}
	return ""
}

func (r *resolver) personOfCountry(i int, iso string) string {
	for j := i - 1; j >= 0 && r.cs[j].sent >= r.cs[i].sent-3; j-- {
		o := r.cs[j]
		if o.typ != "PERSON" || o.entity == "" || o.kind != doc.MentionName {
			continue
		}
		if o.country == iso || o.actor != nil && o.actor.Country == iso {
			return o.entity
		}
		if e := r.ents[o.entity]; e != nil && e.Country == iso {
			return o.entity
		}
		// "American Tony Thompson", "American boxer Tony Thompson".
		if j > 0 {
			if p := r.cs[j-1]; p.typ == "NORP" && p.actor != nil && p.actor.Key == iso && p.end <= o.start && lowerWords(r.d.Text[p.end:o.start]) {
				return o.entity
			}
		}
	}
	return ""
}

// lowerWords reports whether s holds only spaces and lower-case words, three at most.
func lowerWords(s string) bool {
	f := strings.Fields(s)
	for _, w := range f {
		if strings.ToLower(w) != w || !unicode.IsLetter([]rune(w)[0]) {
			return false
		}
	}
	return len(f) <= 3
}
