package align

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// Options tune the grouping. The zero value is not useful; start from DefaultOptions.
type Options struct {
	// Pair is the least cosine similarity for two propositions of different documents to
	// be one claim; Join the least similarity for a proposition to join an existing group.
	Pair, Join float64
	// Contest is the least similarity at which opposite polarity makes a group contested.
	Contest float64
	// Block caps the posting list of a feature that is paired all against all; longer lists
	// are paired within a sliding window of Window entries, which keeps the cost linear.
	Block, Window int
	// Restate is the least similarity between two propositions of one document in a group.
	Restate float64
	// Polarity scales the similarity of propositions of opposite polarity.
	Polarity float64
	// Lend lets a proposition already in a claim pair with a free one in a second claim.
	Lend bool
	// MinShared is the least number of features (other than negation) a pair must share.
	MinShared int
	// MaxSupport is the longest support span in bytes.
	MaxSupport int
}

// DefaultOptions are the settings measured on the seeds and ECB+ dev topics.
func DefaultOptions() Options {
	return Options{Pair: 0.30, Join: 0.30, Restate: 0.4, MinShared: 2, Polarity: 0.7, Lend: true, Contest: 0.75, Block: 48, Window: 24, MaxSupport: 600}
}

// Aligner groups propositions into claims.
type Aligner struct {
	lx  *Lexicon
	opt Options
}

// New builds an aligner with the embedded lexicon.
func New(opt Options) (*Aligner, error) {
	lx, err := LoadLexicon()
	if err != nil {
		return nil, err
	}
	return &Aligner{lx: lx, opt: opt}, nil
}

var defaultAligner = sync.OnceValues(func() (*Aligner, error) { return New(DefaultOptions()) })

// Claims groups the propositions of docs into claims with the default aligner. The embedded
// lexicon is validated by the package tests; should it ever fail to load, Claims returns no
// claims rather than panic.
func Claims(docs []*doc.Document, entities []doc.Entity) []doc.Claim {
	a, err := defaultAligner()
	if err != nil {
		return nil
	}
	return a.Claims(docs, entities)
}

// group is a set of propositions taken for one claim.
type group struct {
	lent     map[int]bool // members lent from another group
	counted  string       // the counted thing, for a contested-count group
	denial   bool         // one document denies what another asserts
	byDoc    map[int][]*unit
	negs     int
	members  []*unit
	centroid map[int32]float64
	norm     float64
}

func (g *group) add(u *unit) {
	g.members = append(g.members, u)
	if g.byDoc == nil {
		g.byDoc = map[int][]*unit{}
	}
	g.byDoc[u.doc] = append(g.byDoc[u.doc], u)
	if u.neg {
		g.negs++
	}
	// Update the squared norm incrementally: only u's features change.
	sq := g.norm * g.norm
	for _, f := range u.vec {
		v := f.w / u.norm
		c := g.centroid[f.id]
		sq += 2*c*v + v*v
		g.centroid[f.id] = c + v
	}
	g.norm = math.Sqrt(math.Max(sq, 0))
}

func (g *group) cos(u *unit) float64 {
	if g.norm == 0 || u.norm == 0 {
		return 0
	}
	var dot float64
	for _, f := range u.vec {
		dot += f.w * g.centroid[f.id]
	}
	return dot / (g.norm * u.norm)
}

func (g *group) hasDoc(d int) bool { return len(g.byDoc[d]) > 0 }

type pair struct {
	a, b *unit
	sim  float64
}

// Claims groups the propositions of docs into claims.
func (a *Aligner) Claims(docs []*doc.Document, entities []doc.Entity) []doc.Claim {
	ents := make(map[string]doc.Entity, len(entities))
	for _, e := range entities {
		ents[e.ID] = e
	}
	for _, d := range docs {
		for _, e := range d.Entities {
			if _, ok := ents[e.ID]; !ok {
				ents[e.ID] = e
			}
		}
	}
	var units []*unit
	for di, d := range docs {
		for _, u := range docUnits(a.lx, di, d, ents) {
			if u.span.Len() > a.opt.MaxSupport {
				u.span.End = cutAt(d.Text, u.span.Start, u.span.Start+a.opt.MaxSupport)
			}
			u.id = len(units)
			units = append(units, u)
		}
	}
	if len(units) == 0 {
		return []doc.Claim{}
	}
	weigh(units)
	pairs := a.candidates(units)
	groups := a.cluster(units, pairs)
	return a.emit(docs, units, groups)
}

