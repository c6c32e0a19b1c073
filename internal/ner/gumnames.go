package ner

import (
	"fmt"
	"strings"
)

// GUMToken is one word of a GUM CoNLL-U sentence, as the gold-name reader needs it.
type GUMToken struct {
	Form, UPOS, XPOS string
	Head             int    // 1-based index of the syntactic head; 0 for the root
	Deprel           string // the dependency relation to the head
	Misc             string // the MISC column, which holds GUM's Entity annotation
}

// GUMName is a named mention of a GUM sentence scored like CoNLL: the words From..To
// (0-based, inclusive) and its type, PER, ORG or LOC.
type GUMName struct {
	From, To int
	Type     string
}

// GUMMention is a mention of GUM's Entity annotation: the words From..To (0-based,
// inclusive), its entity's number in the document (coreferent mentions share it) and the
// entity type ("person", "organization", "place", "abstract", ...).
type GUMMention struct {
	From, To int
	ID, Type string
}

// GUMMentions returns every mention GUM's Entity annotation marks in one sentence, in the
// order they close. A mention must open and close inside the sentence.
func GUMMentions(sent []GUMToken) ([]GUMMention, error) {
	type opening struct {
		at  int
		typ string
	}
	open := map[string][]opening{}
	var ms []GUMMention
	for i, t := range sent {
		var ent string
		for kv := range strings.SplitSeq(t.Misc, "|") {
			if v, ok := strings.CutPrefix(kv, "Entity="); ok {
				ent = v
			}
		}
		for k := 0; k < len(ent); {
			if ent[k] == '(' {
				j := k + 1
				for j < len(ent) && ent[j] != '(' && ent[j] != ')' {
					j++
				}
				parts := strings.SplitN(ent[k+1:j], "-", 3)
				if len(parts) < 2 {
					return nil, fmt.Errorf("bad entity %q", ent)
				}
				if j < len(ent) && ent[j] == ')' {
					ms = append(ms, GUMMention{i, i, parts[0], parts[1]})
					j++
				} else {
					open[parts[0]] = append(open[parts[0]], opening{i, parts[1]})
				}
				k = j
				continue
			}
			j := k
			for j < len(ent) && ent[j] != ')' && ent[j] != '(' {
				j++
			}
			id := ent[k:j]
			st := open[id]
			if len(st) == 0 {
				return nil, fmt.Errorf("entity %q closes before it opens", id)
			}
			o := st[len(st)-1]
			open[id] = st[:len(st)-1]
			ms = append(ms, GUMMention{o.at, i, id, o.typ})
			k = j
			if k < len(ent) && ent[k] == ')' {
				k++
			}
		}
	}
	return ms, nil
}

