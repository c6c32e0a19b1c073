package entity

import (
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/kb"
)

// honorifics may stand between a title and a name: "Foreign Minister Seyed Abbas Araghchi".
var honorifics = map[string]bool{
	"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Dr": true,
	"Dr.": true, "Seyed": true, "Seyyed": true, "Sayyid": true, "Sheikh": true, "Sir": true,
	"Dame": true, "Lord": true, "Lady": true, "Hojatoleslam": true, "Mullah": true,
}

// ambiguousRoles are role words that, lower case and followed by a lower-case word, are
// rarely someone: "the general public", "the head office".
var ambiguousRoles = map[string]bool{
	"general": true, "head": true, "chair": true, "justice": true, "speaker": true,
	"representative": true, "official": true, "secretary": true, "director": true,
	"founder": true, "governor": true, "editor": true, "prince": true, "king": true,
	"queen": true, "leader": true, "expert": true, "professor": true, "scientist": true,
}

// prefix matches what may precede a role: a demonym ("Russian"), a country or organisation
// name, possibly possessive ("Russia's", "Kremlin", "Hamas"). It returns the words matched
// and the actor (a country for a demonym).
func (x *Extractor) prefix(ws []word, toks []string, i int) (int, *kb.Actor) {
	if i >= len(ws) || !ws[i].cap {
		return 0, nil
	}
	n, names := x.kb.MatchName(toks, i)
	dn, iso := x.kb.MatchDemonym(toks, i)
	if dn > n {
		return dn, x.kb.Country(iso)
	}
	if n == 0 {
		return 0, nil
	}
	a, _ := pick(names)
	if a.Type == "PERSON" || a.Type == "WEAPON" {
		return 0, nil
	}
	if a.For != "" {
		if t := x.kb.Actor(a.For); t != nil {
			a = t
		}
	}
	if i+n < len(ws) && (toks[i+n] == "'s") {
		n++
	}
	return n, a
}

// isDemonym reports whether the n words at i are a demonym rather than a name.
func (x *Extractor) isDemonym(toks []string, i, n int) bool {
	dn, _ := x.kb.MatchDemonym(toks, i)
	nn, _ := x.kb.MatchName(toks, i)
	if dn > 0 && dn == nn && strings.Contains(toks[i+nn-1], ".") {
		return false // "U.S.", "U.K.": abbreviated names used as modifiers are names
	}
	return dn > 0 && dn >= nn
}

