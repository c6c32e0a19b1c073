package event

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// coded is a trigger resolved to a code, actors and modality, before it becomes events.
type coded struct {
	tr                 *trigger
	code               string
	srcs, tgts         []int
	polarity, modality string
	group              *doc.Actor // "these countries" standing for an alliance named before
	agent              *doc.Actor // an unnamed armed group acting ("Officers fired")
}

// armedProtest recodes an obstruction or riot by an armed actor.
var armedProtest = map[string]string{"144": "191", "145": "171"}

// armedWords mark an actor that fights rather than argues.
var armedSectors = map[string]bool{"MIL": true, "REB": true, "COP": true, "UAF": true}

func (c *Coder) armed(s *sent, ms []int) bool {
	for _, mi := range ms {
		if a := c.actor(s, mi); armedSectors[a.Sector] {
			return true
		}
	}
	return false
}

// codeSentence codes every trigger of one sentence and appends the events to the document.
func (c *Coder) codeSentence(x *docView, s *sent) {
	trs := c.triggers(s)
	accused, denied := s.frameScopes()
	var out []coded
	var prevVerb *coded
	for i, tr := range trs {
		if tr.p.code == "010" || accused[tr.a] {
			continue // an act someone is accused of is the accuser's claim, not the outlet's
		}
		head := tr.a
		var srcs, tgts []int
		verbal, personObj := false, false
		if tr.p.kind == kindNoun {
			var between bool
			srcs, tgts, between = s.nominal(tr.a, tr.b)
			if lv := c.lightVerb(s, tr.a); lv >= 0 {
				tr.light, head = lv, lv
				if subj := s.subject(lv); len(subj) > 0 && (len(srcs) == 0 || between) {
					if between {
						// "X launched a mediation effort between Y and Z": Y and Z are targets.
						tgts = append(srcs, tgts...)
					}
					srcs = subj
				}
			}
		} else if s.passive(tr) {
			srcs = s.agent(tr.b)
			if p := s.toks[max(tr.a-1, 0)]; tr.a > 0 && (p.tag == "NN" || p.tag == "NNS") && p.ment < 0 {
				tgts = nil // "an election hailed by the government": the participle modifies the noun
			} else {
				tgts = s.subject(tr.a)
			}
			if len(srcs) == 0 && root(tr.p.code) == "17" {
				// "was arrested in Lebanon": the authorities of the place act.
				srcs = s.placeAfter(tr.b)
			}
		} else {
			srcs = s.subject(tr.a)
			if prevVerb != nil && s.coordinated(prevVerb.tr.b, tr.a) && len(prevVerb.srcs) > 0 {
				srcs = prevVerb.srcs
			}
			if prevVerb != nil && len(prevVerb.srcs) > 0 && tr.a > 0 && s.toks[tr.a-1].low == "," && s.toks[tr.a].tag == "VBG" {
				// "he shot the reporter in the head, killing her": the main clause's subject
				srcs = prevVerb.srcs
			}
			tgts, verbal, personObj = c.object(s, tr.b)
			if g := s.gapObject(tr); len(g) > 0 {
				// "accused the United States of", "demanding that President Mugabe abandon"
				tgts = g
			}
			if len(tgts) > 0 && accused[s.mspan[tgts[0]][0]] && accuseLemmas[s.toks[tr.a].lemma] {
				tgts = nil // "accused the opposition of plotting to invade X": X is not accused
			}
		}
		p := pickPhrase(tr, verbal, personObj && !c.armed(s, srcs))
		if p == nil {
			continue
		}
		lo, hi := s.window(head)
		m := c.scanMarkers(s, lo, hi)
		if tr.p.kind == kindNoun && tr.light < 0 {
			// A nominal event in a verb's object shares that verb's negation and modality
			// ("neither side gave any hint of possible Russian support").
			if g := s.governingVerb(tr.a); g >= 0 {
				gm := c.scanMarkers(s, s.windowStart(g), g)
				m.negated = m.negated || gm.negated
				m.hypothetical = m.hypothetical || gm.hypothetical
				m.planned = m.planned || gm.planned
			}
		}
		if tr.p.kind == kindNoun && tr.light >= 0 {
			// "give Tanzania a grant": the indirect object receives.
			if io := s.indirectObject(tr.light, tr.a); io >= 0 && len(tgts) == 0 {
				tgts = []int{io}
			}
		}
		for _, k := range m.absorbed {
			for _, o := range trs[:i] {
				if o.a <= k && k < o.b {
					o.drop = true
				}
			}
		}
		if len(out) > 0 {
			prev := out[len(out)-1]
			if r := root(prev.code); (r == "10" || r == "02") && !prev.tr.drop && prev.tr.b <= tr.a && tr.a-prev.tr.b <= 12 {
				m.demanded = true
			}
		}
		if !m.refusal && c.refusedAfter(s, tr.b) {
			m.refusal = true
		}
		if denied[tr.a] {
			m.negated = true // "denied that any detainee had been beaten"
		}
		cd := coded{tr: tr, code: p.code, srcs: srcs, tgts: tgts, polarity: "asserted", modality: "actual"}
		switch {
		case m.refusal && cooperative(cd.code):
			cd.code = rejectCode(cd.code)
		case m.refusal || m.negated:
			cd.polarity = "negated"
		}
		switch {
		case m.demanded:
			cd.modality = "demanded"
		case m.hypothetical:
			cd.modality = "hypothetical"
		case m.threat:
			cd.modality = "planned"
			cd.code = threatCode(cd.code)
		case m.planned:
			cd.modality = "planned"
			if cd.polarity == "asserted" && !m.refusal {
				switch {
				case s.conditionalAfter(tr.b):
					cd.code = threatCode(cd.code)
				case cooperative(cd.code):
					cd.code = intentCode(cd.code)
				case root(cd.code) >= "14":
					cd.code = threatCode(cd.code)
				}
			}
		}
		if c2, ok := armedProtest[cd.code]; ok && cd.polarity == "asserted" && c.armed(s, cd.srcs) {
			// Fighters who block a convoy impose a blockade; who loot, seize property:
			// armed actors do not protest.
			cd.code = c2
		}
		if r := root(cd.code); (r == "18" || r == "19" || r == "20") && len(cd.tgts) == 0 {
			// "The militants, who have suffered losses in a year of war with Israel, have not
			// carried out a single attack": the sentence names the enemy.
			cd.tgts = s.enemy(cd.srcs)
		}
		if root(cd.code) == "13" && len(cd.tgts) == 0 {
			// "threatened to stop negotiations if the United States goes ahead": the threat
			// is aimed at whoever the condition names.
			cd.tgts = s.conditionSubject(tr.b)
		}
		out = append(out, cd)
		if tr.p.kind == kindVerb {
			prevVerb = &out[len(out)-1]
		}
	}
	for _, cd := range out {
		if cd.tr.drop {
			continue
		}
		if len(cd.tgts) == 0 && len(cd.srcs) > 0 {
			cd.group = s.groupReference(cd.tr.b)
		}
		if r := root(cd.code); len(cd.tgts) == 0 && cd.group == nil && (r == "05" || r == "11" || r == "17") {
			// "detained dozens of people", "accused the opposition of": an unnamed group;
			// "47 protesters had been detained": the passive's subject.
			if s.passive(cd.tr) {
				cd.group = s.genericSubject(cd.tr.a)
			} else {
				cd.group = s.genericTarget(cd.tr.b)
			}
		}
		if r := root(cd.code); len(cd.srcs) == 0 && (r == "17" || r == "18" || r == "19") && cd.tr.p.kind == kindVerb && !s.passive(cd.tr) {
			cd.agent = s.genericSource(cd.tr.a)
		}
		c.emit(s, cd)
	}
	c.mustDemands(s, trs)
}