// weigh turns base weights into rarity-weighted, sorted vectors.
func weigh(units []*unit) {
	df := map[string]int{}
	for _, u := range units {
		for k := range u.feats {
			df[k]++
		}
	}
	keys := make([]string, 0, len(df))
	for k := range df {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ids := make(map[string]int32, len(keys))
	for i, k := range keys {
		ids[k] = int32(i)
	}
	n := float64(len(units))
	for _, u := range units {
		u.vec = u.vec[:0]
		for k, b := range u.feats {
			u.vec = append(u.vec, fw{k, ids[k], b * math.Log(1+n/float64(df[k]))})
		}
		sort.Slice(u.vec, func(i, j int) bool { return u.vec[i].id < u.vec[j].id })
		// Sum in a fixed order: the same input must give the same bits.
		var s float64
		for _, f := range u.vec {
			s += f.w * f.w
		}
		u.norm = math.Sqrt(s)
		u.actorKeys = actorKeys(u)
	}
}

// cosine of two units, and the part of the dot product carried by content (not actors).
func cosine(a, b *unit) (sim, content float64) {
	sim, content, _ = cosineN(a, b)
	return sim, content
}

// cosineN is cosine that also counts the shared features other than negation and context.
func cosineN(a, b *unit) (sim, content float64, shared int) {
	if a.norm == 0 || b.norm == 0 {
		return 0, 0, 0
	}
	var dot float64
	i, j := 0, 0
	for i < len(a.vec) && j < len(b.vec) {
		switch {
		case a.vec[i].id < b.vec[j].id:
			i++
		case a.vec[i].id > b.vec[j].id:
			j++
		default:
			p := a.vec[i].w * b.vec[j].w
			dot += p
			if k := a.vec[i].key; k != kindNeg && k[:2] != kindContext {
				shared++
			}
			switch a.vec[i].key[:2] {
			case kindClass, kindWord, kindEvent, kindNumber, kindTime:
				content += p
			}
			i++
			j++
		}
	}
	d := a.norm * b.norm
	return dot / d, content / d, shared
}

// disjointActors reports whether two propositions are about different actors: the same
// predicate said of different actors is a different claim.
func disjointActors(x, y *unit) bool {
	ax, ay := x.actorKeys, y.actorKeys
	if len(ax) == 0 || len(ay) == 0 {
		return false
	}
	i, j := 0, 0
	for i < len(ax) && j < len(ay) {
		switch {
		case ax[i] < ay[j]:
			i++
		case ax[i] > ay[j]:
			j++
		default:
			return false
		}
	}
	return true
}

// actorKeys are the actors a proposition is about, sorted: those it names (with their
// countries and the actors of its sentence), else its document's principal actors.
func actorKeys(u *unit) []string {
	var out []string
	named := false
	for _, f := range u.vec {
		id := f.key[2:]
		switch f.key[:2] {
		case kindEntity, kindProper:
			// A place, or the source the clause is attributed to ("she said", "according
			// to the ministry"), is not what the claim is about.
			if u.places[id] || u.speakers[id] {
				continue
			}
			named = true
			out = append(out, id)
		case kindCountry, kindContext:
			if u.speakers[id] {
				continue
			}
			out = append(out, id)
		}
	}
	if !named {
		for _, k := range u.salient {
			out = append(out, k[2:])
		}
	}
	sort.Strings(out)
	return out
}

// candidates pairs propositions of different documents that share a feature: all against
// all within short posting lists, and within a sliding window in long ones, so the work per
// proposition is bounded and the whole is linear in the number of propositions.
func (a *Aligner) candidates(units []*unit) []pair {
	type posting struct {
		list []*unit
	}
	post := map[string]*posting{}
	pos := make([][]int32, len(units)) // pos[u][k]: u's index in the list of its k-th feature
	lists := make([][]*posting, len(units))
	for _, u := range units {
		pos[u.id] = make([]int32, len(u.vec))
		lists[u.id] = make([]*posting, len(u.vec))
		for k, f := range u.vec {
			if f.key[:2] == kindContext {
				continue
			}
			pl := post[f.key]
			if pl == nil {
				pl = &posting{}
				post[f.key] = pl
			}
			pos[u.id][k] = int32(len(pl.list))
			lists[u.id][k] = pl
			pl.list = append(pl.list, u)
		}
	}
	stamp := make([]int, len(units))
	for i := range stamp {
		stamp[i] = -1
	}
	var out []pair
	for _, x := range units {
		for k, pl := range lists[x.id] {
			if pl == nil {
				continue
			}
			p := pl.list
			i := int(pos[x.id][k])
			hi := len(p)
			if len(p) > a.opt.Block {
				hi = min(len(p), i+a.opt.Window+1)
			}
			for j := i + 1; j < hi; j++ {
				y := p[j]
				if y.doc == x.doc || stamp[y.id] == x.id {
					continue
				}
				stamp[y.id] = x.id
				sim, content, shared := cosineN(x, y)
				if x.neg != y.neg {
					sim *= a.opt.Polarity
				}
				if sim >= a.opt.Join && content >= sim*0.35 && shared >= a.opt.MinShared && !disjointActors(x, y) {
					out = append(out, pair{x, y, sim})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].sim != out[j].sim {
			return out[i].sim > out[j].sim
		}
		if out[i].a.id != out[j].a.id {
			return out[i].a.id < out[j].a.id
		}
		return out[i].b.id < out[j].b.id
	})
	return out
}

// cluster takes pairs best first: two free propositions open a group; a free one joins the
// group of the other when it is close to the group as a whole; two groups merge only when
// their centroids are as close as a good pair.
func (a *Aligner) cluster(units []*unit, pairs []pair) []*group {
	of := make([]*group, len(units))
	lent := make([]bool, len(units)) // already lent to a second group
	var groups []*group
	open := func(x, y *unit) *group {
		g := &group{centroid: map[int32]float64{}}
		g.add(x)
		g.add(y)
		groups = append(groups, g)
		return g
	}
	// join puts the free proposition u into v's group, or, when the group as a whole does
	// not fit it, opens a second group pairing u with v: one sentence may corroborate one
	// claim and support another.
	join := func(g *group, v, u *unit, sim float64) {
		if a.canJoin(g, u) {
			g.add(u)
			of[u.id] = g
			return
		}
		if !lent[v.id] && sim >= a.opt.Pair && u.neg == v.neg && a.opt.Lend {
			lent[v.id] = true
			ng := open(v, u)
			ng.lent = map[int]bool{v.id: true}
			of[u.id] = ng
		}
	}
	for _, p := range pairs {
		ga, gb := of[p.a.id], of[p.b.id]
		switch {
		case ga == nil && gb == nil:
			if p.sim < a.opt.Pair {
				continue
			}
			g := open(p.a, p.b)
			of[p.a.id], of[p.b.id] = g, g
		case ga != nil && gb == nil:
			join(ga, p.a, p.b, p.sim)
		case ga == nil && gb != nil:
			join(gb, p.b, p.a, p.sim)
		}
	}
	a.restatements(units, groups)
	groups = append(groups, a.numberConflicts(units, groups)...)
	return append(groups, a.denials(units, groups)...)
}

// denials finds a proposition one document denies and another asserts about the same
// actors with the same predicate ("the group denied seizing any cargo", "the militia has
// looted part of the convoy") when they are not already grouped: a contested claim each.
// Propositions are indexed by predicate class, and a long list is cut at Block, so the
// work stays linear.
func (a *Aligner) denials(units []*unit, groups []*group) []*group {
	together := map[[2]int]bool{}
	for _, g := range groups {
		for i, x := range g.members {
			for _, y := range g.members[i+1:] {
				together[[2]int{min(x.id, y.id), max(x.id, y.id)}] = true
			}
		}
	}
	byClass := map[string][]*unit{}
	for _, u := range units {
		for k := range u.feats {
			if strings.HasPrefix(k, kindClass) && k != kindNeg {
				byClass[k] = append(byClass[k], u)
			}
		}
	}
	classes := make([]string, 0, len(byClass))
	for c := range byClass {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	// best[denier, other document]: the assertion closest to what the denial denies.
	type key struct{ x, doc int }
	best := map[key]pair{}
	for _, c := range classes {
		us := byClass[c]
		sort.Slice(us, func(i, j int) bool { return us[i].id < us[j].id })
		if len(us) > a.opt.Block {
			us = us[:a.opt.Block]
		}
		for _, x := range us {
			if !x.neg || x.quoted || !denies(x) {
				continue
			}
			for _, y := range us {
				if x.doc == y.doc || y.neg || y.quoted || together[[2]int{min(x.id, y.id), max(x.id, y.id)}] {
					continue
				}
				if disjointActors(x, y) || sharedCount(x.salient, y.salient) < 2 {
					continue
				}
				// The predicate must carry the pair.
				sim, content, _ := cosineN(x, y)
				if sim < a.opt.Contest/8 || content < sim*0.5 {
					continue
				}
				k := key{x.id, y.doc}
				if b, ok := best[k]; !ok || sim > b.sim || sim == b.sim && y.id < b.b.id {
					best[k] = pair{x, y, sim}
				}
			}
		}
	}
	keys := make([]key, 0, len(best))
	for k := range best {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].x != keys[j].x {
			return keys[i].x < keys[j].x
		}
		return keys[i].doc < keys[j].doc
	})
	var out []*group
	for _, k := range keys {
		p := best[k]
		g := &group{centroid: map[int32]float64{}, lent: map[int]bool{p.a.id: true, p.b.id: true}, denial: true}
		g.add(p.a)
		g.add(p.b)
		out = append(out, g)
	}
	return out
}

// timeNouns are units of time: "two days after" and "three days later" count different things.
var timeNouns = map[string]bool{"day": true, "week": true, "month": true, "year": true, "hour": true, "minut": true, "minute": true, "time": true, "decad": true, "centuri": true, "century": true, "second": true, "mile": true, "kilometr": true, "percent": true}

// numberConflicts finds propositions of different documents that count the same thing
// about the same actors differently ("32 crew" against "31 crew members") and are not
// already grouped together: each such pair is a contested claim of its own.
func (a *Aligner) numberConflicts(units []*unit, groups []*group) []*group {
	together := map[[2]int]bool{}
	for _, g := range groups {
		for i, x := range g.members {
			for _, y := range g.members[i+1:] {
				together[[2]int{min(x.id, y.id), max(x.id, y.id)}] = true
			}
		}
	}
	byNoun := map[string][]*unit{}
	for _, u := range units {
		for noun := range u.numbers {
			byNoun[noun] = append(byNoun[noun], u)
		}
	}
	nouns := make([]string, 0, len(byNoun))
	for n := range byNoun {
		nouns = append(nouns, n)
	}
	sort.Strings(nouns)
	var out []*group
	for _, noun := range nouns {
		us := byNoun[noun]
		if len(us) > a.opt.Block {
			us = us[:a.opt.Block]
		}
		for i, x := range us {
			for _, y := range us[i+1:] {
				if x.doc == y.doc || x.numbers[noun] == y.numbers[noun] || together[[2]int{x.id, y.id}] || timeNouns[noun] || compatible(x.numbers[noun], y.numbers[noun]) {
					continue
				}
				// Different principal actors mean a look-alike event; the same story may
				// name different actors in the two counting clauses ("the navy seized 32
				// crew", "the ministry said 31 crew").
				common := sharedCount(x.salient, y.salient)
				if common == 0 {
					continue
				}
				need := a.opt.Pair
				switch {
				case strings.Contains(noun, "|"), (x.numbers[noun] == "0") != (y.numbers[noun] == "0"):
					// ... or none against some ("no one was hurt", "injuring four sailors").
					// The same noun counted with the same predicate ("80 people were
					// detained", "83 people were held") in the same story.
					need = 0
				case common >= 3 && !strings.HasPrefix(noun, kindClass):
					need = 0 // the same story counting the same named thing twice
				case disjointActors(x, y):
					continue
				}
				if sim, _, shared := cosineN(x, y); sim < need || shared < a.opt.MinShared {
					continue
				}
				g := &group{centroid: map[int32]float64{}, lent: map[int]bool{x.id: true, y.id: true}, counted: strings.SplitN(noun, "|", 2)[0]}
				g.add(x)
				g.add(y)
				together[[2]int{x.id, y.id}] = true
				out = append(out, g)
			}
		}
	}
	return out
}

// restatements adds to each group the other propositions of its documents that restate a
// member (a headline and the sentence it sums up, a quote and its paraphrase).
func (a *Aligner) restatements(units []*unit, groups []*group) {
	byDoc := map[int][]*unit{}
	for _, u := range units {
		byDoc[u.doc] = append(byDoc[u.doc], u)
	}
	grouped := make([]bool, len(units))
	for _, g := range groups {
		for _, m := range g.members {
			grouped[m.id] = true
		}
	}
	for _, g := range groups {
		in := map[int]bool{}
		for _, m := range g.members {
			in[m.id] = true
		}
		members := append([]*unit(nil), g.members...)
		for _, m := range members {
			for _, u := range byDoc[m.doc] {
				if in[u.id] || grouped[u.id] || u.neg != m.neg || !shareNamed(m, u) {
					continue // a proposition already in a claim restates that one
				}
				// A paraphrase next to its direct quotation is the common way news restates.
				restate := a.opt.Restate
				if d := u.sent - m.sent; d >= -2 && d <= 2 {
					restate -= 0.1
				}
				if sim, _ := cosine(m, u); sim >= restate && g.cos(u) >= a.opt.Join {
					g.add(u)
					in[u.id] = true
					grouped[u.id] = true
				}
			}
		}
	}
}

// shareNamed reports whether u names an actor m names: a restatement names who it is about.
func shareNamed(m, u *unit) bool {
	for k := range u.feats {
		if p := k[:2]; p == kindEntity || p == kindProper {
			if _, ok := m.feats[k]; ok {
				return true
			}
		}
	}
	return false
}

// canJoin lets u into g when it is close to the group as a whole and, if the group already
// holds a proposition of u's document, close to that one too (a document restating its
// claim), so that one document's neighbouring sentences do not chain distinct claims.
func (a *Aligner) canJoin(g *group, u *unit) bool {
	c := g.cos(u)
	if u.neg && 2*g.negs < len(g.members) || !u.neg && 2*g.negs > len(g.members) {
		c *= a.opt.Polarity
	}
	if c < a.opt.Join {
		return false
	}
	for _, m := range g.byDoc[u.doc] {
		if sim, _ := cosine(m, u); sim < a.opt.Restate {
			return false
		}
	}
	return true
}

func (a *Aligner) emit(docs []*doc.Document, units []*unit, groups []*group) []doc.Claim {
	grouped := make([]bool, len(units))
	// counts[u]: the thing u counts in a contested-count claim, when that is its only claim.
	counts := map[int]string{}
	var claims []doc.Claim
	for _, g := range groups {
		sort.Slice(g.members, func(i, j int) bool { return g.members[i].id < g.members[j].id })
		for _, m := range g.members {
			switch _, held := counts[m.id]; {
			case g.denial && (!grouped[m.id] || held):
				if _, ok := counts[m.id]; !ok {
					counts[m.id] = "" // counts nothing: keeps its claim
				}
			case g.counted != "" && (!grouped[m.id] || held):
				counts[m.id] = g.counted
			default:
				delete(counts, m.id)
			}
			grouped[m.id] = true
		}
		claims = append(claims, a.claim(docs, g))
	}
	for _, u := range units {
		// A clause whose count another document contests may say more ("80 were
		// detained, among them two journalists"): it keeps a claim of its own.
		if c, ok := counts[u.id]; ok && (c == "" || countsOther(u, c)) && claimWorthy(u) {
			grouped[u.id] = false
		}
		if grouped[u.id] || !claimWorthy(u) {
			continue
		}
		g := &group{centroid: map[int32]float64{}}
		g.add(u)
		claims = append(claims, a.claim(docs, g))
	}
	sort.SliceStable(claims, func(i, j int) bool {
		ci, cj := claims[i], claims[j]
		ni, nj := docCount(ci), docCount(cj)
		if ni != nj {
			return ni > nj
		}
		si, sj := ci.Support[0], cj.Support[0]
		if si.Doc != sj.Doc {
			return si.Doc < sj.Doc
		}
		return si.Start < sj.Start
	})
	for i := range claims {
		claims[i].ID = fmt.Sprintf("c%03d", i+1)
	}
	return claims
}

// vague are the counts of words like "dozens": the range of numbers each allows.
var vague = map[string][2]float64{"dozens": {24, 199}, "hundreds": {200, 1999}, "thousands": {2000, 999999}}

// compatible reports whether a vague count and a number agree ("dozens" and 80).
func compatible(a, b string) bool {
	if _, ok := vague[b]; ok {
		a, b = b, a
	}
	r, ok := vague[a]
	if !ok {
		return false
	}
	n, err := strconv.ParseFloat(b, 64)
	return err == nil && n >= r[0] && n <= r[1]
}

// countsOther reports whether u counts something besides noun.
func countsOther(u *unit, noun string) bool {
	for k := range u.numbers {
		if !strings.Contains(k, "|") && !strings.HasPrefix(k, kindClass) && k != noun {
			return true
		}
	}
	return false
}

func docCount(c doc.Claim) int {
	n, last := 0, -1
	for _, s := range c.Support {
		if s.Doc != last {
			n++
			last = s.Doc
		}
	}
	return n
}

// claimWorthy keeps a lone proposition as a single-source claim when it says something
// about someone: an actor or an event, and a predicate or several content words.
func claimWorthy(u *unit) bool {
	if u.caption {
		return false // a photo caption describes a picture, not the story
	}
	var actor, content int
	for k := range u.feats {
		switch k[:2] {
		case kindEntity, kindEvent:
			actor++
		case kindClass, kindNumber, kindTime:
			content += 2
		case kindWord:
			content++
		}
	}
	return (actor > 0 || len(u.events) > 0) && content >= 2 || content >= 5
}

func (a *Aligner) claim(docs []*doc.Document, g *group) doc.Claim {
	c := doc.Claim{}
	docsIn := map[int]bool{}
	actorCount := map[string]int{}
	negs := 0
	for _, m := range g.members {
		d := docs[m.doc]
		c.Support = append(c.Support, doc.Support{
			Doc: m.doc, Start: m.span.Start, End: m.span.End, Text: d.Text[m.span.Start:m.span.End],
			AttributedTo: m.attrib, Upstream: m.up,
		})
		docsIn[m.doc] = true
		for _, x := range m.actors {
			actorCount[x]++
		}
		if m.neg {
			negs++
		}
	}
	c.Actors = topKeys(actorCount, 4)
	c.Predicate = predicate(g)
	c.Polarity = "asserted"
	if 2*negs > len(g.members) {
		c.Polarity = "negated"
	}
	c.Gist = gist(docs, g)
	c.Independent, c.Note = independence(g)
	switch {
	case len(docsIn) < 2:
		c.Status = doc.SingleSource
		c.Independent = 1
	default:
		c.Status = doc.Corroborated
		why := a.contest(g)
		if g.denial && why == "" {
			why = "one document asserts what another denies"
		}
		if why != "" {
			c.Status = doc.Contested
			c.Polarity = "mixed"
			c.Note = strings.TrimPrefix(c.Note+"; "+why, "; ")
			if cg := countGist(docs, g); cg != "" {
				// The conflict is the claim: "crew: 32 (docs 0) against 31 (docs 2)", not
				// the sentence the corroborated claim beside it already shows.
				c.Gist = cg + " — " + c.Gist
			}
		}
	}
	return c
}

// countGist says what a group counting the same thing differently disagrees on: the thing,
// then each count with the documents giving it, "crew: 32 (docs 0) against 31 (docs 2)";
// "" when its members agree on every count.
func countGist(docs []*doc.Document, g *group) string {
	nouns := map[string]bool{}
	for _, m := range g.members {
		for n := range m.numbers {
			nouns[n] = true
		}
	}
	keys := make([]string, 0, len(nouns))
	for n := range nouns {
		keys = append(keys, n)
	}
	// Counted nouns first ("crew"), then a noun with its predicate, then a class of
	// predicates ("killed", "dead"), which says less.
	rank := func(k string) int {
		switch {
		case strings.HasPrefix(k, kindClass):
			return 2
		case strings.Contains(k, "|"):
			return 1
		}
		return 0
	}
	sort.Slice(keys, func(i, j int) bool {
		if ri, rj := rank(keys[i]), rank(keys[j]); ri != rj {
			return ri < rj
		}
		return keys[i] < keys[j]
	})
	for _, noun := range keys {
		byValue := map[string]map[int]bool{}
		var values []string
		for _, m := range g.members {
			v := m.numbers[noun]
			if v == "" {
				continue
			}
			if byValue[v] == nil {
				byValue[v] = map[int]bool{}
				values = append(values, v)
			}
			byValue[v][m.doc] = true
		}
		conflict := false
		for i, x := range values {
			for _, y := range values[i+1:] {
				conflict = conflict || !compatible(x, y)
			}
		}
		if !conflict || timeNouns[noun] {
			continue
		}
		parts := make([]string, 0, len(values))
		for _, v := range values {
			ds := make([]int, 0, len(byValue[v]))
			for d := range byValue[v] {
				ds = append(ds, d)
			}
			sort.Ints(ds)
			ids := make([]string, len(ds))
			for i, d := range ds {
				ids[i] = strconv.Itoa(d)
			}
			parts = append(parts, fmt.Sprintf("%s (docs %s)", v, strings.Join(ids, ",")))
		}
		return countedWord(docs, g, noun) + ": " + strings.Join(parts, " against ")
	}
	return ""
}

// countedWord writes a count key for people: the word of a member's text the noun stem
// came from ("villages" for "villag"), or "count" for a class of predicates.
func countedWord(docs []*doc.Document, g *group, key string) string {
	if strings.HasPrefix(key, kindClass) {
		return "count"
	}
	base, _, _ := strings.Cut(key, "|")
	for _, m := range g.members {
		text := docs[m.doc].Text[m.span.Start:m.span.End]
		for _, w := range scanWords(text) {
			if word := strings.ToLower(text[w.start:w.end]); stem(word) == base {
				return word
			}
		}
	}
	return base
}

// contest finds incompatible versions inside a group: different counts of the same thing,
// different dates, or opposite polarity between near-paraphrases.
func (a *Aligner) contest(g *group) string {
	for i, x := range g.members {
		for _, y := range g.members[i+1:] {
			if x.doc == y.doc {
				continue
			}
			nouns := make([]string, 0, len(x.numbers))
			for noun := range x.numbers {
				nouns = append(nouns, noun)
			}
			sort.Strings(nouns)
			for _, noun := range nouns {
				if nx, ny := x.numbers[noun], y.numbers[noun]; ny != "" && nx != ny && !compatible(nx, ny) {
					return fmt.Sprintf("numbers differ: %s vs %s %s", nx, ny, strings.TrimPrefix(noun, kindClass))
				}
			}
			if len(x.dates) > 0 && len(y.dates) > 0 && !shareAny(x.dates, y.dates) && sameEvent(x, y) {
				return fmt.Sprintf("dates differ: %s vs %s", x.dates[0], y.dates[0])
			}
			if x.neg != y.neg {
				sim, _ := cosine(x, y)
				// Sharing the predicate (stole ~ looted) carries a denial of the same act.
				if sim >= a.opt.Contest || sim >= a.opt.Contest/2 && sharePredicate(x, y) {
					return "one document asserts what another denies"
				}
			}
		}
	}
	return ""
}

// denialStems are the stems of verbs that deny or reject an accusation.
var denialStems = map[string]bool{"deny": true, "deni": true, "reject": true, "dismiss": true, "refut": true, "rebut": true, "disput": true}

// denies reports whether a negated proposition is a denial ("denied seizing", "rejected
// accusations"), not a plain negative statement ("has no plans to").
func denies(u *unit) bool {
	for _, s := range u.stems {
		if denialStems[s] {
			return true
		}
	}
	return false
}

// sharePredicate reports whether two propositions share a synonym class other than negation.
func sharePredicate(x, y *unit) bool {
	for k := range x.feats {
		if strings.HasPrefix(k, kindClass) && k != kindNeg {
			if _, ok := y.feats[k]; ok {
				return true
			}
		}
	}
	return false
}

func sameEvent(x, y *unit) bool {
	for _, e := range x.events {
		for _, f := range y.events {
			if e == f {
				return true
			}
		}
	}
	return false
}

// sharedCount counts the strings two sorted lists share.
func sharedCount(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

func shareAny(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
				return true
			}
		}
	}
	return false
}