// titled matches a title and a name: "Russian President Vladimir Putin", "Dictator Putin",
// "Kremlin spokesman Dmitry Peskov", "Iranian Foreign Minister Seyed Abbas Araghchi".
func (x *Extractor) titled(ws []word, toks []string, i int) (cand, int) {
	j := i
	pn, pa := x.prefix(ws, toks, j)
	j += pn
	if j < len(ws) && (toks[j] == "former" || toks[j] == "Former" || toks[j] == "then" || toks[j] == "acting" || toks[j] == "Acting") {
		j++
	}
	// "Deputy Governor", "Vice Admiral": the office is the role after the modifier.
	if j+1 < len(ws) && (toks[j] == "Deputy" || toks[j] == "deputy" || toks[j] == "Vice" || toks[j] == "Interim" || toks[j] == "interim") {
		if n, _ := x.kb.MatchRole(toks, j); n == 0 {
			if n, _ := x.kb.MatchRole(toks, j+1); n > 0 {
				j++
			}
		}
	}
	if j >= len(ws) {
		return cand{}, 0
	}
	rn, role := x.kb.MatchRole(toks, j)
	if rn == 0 && !(honorifics[toks[j]] && ws[j].cap) {
		return cand{}, 0
	}
	roleCap := ws[j].cap
	if ws[j].initial && pn == 0 && !roleCap {
		return cand{}, 0
	}
	k := j + rn
	// "Governor of Taiz Abdulkarim Saleh": the place or body the office belongs to.
	var of *kb.Actor
	ofWi, ofN := 0, 0
	if k+2 < len(ws) && toks[k] == "of" && ws[k+1].cap {
		m := k + 1
		if on, names := x.kb.MatchName(toks, m); on > 0 && m+on < len(ws) && ws[m+on].cap {
			a, _ := pick(names)
			if a.Type != "PERSON" {
				of, k, ofWi, ofN = a, m+on, m, on
			}
		} else if on == 0 && capRun(ws, m+1) >= 2 && capRun(ws, m) == capRun(ws, m+1)+1 {
			k, ofWi, ofN = m+1, m, 1 // "Governor of Ruritania Anton Valk"
		}
	}
	for k < len(ws) && honorifics[toks[k]] {
		k++
	}
	// A role word after the role is more of the title, not a name: "Chief Executive |
	// Officer" where the knowledge base knows "chief executive".
	for k < len(ws) && ws[k].cap {
		if n, _ := x.kb.MatchRole(toks, k); n > 0 {
			k += n
			continue
		}
		break
	}
	if k >= len(ws) || !ws[k].cap || calendar[toks[k]] {
		return cand{}, 0
	}
	// A lower-case generic role before a name is usually a noun of its own ("leader
	// Kim Jong Un" is fine, "minister Sunday" is not): require a title case role or a name
	// the knowledge base knows as a person, or a run of two capitalised words.
	nameStart := k
	var actor *kb.Actor
	weak := false
	nn, names := x.kb.MatchName(toks, k)
	if nn == 1 && capRun(ws, k) > 1 && !strings.HasSuffix(toks[k], "'s") {
		// One known word that more capitalised words follow is only the start of another
		// name: "spokeswoman Sharon Hudson-Dean" is not Ariel Sharon.
		nn = 0
	}
	if nn > 0 {
		a, w := pick(names)
		if a.Type != "PERSON" {
			return cand{}, 0
		}
		actor, weak = a, w
		k += nn
	} else {
		rn := capRun(ws, k)
		if rn == 0 || rn > 5 {
			return cand{}, 0
		}
		// The run must not be a demonym or a role itself ("President Vladimir" is fine).
		if dn, _ := x.kb.MatchDemonym(toks, k); dn > 0 {
			return cand{}, 0
		}
		if !roleCap && rn < 2 {
			return cand{}, 0
		}
		last := ws[k+rn-1].text
		if orgHeads[last] || locHeads[last] || facHeads[last] {
			return cand{}, 0
		}
		k += rn
	}
	roleName := ""
	if role != nil {
		roleName = role.Name
	}
	c := cand{
		start: ws[i].start, end: ws[k-1].end, nameStart: ws[nameStart].start,
		typ: "PERSON", kind: doc.MentionName, role: roleName, actor: actor, weak: weak,
	}
	if of != nil && pa == nil {
		c.country = of.Country
	}
	c.ofWi, c.ofN = ofWi, ofN
	c.titled = true
	c.titleStart = c.nameStart
	// A capitalised title: its last word too ("Prime Minister", not "Rebel leader" at the
	// start of a sentence).
	if roleCap && (rn == 0 || ws[j+rn-1].cap) {
		c.titleStart = ws[j].start
	}
	if pa != nil {
		c.country = pa.Country
		if pa.Type == "ORG" {
			c.ofActor = pa
		}
		c.prefix, c.prefixStart, c.prefixEnd, c.prefixWi = pa, ws[i].start, ws[i+pn-1].end, i
		if toks[i+pn-1] == "'s" && pn > 1 {
			c.prefixEnd = ws[i+pn-2].end
		}
		c.prefixName = !x.isDemonym(toks, i, pn)
	}
	// A title names its holder even for a weak name: "Treasury Secretary Bessent".
	if actor != nil && weak && role != nil && (c.country == "" || c.country == actor.Country) && x.holds(actor, role) {
		c.weak = false
	}
	return c, k - i
}

// holds reports whether a knowledge-base actor holds (a role matching) role.
func (x *Extractor) holds(a *kb.Actor, r *kb.Role) bool {
	for _, h := range a.Roles {
		if x.kb.RoleMatches(r, h) || h == r.Name {
			return true
		}
	}
	return false
}

// groupNouns name an armed group already named: "the militants".
var groupNouns = map[string]bool{
	"militants": true, "rebels": true, "fighters": true, "insurgents": true, "militia": true,
	"militiamen": true, "jihadists": true, "guerrillas": true, "group": true, "movement": true,
	"organisation": true, "organization": true,
}