// pickPhrase chooses among equally long phrases by their flags. An attack on a person by
// someone who is not an armed actor counts as words only where the trigger has a verbal
// reading ("attacked Firefly in a speech"); releasing or aiding a person stays material.
func pickPhrase(tr *trigger, verbal, personVerbal bool) *phrase {
	all := append([]*phrase{tr.p}, tr.alts...)
	if personVerbal {
		for _, p := range all {
			if p.flag == flagVerbal {
				verbal = true
			}
		}
	}
	for _, p := range all {
		if p.flag == flagVerbal && verbal || p.flag == flagMaterial && !verbal {
			return p
		}
	}
	for _, p := range all {
		if p.flag == "" {
			return p
		}
	}
	return nil
}

// coordinated: only an "and"/"or"/"but" (and adverbs or auxiliaries) lie between the end of
// one verb phrase's object and the next verb ("condemned X and reiterated Y").
func (s *sent) coordinated(prevEnd, a int) bool {
	k := a - 1
	for k >= prevEnd && auxLike(s.toks[k]) {
		k--
	}
	if k < prevEnd {
		return false
	}
	switch s.toks[k].low {
	case "and", "or", "but":
	default:
		return false
	}
	// The words between must not hold a new subject (a mention right before the verb group).
	if _, _, b, ok := s.mentionAt(k - 1); ok && b == k {
		return true // "X attacked Y and killed": Y is the object, the subject carries over
	}
	return true
}

