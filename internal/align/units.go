package align

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/doc"
)

// Feature kinds and their base weights (multiplied by the feature's rarity in the run).
const (
	kindClass   = "c:"
	kindEntity  = "e:"
	kindContext = "x:" // an actor of the sentence around a clause
	kindCountry = "k:"
	kindEvent   = "v:"
	kindTime    = "t:"
	kindNumber  = "n:"
	kindWord    = "w:"
	kindNeg     = "c:_neg"
	kindProper  = "p:" // a capitalised word no mention covers: an actor the tagger missed
)

var baseWeight = map[string]float64{
	kindClass: 1.6, kindEntity: 1.2, kindContext: 0.5, kindCountry: 0.6,
	kindEvent: 1.2, kindTime: 1.4, kindNumber: 1.0, kindWord: 0.55, kindNeg: 1.0, kindProper: 1.0,
}

// unit is one proposition: a clause of one document with its features.
type unit struct {
	id      int
	doc     int
	span    doc.Span
	feats   map[string]float64 // feature -> base weight
	vec     []fw               // weighted features, sorted by key
	norm    float64
	neg     bool
	numbers map[string]string // noun stem -> number
	dates   []string
	actors  []string
	attrib  string // who the clause is attributed to
	// attribID is the attributed source's entity id, when it has one.
	attribID string
	up       string // upstream source (an agency) when known
	quoted   bool
	caption  bool     // in a caption block
	sent     int      // index of the sentence holding the clause
	stems    []string // content stems in order, for near-duplicate detection
	events   []string // CAMEO codes in the clause
	salient  []string // the document's principal actors, sorted
	// actorKeys are the actors the proposition is about, sorted (see actorKeys).
	actorKeys []string
	// places are the entity ids of the landmarks, streets and regions (LOC, FAC) it names:
	// where something happened says little about who did it.
	places map[string]bool
	// speakers are the sources of what the clause reports that it names only as the ones
	// speaking ("she said", "according to the ministry", "its spokesman X denied that").
	speakers map[string]bool
}

type fw struct {
	key string
	id  int32 // the feature's number in the run: vectors are sorted by it
	w   float64
}

var numberWords = map[string]string{
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15",
	"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
	"dozen": "12", "dozens": "dozens", "hundreds": "hundreds", "thousands": "thousands",
}

// hedges stand between a verb and the number it counts ("killing at least six").
var hedges = map[string]bool{"at": true, "least": true, "more": true, "than": true, "up": true, "to": true, "nearly": true, "almost": true, "about": true, "around": true, "some": true, "over": true, "roughly": true, "approximately": true, "fewer": true, "less": true, "another": true}

// agencies are upstream sources whose copy outlets reprint.
var agencies = map[string]bool{
	"reuters": true, "associated press": true, "ap": true, "afp": true, "agence france-presse": true,
	"tass": true, "ria novosti": true, "xinhua": true, "efe": true, "ansa": true, "dpa": true,
	"interfax": true, "irna": true, "anadolu": true, "bloomberg": true, "upi": true, "pti": true,
}

// docUnits extracts the propositions of document di.
func docUnits(lx *Lexicon, di int, d *doc.Document, ents map[string]doc.Entity) []*unit {
	if d.Error != "" || d.Text == "" {
		return nil
	}
	ments := append([]doc.Mention(nil), d.Mentions...)
	sort.SliceStable(ments, func(i, j int) bool { return ments[i].Start < ments[j].Start })
	var out []*unit
	defer func() {
		sal := salient(out)
		for _, u := range out {
			u.salient = sal
		}
	}()
	for si, s := range sentences(d) {
		if s.End-s.Start < 8 || s.Block == doc.BlockCaption {
			continue // a photo caption describes a picture, not the story
		}
		ctxActors := actorsIn(ments, s.Span(), ents)
		for _, c := range clauses(d.Text, s.Span()) {
			u := buildUnit(lx, di, d, c, ments, ents)
			if u == nil {
				continue
			}
			u.quoted = s.Voice == "quoted"
			u.sent = si
			u.caption = s.Block == doc.BlockCaption
			for _, a := range ctxActors {
				if _, ok := u.feats[kindEntity+a]; !ok {
					u.feats[kindContext+a] = baseWeight[kindContext]
				}
			}
			out = append(out, u)
		}
	}
	return out
}