// orgNouns name an organisation of a kind already named: "the bloc" (the EU), "the
// alliance" (NATO), "the ministry".
var orgNouns = map[string]bool{
	"bloc": true, "alliance": true, "agency": true, "ministry": true, "court": true,
	"party": true, "army": true, "military": true, "parliament": true, "council": true,
	"commission": true, "company": true, "watchdog": true, "broadcaster": true,
	"newspaper": true, "force": true, "mission": true,
}

// orgFits reports whether actor a (named as text) is an organisation noun can stand for.
func orgFits(noun string, a *kb.Actor, text string) bool {
	head := strings.ToUpper(noun[:1]) + noun[1:]
	if strings.Contains(text, head) {
		return true // "the ministry" for "the Russian Ministry of Defense"
	}
	if a == nil {
		return false
	}
	switch noun {
	case "bloc":
		return a.Sector == "IGO" && a.Country == ""
	case "alliance":
		return a.Key == "nato" || a.Key == "csto"
	case "agency", "watchdog":
		return a.Key == "iaea" || a.Sector == "SPY" || a.Sector == "IGO" && a.Key != "un" || a.Sector == "MED" && noun == "agency"
	case "party":
		return a.Sector == "PTY"
	case "army", "military":
		return a.Sector == "MIL"
	case "parliament":
		return a.Sector == "LEG"
	case "court":
		return a.Sector == "JUD"
	case "company":
		return a.Sector == "BUS"
	case "force", "mission":
		return a.Sector == "MIL" || a.Sector == "IGO"
	case "broadcaster", "newspaper":
		return a.Sector == "MED"
	}
	return false
}

// groupAdjs reports whether w describes an armed group: "paramilitary", "Iran-backed".
func groupAdjs(w string) bool {
	switch strings.ToLower(w) {
	case "paramilitary", "militant", "armed", "rebel", "jihadist", "islamist", "extremist",
		"terrorist", "insurgent", "separatist", "shiite", "sunni", "radical", "outlawed", "banned":
		return true
	}
	return strings.HasSuffix(w, "-backed") || strings.HasSuffix(w, "-aligned") || strings.HasSuffix(w, "-allied")
}

// pluralRoles are role forms naming several people, which no single entity stands for.
func plural(form string) bool {
	return strings.HasSuffix(form, "s") && !strings.HasSuffix(form, "ss") && form != "chiefs" && !strings.HasSuffix(form, "us")
}