// conditionalAfter: "will withdraw ... unless", "will attack ... if": a conditional promise
// of action is a threat.
func (s *sent) conditionalAfter(b int) bool {
	for k := b; k < len(s.toks); k++ {
		switch s.toks[k].low {
		case "unless":
			return true
		case ";":
			return false
		}
	}
	return false
}

// emit turns a coded trigger into events, one per source-target pair.
func (c *Coder) emit(s *sent, cd coded) {
	d := s.x.d
	info, ok := c.table.Lookup(cd.code)
	if !ok {
		return
	}
	srcs, tgts := cd.srcs, cd.tgts
	if len(srcs) == 0 && len(tgts) == 0 && cd.agent == nil {
		return
	}
	if len(srcs) == 0 {
		srcs = []int{-1}
	}
	if len(tgts) == 0 {
		tgts = []int{-1}
	}
	trig := s.textSpan(cd.tr.a, cd.tr.b)
	ev := d.TextSpan(s.span)
	tm := s.timeOf(cd.tr.a)
	rep := s.reporter(cd.tr.a)
	for _, si := range srcs {
		for _, ti := range tgts {
			var src, tgt *doc.Actor
			if si >= 0 {
				src = c.actor(s, si)
			} else if cd.agent != nil {
				a := *cd.agent
				src = &a
			}
			if ti >= 0 {
				tgt = c.actor(s, ti)
			} else if cd.group != nil {
				g := *cd.group
				tgt = &g
			}
			if src != nil && tgt != nil && (si == ti && si >= 0 || src.Entity != "" && src.Entity == tgt.Entity && !c.place(s, ti) && src.Sector == tgt.Sector) {
				tgt = nil
				if len(tgts) > 1 {
					continue
				}
			}
			if tgt == nil && src != nil && src.Country != "" && root(cd.code) == "14" {
				// CAMEO and PLOVER code a protest with no stated target as directed at the
				// government of its own country; the actor has no words of its own.
				tgt = &doc.Actor{Country: src.Country, Sector: "GOV", Code: src.Country + "GOV"}
			}
			by := rep
			if src != nil && src.Entity != "" && src.Entity == rep {
				by = "" // the actor's own words are the act, not a report of it
			}
			d.Events = append(d.Events, doc.Event{
				Source: src, Target: tgt,
				CAMEO: cd.code, Label: info.Label, PLOVER: info.PLOVER,
				QuadClass: QuadClass(cd.code), Goldstein: info.Goldstein,
				Polarity: cd.polarity, Modality: cd.modality,
				Time: tm, ReportedBy: by,
				Trigger: trig, Evidence: ev,
			})
		}
	}
}

// mustDemands codes "X said Y must do Z" as X demanding of Y (CAMEO 10): the demand was
// made, whatever becomes of Z.
func (c *Coder) mustDemands(s *sent, trs []*trigger) {
	words := s.words
	for k := range s.toks {
		n := c.lx.match("demand", words, k)
		if n == 0 {
			continue
		}
		ys := s.subject(k)
		if len(ys) == 0 {
			continue
		}
		ya := s.mspan[ys[0]][0]
		// A reporting verb before Y ("said on Tuesday that", "concluded that"), with its own
		// subject X; no other finite verb in between.
		var xs []int
		rep := -1
		for j := ya - 1; j >= 0 && ya-j <= 12; j-- {
			t := s.toks[j]
			if m := c.lx.match("report", words, j); m > 0 {
				rep = j
				xs = s.subject(j)
				break
			}
			if t.low == ";" || t.low == ":" || t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" {
				break
			}
		}
		if rep < 0 || len(xs) == 0 {
			continue
		}
		code := "100"
		for _, tr := range trs {
			if tr.a > k && tr.a-(k+n) <= 4 && tr.p.code != "010" {
				code = demandCode(tr.p.code)
				break
			}
		}
		c.emit(s, coded{tr: &trigger{a: k, b: k + n, light: -1}, code: code, srcs: xs, tgts: ys, polarity: "asserted", modality: "actual"})
	}
}

// place: a mention of a country or place as such ("curfew in Turkey"), which a domestic
// actor of the same country can act upon.
func (c *Coder) place(s *sent, mi int) bool {
	switch s.x.d.Mentions[mi].Type {
	case "GPE", "LOC", "FAC":
		return !s.x.d.Mentions[mi].Metonym
	}
	return false
}

// placeAfter finds "in X" right after a trigger, X a country or place with a country.
func (s *sent) placeAfter(b int) []int {
	for k := b; k < len(s.toks) && k < b+3; k++ {
		if s.toks[k].low != "in" {
			continue
		}
		j := k + 1
		for j < len(s.toks) && determiners[s.toks[j].low] {
			j++
		}
		if mi, _, _, ok := s.mentionAt(j); ok && s.usable(mi) && s.mentionCountry(mi) != "" {
			return []int{mi}
		}
	}
	return nil
}

