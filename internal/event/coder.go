package event

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/datafile"
	"github.com/parallax-news/parallax/internal/doc"
)

// Coder codes events and relations. Build it once with New; it is safe for concurrent use.
type Coder struct {
	table   Table
	lx      *lexicon
	rels    []relPattern
	sectors map[string]string // word (or two words joined by a space) -> sector code
}

// New loads the embedded CAMEO table, event patterns, relation patterns and sector words,
// then the user's pattern files (same format as data/patterns.txt). A bad entry is an error
// naming its file and line.
func New(userPatternFiles ...string) (*Coder, error) {
	t, err := parseTable("data/cameo.tsv", cameoTSV)
	if err != nil {
		return nil, err
	}
	c := &Coder{table: t, lx: newLexicon(), sectors: map[string]string{}}
	irr, err := dataFS.ReadFile("data/irregular.txt")
	if err != nil {
		return nil, fmt.Errorf("event: %w", err)
	}
	if err := c.lx.loadIrregular("data/irregular.txt", string(irr)); err != nil {
		return nil, err
	}
	pat, err := dataFS.ReadFile("data/patterns.txt")
	if err != nil {
		return nil, fmt.Errorf("event: %w", err)
	}
	if err := c.lx.load("data/patterns.txt", string(pat), t); err != nil {
		return nil, err
	}
	for _, f := range userPatternFiles {
		if err := c.lx.loadUser(f, t); err != nil {
			return nil, err
		}
	}
	rel, err := dataFS.ReadFile("data/relations.txt")
	if err != nil {
		return nil, fmt.Errorf("event: %w", err)
	}
	if c.rels, err = parseRelations("data/relations.txt", string(rel)); err != nil {
		return nil, err
	}
	sec, err := dataFS.ReadFile("data/sectors.txt")
	if err != nil {
		return nil, fmt.Errorf("event: %w", err)
	}
	if err := c.loadSectors("data/sectors.txt", string(sec)); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Coder) loadSectors(name, src string) error {
	return datafile.Lines(src, func(line int, l string) error {
		code, words, ok := strings.Cut(l, ":")
		code = strings.TrimSpace(code)
		if !ok || len(code) != 3 || strings.ToUpper(code) != code {
			return fmt.Errorf("event: %s:%d: want \"SECTOR: word, word\" with a three-letter upper-case sector", name, line)
		}
		for _, w := range strings.Split(words, ",") {
			w = strings.Join(strings.Fields(strings.ToLower(w)), " ")
			if w == "" {
				continue
			}
			if _, dup := c.sectors[w]; !dup {
				c.sectors[w] = code
			}
		}
		return nil
	})
}

// Code describes a CAMEO code (label, Goldstein value, PLOVER category).
func (c *Coder) Code(code string) (Code, bool) { return c.table.Lookup(code) }

// Extract fills d.Events and d.Relations from the document's sentences, tokens, mentions,
// times, quotes and attributions. Without tokens it tokenises the text itself; without
// mentions it finds no actors and codes no events.
func (c *Coder) Extract(ctx context.Context, d *doc.Document) error {
	d.Events = []doc.Event{}
	d.Relations = []doc.Relation{}
	if d.Text == "" {
		return nil
	}
	x := newDocView(d)
	for si, s := range x.sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		sv := x.sentence(c, s)
		if len(sv.toks) == 0 {
			continue
		}
		c.codeSentence(x, sv)
		c.relations(x, sv)
	}
	c.roleRelations(x)
	dedupEvents(d)
	return nil
}

// dedupEvents drops repeated events (same code, trigger and actors) and sorts the rest by
// position, keeping the output deterministic.
func dedupEvents(d *doc.Document) {
	key := func(e *doc.Event) string {
		a := func(x *doc.Actor) string {
			if x == nil {
				return ""
			}
			return fmt.Sprintf("%d:%d", x.Start, x.End)
		}
		return fmt.Sprintf("%s|%d|%s|%s", e.CAMEO, e.Trigger.Start, a(e.Source), a(e.Target))
	}
	sort.SliceStable(d.Events, func(i, j int) bool {
		if d.Events[i].Trigger.Start != d.Events[j].Trigger.Start {
			return d.Events[i].Trigger.Start < d.Events[j].Trigger.Start
		}
		return false
	})
	seen := map[string]bool{}
	out := d.Events[:0]
	for i := range d.Events {
		k := key(&d.Events[i])
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, d.Events[i])
	}
	d.Events = out
}