// GUMNames returns the named person, organization and place mentions of one GUM sentence,
// cut to the spans CoNLL would mark. GUM marks whole noun phrases of every kind ("the Adler
// Planetarium in Chicago, Illinois", "Director of the National Iodine Nutrition study",
// "Senior researcher Mu Li, of the University of NSW"), so:
//   - a mention counts when its syntactic head is a proper noun that is not a title
//     ("Director", "MP"), and not a plural proper noun for people ("Afghans");
//   - a mention headed by a common noun or title counts only through a name set beside its
//     head ("spokesperson | Julie Hahn", "NASA Administrator | Charles Bolden" is a name of
//     its own anyway);
//   - the name is the run of capitalised words around the head, with "of", "and", "for",
//     "&", "de" and "the" inside it, without a leading title or "the": a comma, bracket,
//     lower-case word or possessive ends it;
//   - only the outermost name counts ("Australia" inside "Food Standards Australia New
//     Zealand" is no mention of its own).
func GUMNames(sent []GUMToken) ([]GUMName, error) {
	type raw struct {
		from, to int
		typ      string
	}
	all, err := GUMMentions(sent)
	if err != nil {
		return nil, err
	}
	ms := make([]raw, len(all))
	for i, m := range all {
		ms[i] = raw{m.From, m.To, m.Type}
	}
	var out []GUMName
	for _, m := range ms {
		st, ok := gumTypes[m.typ]
		if !ok {
			continue
		}
		head := -1
		for k := m.from; k <= m.to; k++ {
			if h := sent[k].Head - 1; h < m.from || h > m.to {
				head = k
				break
			}
		}
		if head < 0 {
			continue
		}
		if sent[head].UPOS != "PROPN" || isTitleWord(sent[head].Form) {
			if p, q, ok := gumAppositeName(sent, m.from, m.to, head); ok {
				out = append(out, GUMName{p, q, st})
			}
			continue
		}
		if st == "PER" && sent[head].XPOS == "NNPS" {
			continue // a group of people ("Afghans"), which CoNLL does not count
		}
		// Words of another mention inside a person's that does not hold the head: a name
		// before a person's name is a name of its own ("Governor of | Washington | Chris
		// Gregoire"); inside the names of places and organisations they belong to the name
		// ("Steven F. Udvar-Hazy Center", "U.S. Space and Rocket Center").
		other := func(k int) bool {
			if st != "PER" {
				return false
			}
			for _, o := range ms {
				if o.from >= m.from && o.to <= m.to && (o.from != m.from || o.to != m.to) && (head < o.from || head > o.to) && o.from <= k && k <= o.to {
					return true
				}
			}
			return false
		}
		from, to := head, head
		for k := head - 1; k >= m.from && !other(k); k-- {
			if capitalised(sent[k].Form) && (st != "PER" || !isTitleWord(sent[k].Form)) {
				from = k // titles end a person's name only ("Civil Defense Authority")
				continue
			}
			if !gumGlue[strings.ToLower(sent[k].Form)] {
				break
			}
		}
		for k := to + 1; k <= m.to; k++ {
			if sent[k].UPOS == "PROPN" || capitalised(sent[k].Form) {
				to = k
				continue
			}
			// A hyphen written without spaces joins the next word to the name whatever
			// its case: "Lee Cheuk - yan" as GUM splits "Lee Cheuk-yan".
			if sent[k].Form == "-" && k+1 <= m.to && noSpaceAfter(sent[k-1]) && noSpaceAfter(sent[k]) {
				to = k + 1
				k++
				continue
			}
			if !gumGlue[strings.ToLower(sent[k].Form)] || st == "PER" && !personGlue[strings.ToLower(sent[k].Form)] {
				break
			}
		}
		if strings.EqualFold(sent[from].Form, "the") && from < to {
			from++
		}
		if st == "PER" {
			// GUM's parse sometimes heads a person's mention with a word before the
			// title ("Emeritus | Professor John Burrows") or ends it with the role ("the
			// State Department Spokesperson"): the name follows the last title.
			for k := to; k > from; k-- {
				if isTitleWord(sent[k-1].Form) && capitalised(sent[k].Form) {
					from = k
					break
				}
			}
			if sent[to].UPOS != "PROPN" || !capitalised(sent[to].Form) {
				continue // a role, not a name ("John King" is a name)
			}
		}
		out = append(out, GUMName{from, to, st})
	}
	// Outermost names only, in order.
	var top []GUMName
	for i, g := range out {
		inner := false
		for j, o := range out {
			if j != i && o.From <= g.From && g.To <= o.To && (o.From != g.From || o.To != g.To || j < i) {
				inner = true // inside another, or a duplicate of an earlier one
				break
			}
		}
		if !inner {
			top = append(top, g)
		}
	}
	for i := 1; i < len(top); i++ {
		for j := i; j > 0 && top[j].From < top[j-1].From; j-- {
			top[j], top[j-1] = top[j-1], top[j]
		}
	}
	return top, nil
}

// noSpaceAfter reports whether the text has no space after t.
func noSpaceAfter(t GUMToken) bool { return strings.Contains(t.Misc, "SpaceAfter=No") }

// personGlue are the words a person's name may hold: hyphens and name particles, not "of"
// ("Matthew Ingram | of The Globe and Mail").
var personGlue = map[string]bool{"-": true, "–": true, "de": true}

// gumAppositeName finds, in the mention a..b headed by the common noun or title h, a run of
// proper nouns after h that attaches to h as a flat or appositive name: "spokesperson
// Julie Hahn", "his then-girlfriend Julie Couillard who had ties to ...".
func gumAppositeName(sent []GUMToken, a, b, h int) (int, int, bool) {
	for p := h + 1; p <= b; p++ {
		if sent[p].UPOS != "PROPN" || sent[p].Head-1 != h || sent[p].Deprel != "flat" && sent[p].Deprel != "appos" {
			continue
		}
		q := p
		for q+1 <= b && sent[q+1].UPOS == "PROPN" && (sent[q+1].Head-1 >= p && sent[q+1].Head-1 <= q+1 || sent[q+1].Head-1 == h && sent[q+1].Deprel == "flat") {
			q++
		}
		return p, q, true
	}
	return 0, 0, false
}