func actorsIn(ments []doc.Mention, sp doc.Span, ents map[string]doc.Entity) []string {
	i := sort.Search(len(ments), func(i int) bool { return ments[i].Start >= sp.Start })
	var out []string
	for ; i < len(ments) && ments[i].Start < sp.End; i++ {
		if ments[i].Entity != "" && ments[i].End <= sp.End {
			out = appendUnique(out, ments[i].Entity)
		}
	}
	return out
}

func buildUnit(lx *Lexicon, di int, d *doc.Document, sp doc.Span, ments []doc.Mention, ents map[string]doc.Entity) *unit {
	text := d.Text[sp.Start:sp.End]
	ws := scanWords(text)
	if len(ws) < 3 {
		return nil
	}
	u := &unit{doc: di, span: sp, feats: map[string]float64{}, numbers: map[string]string{}}
	lower := make([]string, len(ws))
	stems := make([]string, len(ws))
	for i, w := range ws {
		lower[i] = strings.ToLower(text[w.start:w.end])
		stems[i] = stem(lower[i])
	}
	// Mentions: their words are actors, not content words.
	inMention := make([]bool, len(ws))
	mi := sort.Search(len(ments), func(i int) bool { return ments[i].Start >= sp.Start })
	for ; mi < len(ments) && ments[mi].Start < sp.End; mi++ {
		m := ments[mi]
		if m.End > sp.End {
			continue
		}
		for i, w := range ws {
			if w.start >= m.Start-sp.Start && w.end <= m.End-sp.Start {
				inMention[i] = true
			}
		}
		if m.Entity == "" {
			continue
		}
		u.actors = appendUnique(u.actors, m.Entity)
		u.feats[kindEntity+m.Entity] = baseWeight[kindEntity]
		if t := ents[m.Entity].Type; t == "LOC" || t == "FAC" || m.Type == "LOC" || m.Type == "FAC" || (t == "GPE" || m.Type == "GPE") && placePreposition(d.Text[sp.Start:m.Start]) {
			if u.places == nil {
				u.places = map[string]bool{}
			}
			u.places[m.Entity] = true
		}
		if e, ok := ents[m.Entity]; ok && e.Country != "" {
			u.feats[kindCountry+e.Country] = baseWeight[kindCountry]
		}
	}
	quoted := shortQuotes(text)
	// Synonym classes, phrases first.
	covered := make([]bool, len(ws))
	for i := 0; i < len(ws); i++ {
		for _, p := range lx.phrases[stems[i]] {
			if i+len(p.stems) > len(ws) || !equalStems(stems[i:i+len(p.stems)], p.stems) {
				continue
			}
			addClass(u, p.class)
			for k := i; k < i+len(p.stems); k++ {
				covered[k] = true
			}
		}
		if lx.stop[lower[i]] {
			continue
		}
		cs, ok := lx.single[stems[i]]
		if !ok {
			cs, ok = lx.single[lower[i]]
		}
		if ok {
			for _, c := range cs {
				if c == negClass && quoted[ws[i].start] {
					continue // a negation inside a quoted phrase is the speaker's wording
				}
				if c == negClass && inRelative(text, ws, lower, i) {
					continue // "a militia that neither government controls" asserts the militia
				}
				addClass(u, c)
			}
			covered[i] = true
		}
	}
	inTime := func(i int) bool {
		for _, t := range d.Times {
			if t.Start <= sp.Start+ws[i].start && sp.Start+ws[i].end <= t.End {
				return true
			}
		}
		return false
	}
	for i := range ws {
		// "no one was hurt", "nobody was injured": a count of zero of what follows.
		if zeroSubject(lower, i) {
			for k := i + 1; k < len(ws) && k <= i+4; k++ {
				for _, c := range lx.single[stems[k]] {
					if c != negClass {
						setCount(u, kindClass+c, "0")
					}
				}
			}
		}
		if n, ok := number(lower[i]); ok {
			if inTime(i) {
				continue
			}
			noun := ""
			for k := i + 1; k < len(ws) && k <= i+3; k++ {
				if _, isNum := number(lower[k]); !isNum && !lx.stop[stems[k]] && lower[k] != "and" {
					noun = stems[k]
					break
				}
			}
			// "killed 11", "killing at least six": the verb before the number (and any
			// hedge) says what is counted.
			v := i - 1
			for v > 0 && hedges[lower[v]] {
				v--
			}
			var verbClasses []string
			if v >= 0 {
				for _, c := range lx.single[stems[v]] {
					if c != negClass {
						setCount(u, kindClass+c, n)
						verbClasses = append(verbClasses, c)
					}
				}
			}
			if noun != "" {
				setCount(u, noun, n)
				for _, c := range verbClasses {
					setCount(u, noun+"|"+c, n)
				}
				// "80 people were detained", "83 people were held": the noun and the
				// predicate that follows it within a few words name what is counted.
				for k := i + 2; k < len(ws) && k <= i+6; k++ {
					if _, isNum := number(lower[k]); isNum || strings.ContainsAny(text[ws[k-1].end:ws[k].start], ",;:()") {
						break
					}
					cs := append([]string(nil), lx.single[stems[k]]...)
					for _, p := range lx.phrases[stems[k]] {
						if k+len(p.stems) <= len(ws) && equalStems(stems[k:k+len(p.stems)], p.stems) {
							cs = append(cs, p.class)
						}
					}
					for _, c := range cs {
						if c != negClass {
							setCount(u, noun+"|"+c, n)
							setCount(u, kindClass+c, n)
						}
					}
				}
				// "eight dead" and "eight killed" count the same thing: key by class too.
				for _, c := range lx.single[noun] {
					if c != negClass {
						setCount(u, kindClass+c, n)
					}
				}
			}
			u.feats[kindNumber+n] = baseWeight[kindNumber]
			continue
		}
		if lx.stop[lower[i]] || lx.stop[stems[i]] || len(stems[i]) < 3 {
			continue
		}
		u.stems = append(u.stems, stems[i])
		if !inMention[i] && i > 0 && unicode.IsUpper(firstRune(text[ws[i].start:])) && !covered[i] {
			u.feats[kindProper+lower[i]] = baseWeight[kindProper]
			continue
		}
		if !covered[i] && !inMention[i] {
			u.feats[kindWord+stems[i]] = baseWeight[kindWord]
		}
	}
	for _, t := range d.Times {
		if t.Start >= sp.Start && t.End <= sp.End && t.Value != "" && (t.Type == "DATE" || t.Type == "") {
			v := t.Value
			if len(v) > 10 {
				v = v[:10]
			}
			// A weekday left unresolved still links two reports; only calendar dates can
			// contradict each other.
			if resolvedDate(v) {
				u.dates = append(u.dates, v)
			}
			u.feats[kindTime+v] = baseWeight[kindTime]
		}
	}
	for _, e := range d.Events {
		if e.Trigger.Start >= sp.Start && e.Trigger.End <= sp.End && e.CAMEO != "" {
			u.events = append(u.events, e.CAMEO)
			if len(e.CAMEO) >= 2 {
				u.feats[kindEvent+e.CAMEO[:2]] = baseWeight[kindEvent]
			}
			if e.Polarity == "negated" {
				u.neg = true
			}
		}
	}
	if _, ok := u.feats[kindClass+negClass]; ok {
		u.neg = true
		u.feats[kindNeg] = baseWeight[kindNeg]
	}
	u.attrib, u.up, u.attribID = attribution(d, sp, ents)
	u.speakers = speakers(d, sp, ments)
	if len(u.feats) == 0 {
		return nil
	}
	return u
}

