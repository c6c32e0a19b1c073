package clean

import (
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// cleaner holds the state of one Clean call.
type cleaner struct {
	k       *knowledge
	raw     string
	repairs []repair
	low     []byte // scratch for lowerASCII
}

// docMeta is the metadata known before the text is read.
type docMeta struct {
	title, subtitle string
}

// ErrNoText is wrapped by the error of a document that holds no article text.
var ErrNoText = errors.New("no article text")

// Clean turns a source into a document. It always returns a document; when the source could
// not be read or holds no text, the document's Error says so, naming the input.
func Clean(src *doc.Source) *doc.Document {
	d := &doc.Document{
		ID:        ID(src.Name),
		File:      src.File,
		URL:       src.URL,
		Outlet:    src.Outlet,
		Title:     src.Title,
		Subtitle:  src.Subtitle,
		Lang:      src.Lang,
		Published: src.Published,
		Blocks:    []doc.Block{},
		Notes:     []doc.Note{},
	}
	if src.Err != nil {
		d.Error = src.Err.Error()
		return d
	}
	k, err := loadKnowledge()
	if err != nil {
		d.Error = err.Error()
		return d
	}
	c := &cleaner{k: k, raw: string(src.Raw)}
	var text rstr
	switch src.Format {
	case "html":
		text, err = c.html(d)
	default:
		text = c.text(d, src.Format == "markdown")
	}
	if err == nil && strings.TrimSpace(d.Text) == "" {
		err = ErrNoText
	}
	if err != nil {
		d.Error = fmt.Sprintf("clean: %s: %v", name(src), err)
		return d
	}
	d.SourceMap = text.sourceMap()
	if src.Encoding != "" {
		d.Notes = append([]doc.Note{{Kind: doc.NoteEncoding, Detail: "the input is not UTF-8; decoded as " + src.Encoding + " (raw offsets refer to the decoded text)"}}, d.Notes...)
	}
	return d
}

func name(src *doc.Source) string {
	if src.Name != "" {
		return src.Name
	}
	if src.File != "" {
		return src.File
	}
	return src.URL
}

// ID derives a document id from an input name: the base name without its extension, with
// a record suffix ("#3") kept; "-" is "stdin".
func ID(name string) string {
	rec := ""
	if i := strings.LastIndexByte(name, '#'); i >= 0 && i+1 < len(name) && strings.Trim(name[i+1:], "0123456789") == "" {
		name, rec = name[:i], name[i:]
	}
	if name == "-" || name == "" {
		return "stdin" + rec
	}
	if i := strings.Index(name, "://"); i >= 0 {
		name = name[i+3:]
		if q := strings.IndexAny(name, "?#"); q >= 0 {
			name = name[:q]
		}
		name = strings.TrimRight(name, "/")
	}
	name = strings.TrimPrefix(name, "example:")
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	if ext := path.Ext(base); ext != "" && len(ext) <= 9 && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	if base == "" || base == "." || base == "/" {
		base = "doc"
	}
	return base + rec
}

// text cleans plain text or Markdown.
func (c *cleaner) text(d *doc.Document, markdown bool) rstr {
	meta, body := FrontMatter(c.raw)
	applyMeta(d, meta)
	n := c.normalize(c.raw, body)
	ps := paragraphs(splitLines(n), markdown)
	return c.layout(d, ps)
}

func applyMeta(d *doc.Document, meta map[string]string) {
	set := func(f *string, key string) {
		if *f == "" {
			*f = meta[key]
		}
	}
	set(&d.Title, "title")
	set(&d.Subtitle, "subtitle")
	set(&d.Outlet, "outlet")
	set(&d.URL, "url")
	set(&d.Published, "published")
	set(&d.Lang, "lang")
	d.Lang = strings.ToLower(d.Lang)
}

// layout repairs and classifies paragraphs, then writes the cleaned text, blocks and notes.
func (c *cleaner) layout(d *doc.Document, ps []para) rstr {
	ps = c.unglue(ps)
	if d.Title != "" && !hasParagraph(ps[:min(len(ps), 3)], d.Title) {
		// The metadata's title is analysed like a headline in the text: it leads the text.
		ps = append([]para{{t: lit(squash1(d.Title)), kind: doc.BlockTitle}}, ps...)
	}
	c.classify(ps, docMeta{title: d.Title, subtitle: d.Subtitle})
	var ob pbuilder
	size := 0
	for _, p := range ps {
		size += len(p.t.s) + 2
	}
	ob.grow(size, 2*len(ps))
	type placed struct {
		p          *para
		start, end int
	}
	laid := make([]placed, 0, len(ps))
	d.Blocks = slices.Grow(d.Blocks, len(ps)+len(ps)/8)
	for i := range ps {
		p := &ps[i]
		d.Blocks = append(d.Blocks, p.inline...)
		if p.kind == doc.BlockBoilerplate {
			b := doc.Block{Kind: p.kind, Raw: p.t.s}
			if rs, re, ok := p.t.rawSpan(0, len(p.t.s)); ok {
				b.Raw = c.raw[rs:re]
				b.RawStart, b.RawEnd = intp(rs), intp(re)
			}
			d.Blocks = append(d.Blocks, b)
			continue
		}
		if ob.len() > 0 {
			if p.breakTag < -1 {
				ob.add(tagged("\n\n", p.breakTag))
			} else {
				ob.add(paraBreak)
			}
		}
		start := ob.len()
		ob.add(p.t)
		end := ob.len()
		laid = append(laid, placed{p, start, end})
		switch {
		case p.dl > 0 && p.kind == doc.BlockBody:
			d.Blocks = append(d.Blocks, doc.Block{Kind: doc.BlockDateline, Start: intp(start), End: intp(start + p.dl)})
			bs := start + p.dl
			for bs < end && p.t.s[bs-start] == ' ' {
				bs++
			}
			if bs < end {
				d.Blocks = append(d.Blocks, doc.Block{Kind: doc.BlockBody, Start: intp(bs), End: intp(end)})
			}
		default:
			d.Blocks = append(d.Blocks, doc.Block{Kind: p.kind, Start: intp(start), End: intp(end)})
		}
		switch p.kind {
		case doc.BlockTitle:
			if d.Title == "" {
				d.Title = p.t.s
			}
		case doc.BlockSubtitle:
			if d.Subtitle == "" {
				d.Subtitle = p.t.s
			}
		}
		if p.place != "" && d.Dateline == "" {
			d.Dateline = p.place
		}
	}
	out := ob.rstr()
	d.Text = out.s
	c.repairNotes(d, out)
	dups := newDupFinder(len(laid))
	lastBody := -1
	for i, l := range laid {
		s := l.p.t.s
		if l.p.kind == doc.BlockBody {
			lastBody = i
			body := l.start
			if l.p.dl > 0 {
				body += l.p.dl
				for body < l.end && out.s[body] == ' ' {
					body++
				}
			}
			c.fragments(d, out, body, l.end, l.p.gluedDateline || l.p.breakTag < -1)
		}
		if l.p.kind == doc.BlockBody || l.p.kind == doc.BlockSubtitle {
			next := ""
			if i+1 < len(laid) {
				next = laid[i+1].p.t.s
			}
			c.quotes(d, out, l.start, l.end, next)
		}
		if first := dups.seen(l.start, s); first >= 0 {
			c.note(d, out, doc.NoteDuplicate, l.start, l.end, fmt.Sprintf("repeats the paragraph at byte %d", first))
		}
	}
	// A body paragraph inside the text that stops mid-sentence lost its end (a glue split
	// is noted as such; a paragraph ending with a colon introduces what follows).
	for i, l := range laid[:max(0, lastBody)] {
		s := out.s[l.start:l.end]
		if l.p.kind != doc.BlockBody || l.p.cut || len(s) < 80 || !cutOff(s) || credit.MatchString(s) {
			continue
		}
		if i+1 < len(laid) && startsLower(laid[i+1].p.t.s) {
			continue // the fragment note on the next paragraph tells the story
		}
		c.note(d, out, doc.NoteTruncated, l.start+lastSentenceStart(s), l.end, "the paragraph stops mid-sentence")
	}
	if lastBody >= 0 && lastBody == len(laid)-1 {
		l := laid[lastBody]
		s := out.s[l.start:l.end]
		if (!endsSentence(s) || strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")) && !credit.MatchString(s) {
			st := l.start + lastSentenceStart(s)
			c.note(d, out, doc.NoteTruncated, st, l.end, "the text ends mid-sentence")
		}
	}
	sortNotes(d.Notes)
	return out
}

func intp(i int) *int { return &i }

// dupFinder finds paragraphs whose squashed text (40 bytes or more) repeats an earlier
// one's. It compares prints first (the hash of the length of the squashed text and its
// first and last eight bytes), which an ASCII paragraph gives without squashing all of it;
// the squashed texts of paragraphs sharing a print are then compared in full.
type dupFinder struct {
	prints map[uint64]seenText // the first paragraph with each print, until another has it
	keys   map[string]int      // squashed text to the first paragraph with it
	key    []byte
}

type seenText struct {
	start int
	text  string
}

func newDupFinder(n int) *dupFinder {
	return &dupFinder{prints: make(map[uint64]seenText, n), keys: map[string]int{}}
}

// seen returns the start of the first paragraph whose squashed text is that of s, -1 when
// there is none (s, starting at start, is remembered then) or it is shorter than 40 bytes.
func (f *dupFinder) seen(start int, s string) int {
	p := f.print(s)
	if p.n < 40 {
		return -1
	}
	h := p.hash()
	first, ok := f.prints[h]
	if !ok {
		f.prints[h] = seenText{start, s}
		return -1
	}
	if first.start >= 0 {
		// A second paragraph with this print: from now on they are told apart in full.
		f.key = squashAppend(f.key[:0], first.text)
		f.keys[string(f.key)] = first.start
		f.prints[h] = seenText{start: -1}
	}
	f.key = squashAppend(f.key[:0], s)
	if at, ok := f.keys[string(f.key)]; ok {
		return at
	}
	f.keys[string(f.key)] = start
	return -1
}

// dupPrint is the print of a squashed text: equal texts have equal prints.
type dupPrint struct {
	n          int
	head, tail uint64
}

// hash mixes a print into a word (prints sharing one are told apart in full all the same).
func (p dupPrint) hash() uint64 {
	h := p.head*0x9E3779B97F4A7C15 ^ p.tail*0xC2B2AE3D27D4EB4F ^ uint64(p.n)
	return h ^ h>>29
}

// print returns the print of squash(s): for ASCII text from a count of its letters and
// digits (eight bytes at a time) and its two ends, otherwise from squash(s) itself.
func (f *dupFinder) print(s string) dupPrint {
	n, ascii := alnumCount(s)
	if !ascii {
		f.key = squashAppend(f.key[:0], s)
		k := f.key
		return dupPrint{len(k), pack8(k[:min(8, len(k))]), pack8(k[max(0, len(k)-8):])}
	}
	var head, tail [8]byte
	h := 0
	for i := 0; i < len(s) && h < 8; i++ {
		if c := squashASCII[s[i]]; c != 0 {
			head[h] = c
			h++
		}
	}
	t := 8
	for i := len(s) - 1; i >= 0 && t > 8-min(8, n); i-- {
		if c := squashASCII[s[i]]; c != 0 {
			t--
			tail[t] = c
		}
	}
	return dupPrint{n, pack8(head[:min(8, n)]), pack8(tail[8-min(8, n):])}
}

// pack8 packs up to eight bytes into a word.
func pack8(b []byte) uint64 {
	var w uint64
	for i, c := range b {
		w |= uint64(c) << (8 * i)
	}
	return w
}

// paraBreak separates paragraphs in the cleaned text (shared: a pbuilder keeps what it is
// given, and nothing writes to an offset table once made).
var paraBreak = lit("\n\n")

// hasParagraph reports whether one of ps reads text.
func hasParagraph(ps []para, text string) bool {
	for _, p := range ps {
		if sameText(p.t.s, text) {
			return true
		}
	}
	return false
}

// squash1 flattens white space runs to single spaces.
func squash1(s string) string { return strings.Join(strings.Fields(s), " ") }

// cutOff reports whether a paragraph stops mid-sentence: its last sentence, of four words or
// more, ends with a lower-case word or a comma (a name, a number or a closing quotation
// mark ending it may be a signature or a list item).
func cutOff(s string) bool {
	if endsSentence(s) {
		return false
	}
	last := s[lastSentenceStart(s):]
	if words(last) < 4 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); r == ',' {
		return true
	}
	f := strings.Fields(last)
	w := f[len(f)-1]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !strings.ContainsAny(last, "―—") // "...” ― Ana Ruiz" signs a quotation
}
