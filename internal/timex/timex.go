package timex

import (
	"context"
	"fmt"
	"sort"

	"github.com/parallax-news/parallax/internal/doc"
)

// Extract fills d.Times with every date, time, duration and set in d.Text, resolved against
// d.Published. Without a publication date, relative expressions stay unresolved (XXXX
// forms, PRESENT_REF) and a no_published_date note is added once.
func Extract(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	lx, err := loadLexicon()
	if err != nil {
		return err
	}
	m := &matcher{text: d.Text, lx: lx}
	if d.Published != "" {
		m.ref, m.has = publishedTime(d.Published)
	}
	m.toks = scan(d.Text, lx, make([]tok, 0, len(d.Text)/5+1))
	markSentences(m, d.Sentences)
	markTags(m, d.Tokens)
	found := m.run()
	times := make([]doc.Time, 0, len(found))
	anchor := ""
	if m.has {
		anchor = dayStr(m.ref)
	}
	relative := false
	for _, f := range found {
		if f.i >= f.j || f.j > len(m.toks) {
			continue
		}
		s, e := m.toks[f.i].start, m.toks[f.j-1].end
		t := doc.Time{Start: s, End: e, Text: d.Text[s:e], Type: f.typ, Value: f.val, Mod: f.mod}
		if f.rel && m.has {
			t.Anchor = anchor
		}
		if f.rel || len(f.val) >= 4 && f.val[:4] == "XXXX" {
			relative = true
		}
		times = append(times, t)
	}
	sort.SliceStable(times, func(a, b int) bool { return times[a].Start < times[b].Start })
	d.Times = times
	if !m.has {
		addNoPublishedNote(d, relative)
	}
	return nil
}

func addNoPublishedNote(d *doc.Document, relative bool) {
	for _, n := range d.Notes {
		if n.Kind == doc.NoteNoPublished {
			return
		}
	}
	detail := "no publication date"
	if relative {
		detail += ": relative time expressions are left unresolved"
	}
	if d.Published != "" {
		detail = fmt.Sprintf("publication date %q not understood", d.Published)
		if relative {
			detail += ": relative time expressions are left unresolved"
		}
	}
	d.Notes = append(d.Notes, doc.Note{Kind: doc.NoteNoPublished, Detail: detail})
}

// markSentences flags the tokens that open one of the segmenter's sentences, when the
// document has them; otherwise the matcher guesses sentence ends from full stops.
func markSentences(m *matcher, sents []doc.Sentence) {
	if len(sents) == 0 {
		return
	}
	m.sents = true
	k := 0
	for _, s := range sents {
		for k < len(m.toks) && m.toks[k].start < s.Start {
			k++
		}
		if k < len(m.toks) {
			m.toks[k].sent = true
		}
	}
}

// markTags copies the tagger's part-of-speech tags onto the tokens that start where a
// document token starts, so tense cues can trust VBD and MD over spelling.
func markTags(m *matcher, toks []doc.Token) {
	k := 0
	for _, dt := range toks {
		if dt.Tag == "" {
			continue
		}
		for k < len(m.toks) && m.toks[k].start < dt.Start {
			k++
		}
		if k < len(m.toks) && m.toks[k].start == dt.Start {
			m.toks[k].tag = dt.Tag
			m.tags = true
		}
	}
}
