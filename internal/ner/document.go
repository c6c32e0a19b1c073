package ner

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// Document tags every sentence of d and makes the names consistent across the document, as
// a reader would: a name the tagger types differently in different sentences ("Gloria" as a
// person in one, a place in another) takes the type with the most confident support, a word
// that begins or ends a longer person's name counts as support for that person, and a
// capitalised repeat of a confidently found name that a sentence missed is added. Spans come
// in text order; Score is the sentence-level confidence, lowered to 0.5 for added or retyped
// names.
func (t *Tagger) Document(d *doc.Document) []Span {
	var spans []Span
	for _, s := range d.Sentences {
		spans = append(spans, t.Spans(d, s.Span())...)
	}
	if len(spans) == 0 {
		return nil
	}
	key := func(sp Span) string { return strings.ToLower(d.Text[sp.Start:sp.End]) }
	votes := map[string]map[string]float64{}
	vote := func(k, ty string, w float64) {
		if votes[k] == nil {
			votes[k] = map[string]float64{}
		}
		votes[k][ty] += w
	}
	for _, sp := range spans {
		vote(key(sp), sp.Type, sp.Score)
		if sp.Type == "PER" {
			if parts := strings.Fields(d.Text[sp.Start:sp.End]); len(parts) > 1 {
				vote(strings.ToLower(parts[0]), "PER", sp.Score/2)
				vote(strings.ToLower(parts[len(parts)-1]), "PER", sp.Score)
			}
		}
	}
	best := func(k string) (string, float64, float64) {
		var ty string
		var top, total float64
		types := make([]string, 0, len(votes[k]))
		for t := range votes[k] {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, t := range types {
			v := votes[k][t]
			total += v
			if v > top {
				ty, top = t, v
			}
		}
		return ty, top, total
	}
	for i, sp := range spans {
		ty, top, total := best(key(sp))
		if ty != sp.Type && top > 1.5*(total-top) {
			spans[i].Type = ty
			spans[i].Score = min(sp.Score, 0.5)
		}
	}
	spans = t.addRepeats(d, spans, votes, best)
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	return spans
}

// addRepeats adds capitalised repeats of names found with confidence (support of at least
// 0.6) that no span covers; at a sentence's start, only words that are not common words.
func (t *Tagger) addRepeats(d *doc.Document, spans []Span, votes map[string]map[string]float64, best func(string) (string, float64, float64)) []Span {
	type name struct {
		text string
		typ  string
	}
	var names []name
	keys := make([]string, 0, len(votes))
	for k := range votes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ty, top, total := best(k)
		if top >= 0.6 && top > 2*(total-top) && len(k) > 2 && ty != "GPE" {
			names = append(names, name{k, ty})
		}
	}
	if len(names) == 0 {
		return spans
	}
	covered := func(s, e int) bool {
		i := sort.Search(len(spans), func(i int) bool { return spans[i].End > s })
		return i < len(spans) && spans[i].Start < e
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	byWord := map[string][]name{}
	for _, n := range names {
		first := strings.Fields(n.text)[0]
		byWord[first] = append(byWord[first], n)
	}
	var added []Span
	for _, s := range d.Sentences {
		lo := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= s.Start })
		for i := lo; i < len(d.Tokens) && d.Tokens[i].End <= s.End; i++ {
			tk := d.Tokens[i]
			if tk.End > len(d.Text) || tk.Start >= tk.End {
				continue
			}
			w := d.Text[tk.Start:tk.End]
			if k := possessive(w); k > 0 {
				w = w[:k]
			}
			if w == "" || !capitalised(w) || (i == lo && t.lex[lowerFold(w)]&lexLower != 0) {
				continue // a capital that may only mark the sentence's start
			}
			for _, n := range byWord[strings.ToLower(w)] {
				end := tk.Start + len(n.text)
				if end > s.End || end > len(d.Text) || !strings.EqualFold(d.Text[tk.Start:end], n.text) {
					continue
				}
				if end < len(d.Text) && isWordByte(d.Text[end]) {
					continue
				}
				if covered(tk.Start, end) {
					continue
				}
				added = append(added, Span{Start: tk.Start, End: end, Type: n.typ, Score: 0.5, TitleStart: tk.Start})
				break
			}
		}
	}
	return append(spans, added...)
}

func isWordByte(b byte) bool {
	return b >= 0x80 || b == '-' || ('0' <= b && b <= '9') || ('a' <= b && b <= 'z') || ('A' <= b && b <= 'Z')
}