// nominal matches a role used as a name: "the Russian president", "The Iranian minister",
// "the leader of the United States", "Russia's president", and group nominals such as
// "the militants".
func (x *Extractor) nominal(ws []word, toks []string, i int) (cand, int) {
	j := i
	the := toks[i] == "the" || toks[i] == "The"
	indef := toks[i] == "a" || toks[i] == "A" || toks[i] == "an" || toks[i] == "An"
	if indef {
		// "A local administrator, Deng Mading, said": an indefinite role names someone
		// only through the apposition that follows.
		the = true
	}
	if the {
		j++
	}
	if j >= len(ws) {
		return cand{}, 0
	}
	// "the paramilitary group", "the Iran-backed militants".
	if the && j+1 < len(ws) && groupAdjs(toks[j]) && groupNouns[strings.ToLower(toks[j+1])] {
		j++
	}
	// A capitalised group noun before "of" or "for" and a capitalised word starts a name:
	// "the Organization of American States".
	named := ws[j].cap && j+2 < len(ws) && (toks[j+1] == "of" || toks[j+1] == "for") && ws[j+2].cap
	if the && groupNouns[strings.ToLower(toks[j])] && (j+1 >= len(ws) || !ws[j+1].cap) && !named {
		if toks[j] == "group" || toks[j] == "movement" || toks[j] == "organisation" || toks[j] == "organization" {
			// "the group" is a group only when followed by a verb-ish word or punctuation.
			// "accused the group of using ...": "of" before a verb form or a quotation.
			ofAct := j+2 < len(ws) && toks[j+1] == "of" && (strings.HasSuffix(toks[j+2], "ing") || strings.ContainsAny(toks[j+2], "\"“"))
			if j+1 < len(ws) && ws[j+1].lower && !strings.HasSuffix(toks[j+1], "ed") && !strings.HasSuffix(toks[j+1], "s") && !ofAct {
				return cand{}, 0
			}
		}
		return cand{start: ws[i].start, end: ws[j].end, nameStart: ws[i].start, typ: "ORG", kind: kindGroup}, j + 1 - i
	}
	// "the bloc", "the alliance", "the UN agency": an organisation of that kind just named.
	if the && !indef {
		m := j
		if on, names := x.kb.MatchName(toks, m); on > 0 && ws[m].cap && m+on < len(ws) && orgNouns[toks[m+on]] {
			if a, _ := pick(names); a.Type == "ORG" || a.Type == "GPE" {
				m += on
			}
		}
		if orgNouns[toks[m]] && (m+1 >= len(ws) || !ws[m+1].cap && toks[m+1] != "of") {
			c := cand{start: ws[i].start, end: ws[m].end, nameStart: ws[i].start, typ: "ORG", kind: kindGroup, role: toks[m]}
			if m > j {
				// The name inside is a mention of its own: "U.S." in "the U.S. military".
				if pn, pa := x.prefix(ws, toks, j); pa != nil && pn <= m-j {
					c.prefix, c.prefixStart, c.prefixEnd, c.prefixWi = pa, ws[j].start, ws[j+pn-1].end, j
					c.prefixName = !x.isDemonym(toks, j, pn)
				}
			}
			return c, m + 1 - i
		}
	}
	pn, pa := x.prefix(ws, toks, j)
	if !the && (pn == 0 || toks[j+pn-1] != "'s") {
		return cand{}, 0
	}
	k := j + pn
	if k < len(ws) && (toks[k] == "former" || toks[k] == "new" || toks[k] == "top" || toks[k] == "current") {
		if toks[k] == "former" {
			return cand{}, 0
		}
		k++
	}
	// One modifier before the role: "the area administrator", "the army commander".
	if k+1 < len(ws) && ws[k].lower && !function[toks[k]] {
		if n, _ := x.kb.MatchRole(toks, k); n == 0 {
			if n, _ := x.kb.MatchRole(toks, k+1); n > 0 {
				k++
			}
		}
	}
	if k >= len(ws) {
		return cand{}, 0
	}
	rn, role := x.kb.MatchRole(toks, k)
	if rn == 0 || plural(strings.ToLower(toks[k+rn-1])) && rn == 1 {
		return cand{}, 0
	}
	end := k + rn
	// The next word must not be a name (then it is a title) nor, for ambiguous roles,
	// a lower-case word ("the general public").
	if end < len(ws) && ws[end].cap && !ws[end].initial {
		return cand{}, 0
	}
	if end < len(ws) && ws[end].lower && pa == nil && rn == 1 && ambiguousRoles[strings.ToLower(toks[end-1])] && toks[end] != "of" {
		return cand{}, 0
	}
	c := cand{start: ws[i].start, end: ws[end-1].end, nameStart: ws[i].start, typ: "PERSON", kind: doc.MentionNominal, role: role.Name, indef: indef}
	if pa != nil {
		c.country = pa.Country
		if pa.Type == "ORG" && !pa.IsCountry() {
			c.ofActor = pa
		}
		c.prefix, c.prefixStart, c.prefixEnd, c.prefixWi = pa, ws[j].start, ws[j+pn-1].end, j
		if toks[j+pn-1] == "'s" && pn > 1 {
			c.prefixEnd = ws[j+pn-2].end
		}
		c.prefixName = !x.isDemonym(toks, j, pn)
	}
	// "the leader of the United States", "the president of Iran".
	if pa == nil && end+1 < len(ws) && toks[end] == "of" {
		m := end + 1
		if toks[m] == "the" && m+1 < len(ws) {
			m++
		}
		// Not when the name goes on: "the administrator of the U.S. Environmental
		// Protection Agency" is of the agency, a name of its own.
		if on, names := x.kb.MatchName(toks, m); on > 0 && ws[m].cap && (m+on >= len(ws) || !ws[m+on].cap) {
			a, _ := pick(names)
			if a.For != "" {
				if t := x.kb.Actor(a.For); t != nil {
					a = t
				}
			}
			if a.Type == "GPE" || a.Type == "ORG" {
				c.country = a.Country
				if !a.IsCountry() {
					c.ofActor = a
				}
				c.end = ws[m+on-1].end
				end = m + on
				// The place or organisation is a mention of its own: "Iran" in "the
				// president of Iran".
				c.ofWi, c.ofN = m, on
			}
		}
	}
	return c, end - i
}
