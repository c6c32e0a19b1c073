package entity

import (
	"slices"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// Link merges the entities of every document of a run: the same id in two documents is one
// entity, and a person known in one document only by a surname ("Putin", "Notte") joins the
// one person of the run whose full name ends with it. It rewrites the documents' references
// to merged entities and returns the run's entities, most mentioned first, with their
// aliases (the distinct names used) and mention counts.
func Link(docs []*doc.Document) []doc.Entity {
	all := map[string]*doc.Entity{}
	var ids []string
	for _, d := range docs {
		for _, e := range d.Entities {
			m := all[e.ID]
			if m == nil {
				c := e
				c.Aliases = append([]string(nil), e.Aliases...)
				c.Roles = append([]string(nil), e.Roles...)
				c.Mentions = 0
				all[e.ID] = &c
				ids = append(ids, e.ID)
				continue
			}
			merge(m, &e)
		}
	}
	sort.Strings(ids)
	// onlyOther returns the one entity other than id that fits, or "" when none or several do.
	onlyOther := func(id string, fits func(o *doc.Entity) bool) string {
		target := ""
		for _, oid := range ids {
			if oid == id || !fits(all[oid]) {
				continue
			}
			if target != "" {
				return ""
			}
			target = oid
		}
		return target
	}
	// A shorter form of a person's name joins the only person of the run whose longer name
	// it fits: a surname ("Petrenko"), or words left out ("Joshua Norton" of "Joshua
	// Abraham Norton", "Otto Jespersen" of "Jens Otto Harry Jespersen"), known or not.
	remap := map[string]string{}
	for _, id := range ids {
		e := all[id]
		if e.Type != "PERSON" || e.KB != "" {
			continue
		}
		f := strings.Fields(e.Name)
		if t := onlyOther(id, func(o *doc.Entity) bool {
			return o.Type == "PERSON" && shorterForm(f, strings.Fields(o.Name))
		}); t != "" {
			remap[id] = t
		}
	}
	// A name a headline writes in capitals ("TEIXEIRA") is the one person of the run whose
	// name it fits, whatever type it was given there.
	for _, id := range ids {
		e := all[id]
		if e.Type == "PERSON" || e.KB != "" || remap[id] != "" || !isUpperWord(strings.ReplaceAll(e.Name, " ", "")) || len(e.Name) < 3 {
			continue
		}
		f := strings.Fields(e.Name)
		for k, w := range f {
			f[k] = titleCase(w) // "TEIXEIRA" -> "Teixeira"
		}
		if t := onlyOther(id, func(o *doc.Entity) bool {
			return o.Type == "PERSON" && shorterForm(f, strings.Fields(o.Name))
		}); t != "" {
			remap[id] = t
		}
	}
	// An organisation named without the place that opens its full name ("Red Sox" of
	// "Boston Red Sox") is the one organisation of the run so named, when a document of
	// the run names that place.
	places := map[string]bool{}
	for _, id := range ids {
		if e := all[id]; e.Type == "GPE" || e.Type == "LOC" {
			places[e.Name] = true
			for _, a := range e.Aliases {
				places[a] = true
			}
		}
	}
	for _, id := range ids {
		e := all[id]
		if e.Type != "ORG" || e.KB != "" || remap[id] != "" || !strings.Contains(e.Name, " ") {
			continue
		}
		if t := onlyOther(id, func(o *doc.Entity) bool {
			p, ok := strings.CutSuffix(o.Name, " "+e.Name)
			return ok && o.Type == "ORG" && places[p]
		}); t != "" {
			remap[id] = t
		}
	}
	// An office holder the knowledge base supplied for a role ("the Chilean president") whom
	// no document of the run names is the one person the run names in that office and
	// country ("Chilean President Tomás Ibarra"): the documents know better than a list that
	// may have gone stale.
	named := map[string]bool{}
	for _, d := range docs {
		for _, m := range d.Mentions {
			if m.Kind == doc.MentionName {
				named[m.Entity] = true
			}
		}
	}
	for _, id := range ids {
		e := all[id]
		if e.Type != "PERSON" || e.KB == "" || named[id] || e.Country == "" || len(e.Roles) == 0 || remap[id] != "" {
			continue
		}
		if t := onlyOther(id, func(o *doc.Entity) bool {
			return o.Type == "PERSON" && o.Country == e.Country && named[o.ID] && shareRole(e.Roles, o.Roles)
		}); t != "" {
			remap[id] = t
		}
	}
	// An acronym one document defines ("Singapore Airlines (SIA)") is that actor in every
	// document of the run: an unknown all-capitals name joins the only entity that has it
	// as an alias.
	for _, id := range ids {
		e := all[id]
		if e.KB != "" || remap[id] != "" || len(e.Name) < 2 || !isUpperWord(e.Name) {
			continue
		}
		if t := onlyOther(id, func(o *doc.Entity) bool {
			return o.Type != "PERSON" && slices.Contains(o.Aliases, e.Name)
		}); t != "" {
			remap[id] = t
		}
	}
	// A company's name with its legal form ("Ford Motor Company", "Chrysler LLC") is the
	// one organisation of the run named by a shorter form of it ("Ford", "Chrysler").
	for _, id := range ids {
		e := all[id]
		if e.KB != "" || remap[id] != "" || e.Type != "ORG" {
			continue
		}
		for _, f := range corporateForms(e.Name) {
			if t := onlyOther(id, func(o *doc.Entity) bool {
				return o.Type == "ORG" && (o.Name == f || slices.Contains(o.Aliases, f))
			}); t != "" {
				remap[id] = t
				break
			}
		}
	}
	// One unknown name typed differently in two documents ("org:africa-korps",
	// "loc:africa-korps") is one actor: the type with most mentions wins.
	counts := map[string]int{}
	for _, d := range docs {
		for _, m := range d.Mentions {
			counts[m.Entity]++
		}
	}
	byName := map[string][]string{}
	var names []string
	// A known actor's name or alias written with other capitals ("LionsGate") is that actor.
	known := map[string]string{}
	for _, id := range ids {
		e := all[id]
		if e.KB == "" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := strings.ToLower(n)
			if prev, ok := known[k]; ok && prev != id {
				known[k] = "" // two known actors share it
			} else {
				known[k] = id
			}
		}
	}
	for _, id := range ids {
		e := all[id]
		if e.KB != "" || remap[id] != "" {
			continue
		}
		k := strings.ToLower(e.Name)
		if t := known[k]; t != "" && all[t].Type == e.Type {
			remap[id] = t
			continue
		}
		if byName[k] == nil {
			names = append(names, k)
		}
		byName[k] = append(byName[k], id)
	}
	for _, k := range names {
		group := byName[k]
		if len(group) < 2 {
			continue
		}
		best := group[0]
		for _, id := range group[1:] {
			if counts[id] > counts[best] {
				best = id
			}
		}
		for _, id := range group {
			if id != best {
				remap[id] = best
			}
		}
	}
	// Follow chains (a surname joined a full name that joined another type's entity), then
	// merge in a fixed order.
	froms := make([]string, 0, len(remap))
	for from := range remap {
		froms = append(froms, from)
	}
	sort.Strings(froms)
	for _, from := range froms {
		to := remap[from]
		for seen := 0; remap[to] != "" && seen < len(remap); seen++ {
			to = remap[to]
		}
		remap[from] = to
	}
	for _, from := range froms {
		if all[remap[from]] != nil && all[from] != nil {
			merge(all[remap[from]], all[from])
		}
	}
	for _, from := range froms {
		delete(all, from)
	}
	retyped := map[string]bool{}
	for from, to := range remap {
		if e := all[to]; e != nil && !strings.HasPrefix(from, strings.ToLower(e.Type)+":") {
			retyped[from] = true
		}
	}
	out := make([]doc.Entity, 0, len(all))
	for _, d := range docs {
		// Mentions of a name merged into another type's entity take that type.
		for i, m := range d.Mentions {
			if retyped[m.Entity] && m.Kind == doc.MentionName {
				d.Mentions[i].Type = all[remap[m.Entity]].Type
			}
		}
		d.RemapEntities(remap)
		for i := range d.Entities {
			// Merged document entities keep their new id; duplicates are harmless here.
			_ = d.Entities[i]
		}
		for _, m := range d.Mentions {
			if e := all[m.Entity]; e != nil {
				e.Mentions++
				if m.Kind == doc.MentionName || m.Kind == "" {
					name := m.Text
					if e.Type == "PERSON" && m.Role != "" {
						continue // titled forms are not aliases
					}
					addAlias(e, strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"))
				}
			}
		}
	}
	for _, e := range all {
		sort.Strings(e.Aliases)
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// shareRole reports whether two role lists hold a role in common.
func shareRole(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// shorterForm reports whether name a is b with words left out: the same last word, every
// word of a in b in order, b longer.
func shorterForm(a, b []string) bool {
	suffixed := false
	for len(b) > 2 && nameSuffixes[b[len(b)-1]] && !nameSuffixes[a[len(a)-1]] {
		b, suffixed = b[:len(b)-1], true // "Comeaux", "Joseph Comeaux" of "Joseph Comeaux Jr"
	}
	if suffixed && slices.Equal(a, b) {
		return true
	}
	if len(b) <= len(a) || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	k := 0
	for _, w := range b {
		if k < len(a) && w == a[k] {
			k++
		}
	}
	return k == len(a)
}

// merge adds what o says about an entity to e.
func merge(e, o *doc.Entity) {
	for _, a := range o.Aliases {
		addAlias(e, a)
	}
	if o.Name != e.Name {
		addAlias(e, o.Name)
	}
	for _, r := range o.Roles {
		addRole(e, r)
	}
	if e.Country == "" {
		e.Country = o.Country
	}
	if e.Sector == "" {
		e.Sector = o.Sector
	}
}

func addAlias(e *doc.Entity, a string) {
	if a == "" || a == e.Name {
		return
	}
	for _, x := range e.Aliases {
		if x == a {
			return
		}
	}
	e.Aliases = append(e.Aliases, a)
}
