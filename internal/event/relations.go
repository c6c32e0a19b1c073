package event

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/internal/datafile"
	"github.com/parallax-news/parallax/internal/doc"
)

// Relation pattern elements.
const (
	elWord = iota
	elSrc
	elTgt
	elPoss
	elGap
)

type relElem struct {
	kind int
	alts []string
}

type relPattern struct {
	typ   string
	elems []relElem
	where string
}

// parseRelations reads "TYPE | pattern; pattern" lines (see data/relations.txt).
func parseRelations(name, src string) ([]relPattern, error) {
	var out []relPattern
	err := datafile.Lines(src, func(line int, l string) error {
		where := fmt.Sprintf("%s:%d", name, line)
		typ, rest, ok := strings.Cut(l, "|")
		typ = strings.TrimSpace(typ)
		if !ok || typ == "" || strings.ToLower(typ) != typ || strings.ContainsAny(typ, " \t") {
			return fmt.Errorf("event: %s: want \"type | pattern; pattern\" with a lower-case type", where)
		}
		for _, ps := range strings.Split(rest, ";") {
			f := strings.Fields(ps)
			if len(f) == 0 {
				continue
			}
			p := relPattern{typ: typ, where: where}
			nsrc, ntgt := 0, 0
			for _, w := range f {
				switch w {
				case "SRC":
					p.elems = append(p.elems, relElem{kind: elSrc})
					nsrc++
				case "TGT":
					p.elems = append(p.elems, relElem{kind: elTgt})
					ntgt++
				case "POSS":
					p.elems = append(p.elems, relElem{kind: elPoss})
				case "*":
					p.elems = append(p.elems, relElem{kind: elGap})
				default:
					if strings.ToLower(w) != w {
						return fmt.Errorf("event: %s: word %q must be lower case (slots are SRC, TGT, POSS)", where, w)
					}
					p.elems = append(p.elems, relElem{kind: elWord, alts: strings.Split(w, "/")})
				}
			}
			if nsrc != 1 || ntgt != 1 {
				return fmt.Errorf("event: %s: pattern %q needs exactly one SRC and one TGT", where, strings.TrimSpace(ps))
			}
			if p.elems[0].kind == elGap || p.elems[len(p.elems)-1].kind == elGap {
				return fmt.Errorf("event: %s: pattern %q may not start or end with *", where, strings.TrimSpace(ps))
			}
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

var possPronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true}

type relState struct {
	src, tgt []int
	lastPoss bool // the previous slot was a possessive pronoun ("his ally")
}

func (s *sent) relMatch(p *relPattern, ei, ti int, st relState) (int, relState, bool) {
	if ei == len(p.elems) {
		return ti, st, true
	}
	el := p.elems[ei]
	switch el.kind {
	case elGap:
		for g := 0; g <= 3; g++ {
			t := ti + g
			if t > len(s.toks) || g > 0 && isPunctTok(s.toks[t-1]) {
				break
			}
			if e, st2, ok := s.relMatch(p, ei+1, t, st); ok {
				return e, st2, true
			}
		}
		return 0, st, false
	case elPoss:
		if st.lastPoss {
			st.lastPoss = false
			return s.relMatch(p, ei+1, ti, st)
		}
		if ti < len(s.toks) && (s.toks[ti].low == "'s" || s.toks[ti].low == "'") {
			return s.relMatch(p, ei+1, ti+1, st)
		}
		return 0, st, false
	case elSrc, elTgt:
		mi, a, b, ok := s.mentionAt(ti)
		if !ok || a != ti || !s.usable(mi) {
			return 0, st, false
		}
		ms := []int{mi}
		if ei == len(p.elems)-1 {
			ms = s.coordRight(mi)
			b = s.mspan[ms[len(ms)-1]][1]
		}
		st.lastPoss = possPronouns[s.toks[ti].low]
		if el.kind == elSrc {
			st.src = ms
		} else {
			st.tgt = ms
		}
		return s.relMatch(p, ei+1, b, st)
	default:
		if ti >= len(s.toks) {
			return 0, st, false
		}
		for _, w := range el.alts {
			if s.toks[ti].low == w {
				st.lastPoss = false
				return s.relMatch(p, ei+1, ti+1, st)
			}
		}
		return 0, st, false
	}
}

// relations finds stated relations in one sentence.
func (c *Coder) relations(x *docView, s *sent) {
	d := x.d
	seen := map[string]bool{}
	for i := range s.toks {
		for pi := range c.rels {
			p := &c.rels[pi]
			first := p.elems[0]
			if first.kind == elWord {
				hit := false
				for _, w := range first.alts {
					if s.toks[i].low == w {
						hit = true
						break
					}
				}
				if !hit {
					continue
				}
			} else {
				// A slot opens the pattern: only at a mention's first token, and only when
				// the word after the mention can continue it.
				mi, a, b, ok := s.mentionAt(i)
				if !ok || a != i || !s.usable(mi) {
					continue
				}
				if len(p.elems) > 1 && !s.canFollow(p.elems[1], mi, b) {
					continue
				}
			}
			end, st, ok := s.relMatch(p, 0, i, relState{})
			if !ok || end <= i {
				continue
			}
			for _, si := range st.src {
				for _, ti := range st.tgt {
					src, tgt := c.actor(s, si), c.actor(s, ti)
					if src.Entity != "" && src.Entity == tgt.Entity {
						continue
					}
					key := fmt.Sprintf("%s|%d|%d", p.typ, src.Start, tgt.Start)
					if seen[key] {
						continue
					}
					seen[key] = true
					d.Relations = append(d.Relations, doc.Relation{Source: src, Type: p.typ, Target: tgt, Evidence: s.textSpan(i, end)})
				}
			}
		}
	}
}

// canFollow is a quick test that element el may match at token b, after mention mi.
func (s *sent) canFollow(el relElem, mi, b int) bool {
	switch el.kind {
	case elWord:
		if b >= len(s.toks) {
			return false
		}
		for _, w := range el.alts {
			if s.toks[b].low == w {
				return true
			}
		}
		return false
	case elPoss:
		return possPronouns[strings.ToLower(s.x.d.Mentions[mi].Text)] || b < len(s.toks) && (s.toks[b].low == "'s" || s.toks[b].low == "'")
	}
	return true
}

// roleRelations turns mentions that state an office with a country ("Iranian Foreign
// Minister Abbas Araghchi", "the Russian president", "the leader of the United States")
// into role relations: the person holds the office in the country. One per person, office
// and country in a document; the first mention is the evidence.
func (c *Coder) roleRelations(x *docView) {
	d := x.d
	seen := map[string]bool{}
	for _, mi := range x.mentions {
		m := d.Mentions[mi]
		e := x.entities[m.Entity]
		if m.Role == "" || e == nil || e.Country == "" || m.Kind == doc.MentionPronoun || (m.Type != "PERSON" && m.Type != "PER") {
			continue
		}
		text := d.Text[m.Start:m.End]
		low := strings.ToLower(text)
		i := strings.Index(low, strings.ToLower(m.Role))
		if i < 0 {
			continue
		}
		// The country must be stated: a word before the office ("Iranian Foreign Minister")
		// or after it ("the leader of the United States"), not a bare title ("Dictator Putin").
		before := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(low[:i]), "the"))
		after := strings.TrimSpace(low[i+len(m.Role):])
		if before == "" && !strings.HasPrefix(after, "of ") {
			continue
		}
		key := m.Entity + "|" + strings.ToLower(m.Role) + "|" + e.Country
		if seen[key] {
			continue
		}
		seen[key] = true
		src := &doc.Actor{Entity: e.ID, Name: e.Name, Country: e.Country, Sector: e.Sector, Code: e.Country + e.Sector, Text: text, Start: m.Start, End: m.End}
		tgt := &doc.Actor{Country: e.Country, Code: e.Country}
		for j := range d.Entities {
			if g := &d.Entities[j]; g.Type == "GPE" && g.Country == e.Country {
				tgt.Entity, tgt.Name = g.ID, g.Name
				break
			}
		}
		d.Relations = append(d.Relations, doc.Relation{Source: src, Type: "role", Target: tgt, Role: strings.ToLower(m.Role),
			Evidence: d.TextSpan(doc.Span{Start: m.Start, End: m.End})})
	}
}