// indirectObject finds the mention between a light verb and its noun ("give Tanzania a
// grant"), or -1.
func (s *sent) indirectObject(light, a int) int {
	for k := light + 1; k < a; k++ {
		if mi, _, _, ok := s.mentionAt(k); ok && s.usable(mi) {
			return mi
		}
	}
	return -1
}

// gapObject finds an actor inside the gap of a gapped verb pattern.
func (s *sent) gapObject(tr *trigger) []int {
	gapped := false
	for _, w := range tr.p.words {
		if w == "*" {
			gapped = true
		}
	}
	if !gapped {
		return nil
	}
	for k := tr.a + 1; k < tr.b; k++ {
		if mi, _, _, ok := s.mentionAt(k); ok && s.usable(mi) && !possPronouns[strings.ToLower(s.x.d.Mentions[mi].Text)] {
			return s.coordRight(mi)
		}
	}
	return nil
}

// conditionSubject finds the actor opening an "if"/"unless" clause after token b.
func (s *sent) conditionSubject(b int) []int {
	for k := b; k < len(s.toks); k++ {
		switch s.toks[k].low {
		case ";", ".":
			return nil
		case "if", "unless":
			j := k + 1
			for j < len(s.toks) && determiners[s.toks[j].low] {
				j++
			}
			if mi, _, _, ok := s.mentionAt(j); ok && s.usable(mi) {
				return s.coordRight(mi)
			}
			return nil
		}
	}
	return nil
}

var conflictNouns = map[string]bool{"war": true, "conflict": true, "fighting": true, "clashes": true, "battle": true, "battles": true, "hostilities": true}

// enemy finds the other side named by "war/conflict/fighting with X" in the sentence.
func (s *sent) enemy(srcs []int) []int {
	for k := 0; k+2 < len(s.toks); k++ {
		if !conflictNouns[s.toks[k].low] || s.toks[k+1].low != "with" && s.toks[k+1].low != "against" {
			continue
		}
		j := k + 2
		for j < len(s.toks) && determiners[s.toks[j].low] {
			j++
		}
		mi, _, _, ok := s.mentionAt(j)
		if !ok || !s.usable(mi) {
			continue
		}
		for _, sm := range srcs {
			if sm == mi || s.x.d.Mentions[sm].Entity != "" && s.x.d.Mentions[sm].Entity == s.x.d.Mentions[mi].Entity {
				return nil
			}
		}
		return []int{mi}
	}
	return nil
}

var groupNounsPlural = map[string]bool{"countries": true, "nations": true, "states": true, "allies": true, "members": true, "governments": true}

// groupReference resolves "these countries" after token b (in the object or its relative
// clause: "attacked the 'scare stories' that these countries have invented") to the
// alliance or bloc (an organisation of sector IGO) named last in the two sentences before.
func (s *sent) groupReference(b int) *doc.Actor {
	for k := b; k+1 < len(s.toks); k++ {
		if s.toks[k].low == ";" {
			return nil
		}
		if (s.toks[k].low != "these" && s.toks[k].low != "those") || !groupNounsPlural[s.toks[k+1].low] {
			continue
		}
		d := s.x.d
		si := sort.Search(len(s.x.sentences), func(i int) bool { return s.x.sentences[i].End > s.span.Start })
		from := 0
		if si >= 2 {
			from = s.x.sentences[si-2].Start
		}
		for i := len(s.x.mentions) - 1; i >= 0; i-- {
			m := d.Mentions[s.x.mentions[i]]
			if m.End > s.span.Start {
				continue
			}
			if m.Start < from {
				break
			}
			e := s.x.entities[m.Entity]
			if e == nil || e.Sector != "IGO" {
				continue
			}
			return &doc.Actor{Entity: e.ID, Name: e.Name, Country: e.Country, Sector: e.Sector, Code: e.Country + e.Sector,
				Text: d.Text[s.toks[k].start:s.toks[k+1].end], Start: s.toks[k].start, End: s.toks[k+1].end}
		}
		return nil
	}
	return nil
}

// governingVerb finds the verb whose object holds the noun at token a: the nearest verb to
// the left within the clause, or -1.
func (s *sent) governingVerb(a int) int {
	for k := a - 1; k >= 0 && a-k <= 8; k-- {
		t := s.toks[k]
		if isPunctTok(t) && !quoteMarks[t.low] || scopeBreak[t.low] || relPronouns[t.low] || t.ment >= 0 && s.x.d.Mentions[t.ment].Type == "PERSON" {
			return -1
		}
		if strings.HasPrefix(t.tag, "VB") && !auxVerbs[t.low] {
			return k
		}
	}
	return -1
}
