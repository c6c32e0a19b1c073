package segment

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// Segmenter splits text into sentences and tokens. The zero value is not usable; build one
// with New. It is safe for concurrent use.
type Segmenter struct {
	lex *lexicon
}

// New builds a segmenter from the embedded abbreviation and sentence-opener lists.
func New() (*Segmenter, error) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	return &Segmenter{lex: lex}, nil
}

// Segment fills d.Sentences and d.Tokens from d.Text. Each block of the cleaned text (title,
// heading, caption, body, ...) is split on its own, so no sentence crosses a block; text no
// block covers is split as body. A document without positioned blocks is read as body
// paragraphs separated by blank lines.
func Segment(d *doc.Document) {
	s, err := New()
	if err != nil {
		d.Error = err.Error()
		return
	}
	s.Segment(d)
}

// Sentences returns the sentences of raw text as spans, every line break ending a sentence.
func Sentences(text string) []doc.Span {
	s, err := New()
	if err != nil {
		return nil
	}
	var out []doc.Span
	s.split(text, 0, len(text), func(start, end int) { out = append(out, doc.Span{Start: start, End: end}) }, nil)
	return out
}

// Tokens returns the tokens of raw text as spans.
func Tokens(text string) []doc.Span {
	s, err := New()
	if err != nil {
		return nil
	}
	var out []doc.Span
	s.split(text, 0, len(text), nil, func(t tok) { out = append(out, doc.Span{Start: t.s, End: t.e}) })
	return out
}

// Segment fills d.Sentences and d.Tokens; see the package function Segment.
func (s *Segmenter) Segment(d *doc.Document) {
	d.Sentences = d.Sentences[:0]
	d.Tokens = d.Tokens[:0]
	if d.Tokens == nil {
		d.Tokens = make([]doc.Token, 0, len(d.Text)/6+1)
	}
	var kind string
	onSent := func(start, end int) {
		d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: end, Block: kind})
	}
	onTok := func(t tok) { d.Tokens = append(d.Tokens, doc.Token{Start: t.s, End: t.e}) }
	sc := &scratch{}
	for _, r := range regions(d) {
		kind = r.kind
		s.splitBuf(d.Text, r.start, r.end, onSent, onTok, sc)
	}
}

// region is a stretch of the text with the kind of the block holding it.
type region struct {
	start, end int
	kind       string
}

// regions lists the positioned blocks in text order, filling gaps with body.
func regions(d *doc.Document) []region {
	var rs []region
	for _, b := range d.Blocks {
		if b.Start == nil || b.End == nil {
			continue
		}
		st, en := *b.Start, *b.End
		if st < 0 || en > len(d.Text) || st >= en {
			continue
		}
		// A block edge inside a character moves to the character's end.
		st, en = runeEdge(d.Text, st), runeEdge(d.Text, en)
		if st >= en {
			continue
		}
		rs = append(rs, region{st, en, b.Kind})
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].start < rs[j].start })
	var out []region
	pos := 0
	for _, r := range rs {
		if r.start < pos { // overlapping blocks: keep the first
			if r.end <= pos {
				continue
			}
			r.start = pos
		}
		if r.start > pos && strings.TrimSpace(d.Text[pos:r.start]) != "" {
			out = append(out, region{pos, r.start, doc.BlockBody})
		}
		if r.kind == "" {
			r.kind = doc.BlockBody
		}
		out = append(out, r)
		pos = r.end
	}
	if pos < len(d.Text) && strings.TrimSpace(d.Text[pos:]) != "" {
		out = append(out, region{pos, len(d.Text), doc.BlockBody})
	}
	return out
}

// split segments text[lo:hi] line by line, calling onSent for each sentence and onTok for
// each token (either may be nil).
func (s *Segmenter) split(text string, lo, hi int, onSent func(start, end int), onTok func(tok)) {
	s.splitBuf(text, lo, hi, onSent, onTok, &scratch{})
}

// scratch holds the buffers one document's regions share: a document splits into thousands
// of regions, and growing fresh token buffers for each cost a quarter of segmentation.
type scratch struct {
	l      line
	starts []int
}

// splitBuf is split with the buffers of sc.
func (s *Segmenter) splitBuf(text string, lo, hi int, onSent func(start, end int), onTok func(tok), sc *scratch) {
	l := &sc.l
	l.text = text
	l.lex = s.lex
	starts := sc.starts
	for lo < hi {
		e, n := lineEnd(text, lo, hi)
		l.toks = tokenize(text, lo, e, s.lex, l.toks[:0])
		if onTok != nil {
			for _, t := range l.toks {
				onTok(t)
			}
		}
		if onSent != nil && len(l.toks) > 0 {
			starts = l.boundaries(starts[:0])
			for k, st := range starts {
				end := len(l.toks)
				if k+1 < len(starts) {
					end = starts[k+1]
				}
				onSent(l.toks[st].s, l.toks[end-1].e)
			}
		}
		lo = e + n
	}
	sc.starts = starts
}

// lineEnd finds the end of the line starting at lo: the offset of the next line break (\n,
// \r, U+2028 or U+2029) and its length in bytes, or hi and 0.
func lineEnd(text string, lo, hi int) (int, int) {
	for i := lo; i < hi; i++ {
		switch text[i] {
		case '\n', '\r':
			return i, 1
		case 0xe2:
			if i+2 < hi && text[i+1] == 0x80 && (text[i+2] == 0xa8 || text[i+2] == 0xa9) {
				return i, 3
			}
		}
	}
	return hi, 0
}

// runeEdge moves off forward to the next character boundary of text.
func runeEdge(text string, off int) int {
	for k := off - 1; k >= 0 && k >= off-3; k-- {
		if utf8.RuneStart(text[k]) {
			r, n := utf8.DecodeRuneInString(text[k:])
			if !(r == utf8.RuneError && n == 1) && k+n > off {
				return k + n
			}
			break
		}
	}
	return off
}