// complementVerbs take a "that" clause: what follows is their content, not a relative
// clause of a noun.
var complementVerbs = map[string]bool{"said": true, "say": true, "says": true, "claimed": true, "claim": true, "denied": true, "deny": true, "denies": true, "insisted": true, "added": true, "argued": true, "believe": true, "believed": true, "think": true, "thought": true, "announced": true, "reported": true, "warned": true, "stated": true, "confirmed": true, "know": true, "knew": true, "hope": true, "fear": true, "feared": true, "noted": true, "told": true, "so": true, "such": true, "now": true, "is": true, "was": true, "are": true, "were": true, "clear": true, "sure": true, "likely": true}

// inRelative reports whether the word at i lies in a restrictive relative clause of a noun
// phrase ("a story that residents rejected", "a militia that no one controls"): "that"
// right after a noun led by an article or determiner, with no comma up to i.
func inRelative(text string, ws []word, lower []string, i int) bool {
	for r := i - 1; r >= 2; r-- {
		if strings.ContainsAny(text[ws[r].end:ws[r+1].start], ",;:") {
			return false
		}
		if lower[r] != "that" {
			continue
		}
		prev := lower[r-1]
		if complementVerbs[prev] || strings.HasSuffix(prev, "ed") || strings.HasSuffix(prev, "ly") {
			return false
		}
		for k := r - 2; k >= 0 && k >= r-3; k-- {
			switch lower[k] {
			case "a", "an", "the", "this", "another", "any", "every":
				return true
			}
		}
		return false
	}
	return false
}

