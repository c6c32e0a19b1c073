package report

import (
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// view is what the Markdown and HTML reports show, computed once from a report.
type view struct {
	Title    string
	Docs     []docView
	Claims   []claimView
	Framing  []framingView
	Entities []doc.Entity
	Speakers []speakerView
	Events   []eventView
	Timeline *timeline
	Network  *network
	Counts   map[string]int
}

type docView struct {
	Index    int
	Name     string
	Outlet   string
	Title    string
	Date     string
	Error    string
	Segments []segment
}

// segment is a run of a document's text, highlighted when it supports a claim; its parts
// mark the loaded terms the outlet uses in its own voice.
type segment struct {
	Text   string
	Claim  string
	Status string
	Anchor string
	Parts  []part
}

// part is a piece of a segment: plain text, or a loaded term with the actor it qualifies.
type part struct {
	Text  string
	Term  bool
	Title string
}

type claimView struct {
	doc.Claim
	Cells []cellView // one per document
	Docs  int
}

type cellView struct {
	Anchor string // anchor of the first support in that document, "" when absent
	Count  int
	Text   string
}

type framingView struct {
	Doc    string
	Entity string
	Names  string
	Terms  string
	Tone   float64
	Omits  int
}

type speakerView struct {
	Speaker string
	Quotes  []quoteView
}

type quoteView struct {
	Doc  string
	Kind string
	Text string
}

type eventView struct {
	Doc       string
	Source    string
	Target    string
	Code      string
	Label     string
	Quad      int
	Polarity  string
	Time      string
	Evidence  string
	QuadColor string
}

func docName(d *doc.Document, i int) string {
	switch {
	case d.Outlet != "":
		return d.Outlet
	case d.File != "":
		return filepath.Base(d.File)
	case d.URL != "":
		return d.URL
	case d.ID != "":
		return d.ID
	}
	return fmt.Sprintf("document %d", i)
}

func entityNames(r *doc.Report) map[string]string {
	m := map[string]string{}
	for _, e := range r.Entities {
		m[e.ID] = e.Name
	}
	for _, d := range r.Documents {
		for _, e := range d.Entities {
			if _, ok := m[e.ID]; !ok {
				m[e.ID] = e.Name
			}
		}
	}
	return m
}

func nameOf(names map[string]string, id, fallback string) string {
	if n := names[id]; n != "" {
		return n
	}
	if fallback != "" {
		return fallback
	}
	return id
}

func actorName(names map[string]string, a *doc.Actor) string {
	if a == nil {
		return ""
	}
	if n := names[a.Entity]; n != "" {
		return n
	}
	for _, s := range []string{a.Name, a.Text, a.Code, a.Country} {
		if s != "" {
			return s
		}
	}
	return ""
}

// quadColors are the colours of CAMEO's four quad classes: verbal and material
// cooperation, verbal and material conflict.
var quadColors = map[int]string{1: "#2f855a", 2: "#2b6cb0", 3: "#c05621", 4: "#c53030"}

func buildView(r *doc.Report) *view {
	names := entityNames(r)
	v := &view{Entities: r.Entities, Counts: map[string]int{}}
	for i, d := range r.Documents {
		if i == 0 || v.Title == "" {
			v.Title = d.Title
		}
		v.Docs = append(v.Docs, docView{Index: i, Name: docName(d, i), Outlet: d.Outlet, Title: d.Title, Date: d.Published, Error: d.Error})
	}
	if v.Title == "" {
		v.Title = "Comparison"
	}
	// Claims and the anchors of their supports.
	marks := make([][]mark, len(r.Documents))
	for _, c := range r.Claims {
		cv := claimView{Claim: c, Cells: make([]cellView, len(r.Documents))}
		for k, s := range c.Support {
			if s.Doc < 0 || s.Doc >= len(r.Documents) {
				continue
			}
			anchor := fmt.Sprintf("ev-%s-%d", c.ID, k)
			cell := &cv.Cells[s.Doc]
			if cell.Count == 0 {
				cell.Anchor, cell.Text = anchor, s.Text
				cv.Docs++
			}
			cell.Count++
			marks[s.Doc] = append(marks[s.Doc], mark{doc.Span{Start: s.Start, End: s.End}, c.ID, c.Status, anchor})
		}
		v.Claims = append(v.Claims, cv)
		v.Counts[c.Status]++
	}
	terms := make([][]termMark, len(r.Documents))
	for _, f := range r.Framing {
		if f.Doc < 0 || f.Doc >= len(r.Documents) {
			continue
		}
		for _, t := range f.Terms {
			for _, sp := range t.Spans {
				terms[f.Doc] = append(terms[f.Doc], termMark{doc.Span{Start: sp.Start, End: sp.End}, fmt.Sprintf("%s: %s", t.Term, nameOf(names, f.Entity, f.Entity))})
			}
		}
	}
	for i, d := range r.Documents {
		v.Docs[i].Segments = segments(d.Text, marks[i])
		withTerms(v.Docs[i].Segments, terms[i])
	}
	for _, f := range r.Framing {
		fv := framingView{Entity: nameOf(names, f.Entity, f.Entity), Names: strings.Join(f.Names, "; "), Tone: f.Tone, Omits: len(f.Omissions)}
		if f.Doc >= 0 && f.Doc < len(v.Docs) {
			fv.Doc = v.Docs[f.Doc].Name
		}
		var ts []string
		for _, t := range f.Terms {
			ts = append(ts, fmt.Sprintf("%s ×%d", t.Term, t.Count))
		}
		fv.Terms = strings.Join(ts, ", ")
		v.Framing = append(v.Framing, fv)
	}
	// Quotes by speaker, events.
	bySpeaker := map[string][]quoteView{}
	for i, d := range r.Documents {
		for _, q := range d.Quotes {
			sp := nameOf(names, q.Speaker, q.SpeakerText)
			if sp == "" {
				sp = "(unattributed)"
			}
			bySpeaker[sp] = append(bySpeaker[sp], quoteView{Doc: v.Docs[i].Name, Kind: q.Kind, Text: q.Text})
		}
		for _, e := range d.Events {
			v.Events = append(v.Events, eventView{
				Doc: v.Docs[i].Name, Source: actorName(names, e.Source), Target: actorName(names, e.Target),
				Code: e.CAMEO, Label: e.Label, Quad: e.QuadClass, Polarity: e.Polarity, Time: e.Time,
				Evidence: e.Evidence.Text, QuadColor: quadColors[e.QuadClass],
			})
		}
	}
	speakers := make([]string, 0, len(bySpeaker))
	for s := range bySpeaker {
		speakers = append(speakers, s)
	}
	sort.Slice(speakers, func(i, j int) bool {
		if len(bySpeaker[speakers[i]]) != len(bySpeaker[speakers[j]]) {
			return len(bySpeaker[speakers[i]]) > len(bySpeaker[speakers[j]])
		}
		return speakers[i] < speakers[j]
	})
	for _, s := range speakers {
		v.Speakers = append(v.Speakers, speakerView{Speaker: s, Quotes: bySpeaker[s]})
	}
	v.Timeline = buildTimeline(r, v)
	v.Network = buildNetwork(r, names, v)
	return v
}

type mark struct {
	span   doc.Span
	claim  string
	status string
	anchor string
}

type termMark struct {
	span  doc.Span
	title string
}

// withTerms splits each segment into parts at the loaded terms inside it.
func withTerms(segs []segment, terms []termMark) {
	sort.Slice(terms, func(i, j int) bool { return terms[i].span.Start < terms[j].span.Start })
	off := 0
	for i := range segs {
		s := &segs[i]
		start, end := off, off+len(s.Text)
		pos := start
		for _, t := range terms {
			if t.span.Start < pos || t.span.End > end {
				continue
			}
			if t.span.Start > pos {
				s.Parts = append(s.Parts, part{Text: s.Text[pos-start : t.span.Start-start]})
			}
			s.Parts = append(s.Parts, part{Text: s.Text[t.span.Start-start : t.span.End-start], Term: true, Title: t.title})
			pos = t.span.End
		}
		if pos < end {
			s.Parts = append(s.Parts, part{Text: s.Text[pos-start:]})
		}
		off = end
	}
}

// segments cuts text into plain and highlighted runs; overlapping marks keep the first.
func segments(text string, marks []mark) []segment {
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].span.Start < marks[j].span.Start })
	var out []segment
	pos := 0
	for _, m := range marks {
		if m.span.Start < pos || m.span.End > len(text) || m.span.Start >= m.span.End {
			continue
		}
		if m.span.Start > pos {
			out = append(out, segment{Text: text[pos:m.span.Start]})
		}
		out = append(out, segment{Text: text[m.span.Start:m.span.End], Claim: m.claim, Status: m.status, Anchor: m.anchor})
		pos = m.span.End
	}
	if pos < len(text) {
		out = append(out, segment{Text: text[pos:]})
	}
	return out
}