// independence counts the independent sources behind a group: documents repeating the same
// upstream source or printing near-identical passages count once.
func independence(g *group) (int, string) {
	var docIDs []int
	for _, m := range g.members {
		if len(docIDs) == 0 || docIDs[len(docIDs)-1] != m.doc {
			docIDs = appendUniqueInt(docIDs, m.doc)
		}
	}
	parent := map[int]int{}
	var find func(int) int
	find = func(x int) int {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		return x
	}
	actors := map[string]bool{}
	for _, m := range g.members {
		for _, a := range m.actors {
			actors[a] = true
		}
	}
	var notes []string
	for i, x := range g.members {
		for _, y := range g.members[i+1:] {
			if x.doc == y.doc || find(x.doc) == find(y.doc) {
				continue
			}
			why := ""
			switch {
			case x.up != "" && strings.EqualFold(x.up, y.up):
				why = "both via " + x.up
			case x.attrib != "" && strings.EqualFold(x.attrib, y.attrib) && !actors[x.attribID]:
				// Two outlets citing the same intermediary (analysts, a newspaper) are one
				// source; two reporting what an actor of the claim said are two witnesses.
				why = "both attribute it to " + x.attrib
			case nearDuplicate(x.stems, y.stems):
				why = "near-identical passages (shared copy)"
			}
			if why != "" {
				parent[find(y.doc)] = find(x.doc)
				notes = appendUnique(notes, why)
			}
		}
	}
	roots := map[int]bool{}
	for _, d := range docIDs {
		roots[find(d)] = true
	}
	return len(roots), strings.Join(notes, "; ")
}