// placePrepositions before a place name make it where something happened ("the attack on
// Nyinkuac", "a rally in Kessin"), not an actor.
var placePrepositions = []string{" in", " near", " at", " on", " outside", " around", " towards", " toward", " inside"}

func placePreposition(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " "))
	b = strings.TrimSuffix(b, " the")
	for _, p := range placePrepositions {
		if strings.HasSuffix(b, p) {
			return true
		}
	}
	return false
}

// zeroSubject reports whether the words at i say "no one", "nobody" or "none".
func zeroSubject(lower []string, i int) bool {
	switch lower[i] {
	case "nobody", "none":
		return true
	case "no":
		return i+1 < len(lower) && lower[i+1] == "one"
	}
	return false
}

// setCount records that u counts n of key; the first count of a key wins ("six were killed
// and eleven wounded" counts six casualties, not eleven).
func setCount(u *unit, key, n string) {
	if _, ok := u.numbers[key]; !ok {
		u.numbers[key] = n
	}
}

func addClass(u *unit, c string) { u.feats[kindClass+c] = baseWeight[kindClass] }

func equalStems(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func number(w string) (string, bool) {
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	c := strings.ReplaceAll(w, ",", "")
	if _, err := strconv.ParseFloat(c, 64); err == nil && len(c) < 10 {
		// Years are dates, not counts.
		if len(c) == 4 && (strings.HasPrefix(c, "19") || strings.HasPrefix(c, "20")) {
			return "", false
		}
		return c, true
	}
	return "", false
}

// attribution names the source a clause is attributed to (an attribution or quotation
// overlapping it) and the upstream agency when that source is one.
func attribution(d *doc.Document, sp doc.Span, ents map[string]doc.Entity) (src, upstream, id string) {
	name := func(id, text string) string {
		if e, ok := ents[id]; ok && e.Name != "" {
			return e.Name
		}
		if text != "" {
			return text
		}
		return id
	}
	for _, a := range d.Attributions {
		if a.Claim.Span().Overlaps(sp) || a.Cue.Span().Overlaps(sp) {
			src, id = name(a.Source, a.SourceText), a.Source
			chain := append([]string{src}, a.Via...)
			for _, c := range chain {
				if agencies[strings.ToLower(name(c, c))] {
					upstream = name(c, c)
				}
			}
			if src != "" {
				return src, upstream, id
			}
		}
	}
	for _, q := range d.Quotes {
		qs := doc.Span{Start: q.Start, End: q.End}
		if qs.Overlaps(sp) && 2*overlap(qs, sp) >= min(qs.Len(), sp.Len()) {
			src, id = name(q.Speaker, q.SpeakerText), q.Speaker
			for _, c := range append([]string{src}, q.Via...) {
				if agencies[strings.ToLower(name(c, c))] {
					upstream = name(c, c)
				}
			}
			if src != "" {
				return src, upstream, id
			}
		}
	}
	return "", "", ""
}

// speakers finds the sources of the attributions and quotations overlapping the clause sp
// whose mentions in it all lie outside what they are reported to say.
func speakers(d *doc.Document, sp doc.Span, ments []doc.Mention) map[string]bool {
	content := map[string][]doc.Span{}
	for _, a := range d.Attributions {
		if a.Source != "" && a.Claim.Span().Overlaps(sp) && speechCue(d.Text[a.Cue.Start:a.Cue.End]) {
			content[a.Source] = append(content[a.Source], a.Claim.Span())
		}
	}
	for _, q := range d.Quotes {
		qs := doc.Span{Start: q.Start, End: q.End}
		if q.Speaker == "" || !qs.Overlaps(sp) || q.Cue != nil && !speechCue(d.Text[q.Cue.Start:q.Cue.End]) {
			continue
		}
		content[q.Speaker] = append(content[q.Speaker], qs)
	}
	var out map[string]bool
	for id, spans := range content {
		inside := false
		for _, m := range ments {
			if m.Entity != id || m.Start < sp.Start || m.End > sp.End {
				continue
			}
			for _, c := range spans {
				inside = inside || c.Start <= m.Start && m.End <= c.End
			}
		}
		if !inside {
			if out == nil {
				out = map[string]bool{}
			}
			out[id] = true
		}
	}
	return out
}

var speechVerbs = []string{"said", "says", "say", "told", "tell", "according", "added", "stated", "reported", "announced", "claimed", "insisted", "statement", "spokes", "deni", "deny", "reject", "dismiss", "confirm"}

func speechCue(cue string) bool {
	cue = strings.ToLower(cue)
	for _, v := range speechVerbs {
		if strings.Contains(cue, v) {
			return true
		}
	}
	return false
}

func overlap(a, b doc.Span) int {
	s, e := max(a.Start, b.Start), min(a.End, b.End)
	if e < s {
		return 0
	}
	return e - s
}

// salient finds a document's principal actors: the entities (or unrecognised proper words)
// its propositions name most often, at least twice, at most four.
func salient(units []*unit) []string {
	count := map[string]int{}
	for _, u := range units {
		for k := range u.feats {
			if p := k[:2]; p == kindEntity || p == kindProper {
				count[k]++
			}
		}
	}
	var keys []string
	for k, n := range count {
		if n >= 2 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > 4 {
		keys = keys[:4]
	}
	sort.Strings(keys)
	return keys
}

// shortQuotes marks the byte offsets of text inside quoted phrases of at most six words: a
// phrase quoted inside reported speech, whose words do not set the clause's polarity.
func shortQuotes(text string) map[int]bool {
	out := map[int]bool{}
	open := -1
	for i, r := range text {
		if r != '"' && r != '\u201c' && r != '\u201d' {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		inner := text[open+1 : i]
		if len(strings.Fields(inner)) <= 6 {
			for k := open + 1; k < i; k++ {
				out[k] = true
			}
		}
		open = -1
	}
	return out
}

// resolvedDate reports whether v is a calendar date, month or year (not "XXXX-WXX-2").
func resolvedDate(v string) bool {
	if len(v) < 4 {
		return false
	}
	for i, r := range v {
		if r >= '0' && r <= '9' || r == '-' && (i == 4 || i == 7) {
			continue
		}
		return false
	}
	return true
}