// timeline places the story's dated time expressions and events on one axis.
type timeline struct {
	Width, Height int
	Points        []tlPoint
	Ticks         []tlTick
}

type tlPoint struct {
	X, Y  float64
	Label string
	Color string
	Title string
}

type tlTick struct {
	X     float64
	Label string
}

func dayNumber(v string) (float64, string, bool) {
	var y, m, d int
	switch {
	case len(v) >= 10 && v[4] == '-' && v[7] == '-':
		if _, err := fmt.Sscanf(v[:10], "%4d-%2d-%2d", &y, &m, &d); err != nil {
			return 0, "", false
		}
		return float64(y*372 + (m-1)*31 + d - 1), v[:10], true
	case len(v) == 7 && v[4] == '-':
		if _, err := fmt.Sscanf(v, "%4d-%2d", &y, &m); err != nil {
			return 0, "", false
		}
		return float64(y*372 + (m-1)*31 + 15), v, true
	}
	return 0, "", false
}

func buildTimeline(r *doc.Report, v *view) *timeline {
	type pt struct {
		day   float64
		label string
		title string
		color string
	}
	var pts []pt
	seen := map[string]bool{}
	for i, d := range r.Documents {
		for _, t := range d.Times {
			day, label, ok := dayNumber(t.Value)
			if !ok || seen[label+"|"+t.Text] {
				continue
			}
			seen[label+"|"+t.Text] = true
			pts = append(pts, pt{day, label, fmt.Sprintf("%s: %q (%s)", label, t.Text, v.Docs[i].Name), "#4a5568"})
		}
		for _, e := range d.Events {
			day, label, ok := dayNumber(e.Time)
			if !ok {
				continue
			}
			pts = append(pts, pt{day, label, fmt.Sprintf("%s: %s %s (%s)", label, e.CAMEO, e.Label, v.Docs[i].Name), quadColors[e.QuadClass]})
		}
	}
	if len(pts) == 0 {
		return nil
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].day < pts[j].day })
	lo, hi := pts[0].day, pts[len(pts)-1].day
	tl := &timeline{Width: 900, Height: 120}
	span := math.Max(hi-lo, 1)
	x := func(day float64) float64 { return 40 + (day-lo)/span*(float64(tl.Width)-80) }
	stack := map[string]int{}
	for _, p := range pts {
		n := stack[p.label]
		stack[p.label]++
		tl.Points = append(tl.Points, tlPoint{X: x(p.day), Y: 60 - float64(n%5)*9, Label: p.label, Color: p.color, Title: p.title})
	}
	labels := map[string]bool{}
	lastX := -100.0
	for _, p := range tl.Points {
		if labels[p.Label] || p.X-lastX < 70 {
			continue
		}
		labels[p.Label] = true
		lastX = p.X
		tl.Ticks = append(tl.Ticks, tlTick{X: p.X, Label: p.Label})
	}
	return tl
}