func appendUniqueInt(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// nearDuplicate reports whether two stem sequences share most of their word trigrams.
func nearDuplicate(a, b []string) bool {
	if len(a) < 8 || len(b) < 8 {
		return false
	}
	sh := func(s []string) map[string]bool {
		m := map[string]bool{}
		for i := 0; i+3 <= len(s); i++ {
			m[s[i]+" "+s[i+1]+" "+s[i+2]] = true
		}
		return m
	}
	x, y := sh(a), sh(b)
	inter := 0
	for k := range x {
		if y[k] {
			inter++
		}
	}
	return float64(inter) >= 0.6*float64(min(len(x), len(y)))
}

func topKeys(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

// predicate names the group's predicate: its most frequent event code, else its heaviest
// synonym class.
func predicate(g *group) string {
	codes := map[string]int{}
	for _, m := range g.members {
		for _, e := range m.events {
			codes[e]++
		}
	}
	if k := topKeys(codes, 1); len(k) > 0 {
		return "cameo:" + k[0]
	}
	sum := map[string]float64{}
	for _, m := range g.members {
		for _, f := range m.vec {
			if strings.HasPrefix(f.key, kindClass) && f.key != kindNeg {
				sum[f.key] += f.w / m.norm
			}
		}
	}
	best, bw := "", 0.0
	for k, w := range sum {
		if w > bw || w == bw && k < best {
			best, bw = k, w
		}
	}
	return strings.TrimPrefix(best, kindClass)
}

// leading connectives dropped from a gist.
var connectives = []string{"however", "thus", "additionally", "in addition", "first", "second", "meanwhile", "moreover", "as a reminder", "and", "but", "so", "also", "still", "yet", "in words", "today", "although", "though", "while", "whereas", "despite the fact that", "yesterday", "earlier", "later", "now", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// gist is a short readable form of the group: the member closest to the group, without
// leading connectives and attribution, cut at a word boundary.
func gist(docs []*doc.Document, g *group) string {
	best, bs := g.members[0], -1.0
	for _, m := range g.members {
		s := g.cos(m)
		if m.attrib == "" {
			s += 0.05
		}
		if g.lent[m.id] {
			s -= 0.5
		}
		if s > bs+1e-9 {
			best, bs = m, s
		}
	}
	t := strings.Join(strings.Fields(docs[best.doc].Text[best.span.Start:best.span.End]), " ")
	for changed := true; changed; {
		changed = false
		lt := strings.ToLower(t)
		for _, c := range connectives {
			if strings.HasPrefix(lt, c+", ") || strings.HasPrefix(lt, c+" ") {
				t = strings.TrimLeft(t[len(c):], " ,")
				changed = true
				break
			}
		}
		if strings.HasPrefix(lt, "according to ") {
			if i := strings.Index(t, ", "); i > 0 && i < 60 {
				t = t[i+2:]
				changed = true
			}
		}
	}
	t = strings.TrimRight(t, " .,;:")
	const max = 140
	if len(t) > max {
		cut := strings.LastIndexByte(t[:max], ' ')
		if cut < 40 {
			cut = max
		}
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut--
		}
		t = t[:cut] + "…"
	}
	if r, n := utf8.DecodeRuneInString(t); n > 0 && unicode.IsLower(r) {
		t = string(unicode.ToUpper(r)) + t[n:]
	}
	return t
}

// cutAt shortens a span end to at most max, at a word boundary and a rune start.
func cutAt(text string, start, max int) int {
	if max >= len(text) {
		return len(text)
	}
	e := max
	for e > start && text[e] != ' ' {
		e--
	}
	if e <= start {
		e = max
		for e > start && !utf8.RuneStart(text[e]) {
			e--
		}
	}
	return e
}