// network draws the actors as nodes on a circle and the events and relations between them
// as edges coloured by quad class, each edge titled with its codes and outlets.
type network struct {
	Width, Height int
	Nodes         []netNode
	Edges         []netEdge
}

type netNode struct {
	X, Y  float64
	Name  string
	Count int
	R     float64
}

type netEdge struct {
	X1, Y1, X2, Y2 float64
	Color          string
	Width          float64
	Title          string
}

func buildNetwork(r *doc.Report, names map[string]string, v *view) *network {
	type edgeKey struct {
		a, b string
		quad int
	}
	edges := map[edgeKey]map[string]map[string]bool{} // -> label -> outlets
	count := map[string]int{}
	add := func(src, tgt string, quad int, label, outlet string) {
		if src == "" || tgt == "" || src == tgt {
			return
		}
		k := edgeKey{src, tgt, quad}
		if edges[k] == nil {
			edges[k] = map[string]map[string]bool{}
		}
		if edges[k][label] == nil {
			edges[k][label] = map[string]bool{}
		}
		edges[k][label][outlet] = true
		count[src]++
		count[tgt]++
	}
	for i, d := range r.Documents {
		for _, e := range d.Events {
			if e.Polarity == "negated" {
				continue
			}
			add(actorName(names, e.Source), actorName(names, e.Target), e.QuadClass, e.CAMEO+" "+e.Label, v.Docs[i].Name)
		}
		for _, rel := range d.Relations {
			add(actorName(names, rel.Source), actorName(names, rel.Target), 0, rel.Type, v.Docs[i].Name)
		}
	}
	if len(count) == 0 {
		return nil
	}
	actors := make([]string, 0, len(count))
	for a := range count {
		actors = append(actors, a)
	}
	sort.Slice(actors, func(i, j int) bool {
		if count[actors[i]] != count[actors[j]] {
			return count[actors[i]] > count[actors[j]]
		}
		return actors[i] < actors[j]
	})
	if len(actors) > 24 {
		actors = actors[:24]
	}
	n := &network{Width: 640, Height: 520}
	pos := map[string][2]float64{}
	cx, cy, rad := 320.0, 260.0, 190.0
	for i, a := range actors {
		ang := 2*math.Pi*float64(i)/float64(len(actors)) - math.Pi/2
		x, y := cx+rad*math.Cos(ang), cy+rad*math.Sin(ang)
		pos[a] = [2]float64{x, y}
		n.Nodes = append(n.Nodes, netNode{X: round1(x), Y: round1(y), Name: a, Count: count[a], R: round1(6 + 3*math.Sqrt(float64(count[a])))})
	}
	keys := make([]edgeKey, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].a != keys[j].a {
			return keys[i].a < keys[j].a
		}
		if keys[i].b != keys[j].b {
			return keys[i].b < keys[j].b
		}
		return keys[i].quad < keys[j].quad
	})
	for _, k := range keys {
		p, okA := pos[k.a]
		q, okB := pos[k.b]
		if !okA || !okB {
			continue
		}
		var parts []string
		total := 0
		labels := make([]string, 0, len(edges[k]))
		for l := range edges[k] {
			labels = append(labels, l)
		}
		sort.Strings(labels)
		for _, l := range labels {
			outs := make([]string, 0)
			for o := range edges[k][l] {
				outs = append(outs, o)
			}
			sort.Strings(outs)
			total += len(outs)
			parts = append(parts, fmt.Sprintf("%s (%s)", strings.TrimSpace(l), strings.Join(outs, ", ")))
		}
		color := quadColors[k.quad]
		if color == "" {
			color = "#718096"
		}
		// Shorten the line so the arrow head sits on the target circle.
		n.Edges = append(n.Edges, netEdge{
			X1: round1(p[0]), Y1: round1(p[1]), X2: round1(p[0] + (q[0]-p[0])*0.92), Y2: round1(p[1] + (q[1]-p[1])*0.92),
			Color: color, Width: round1(1 + math.Min(float64(total), 5)*0.6),
			Title: fmt.Sprintf("%s → %s: %s", k.a, k.b, strings.Join(parts, "; ")),
		})
	}
	return n
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
