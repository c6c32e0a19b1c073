package clean

import (
	"regexp"

	"github.com/parallax-news/parallax/internal/doc"
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is one paragraph of the cleaned text before it is placed.
type para struct {
	t     rstr
	tight bool   // followed the previous paragraph on the next line, no blank line between
	md    string // Markdown structure: "heading", "item", "image"
	kind  string
	// dl is the length of a dateline prefix ("MOSCOW (Reuters) -") and place its name.
	dl    int
	place string
	// breakTag, when set, is the repair whose inserted break precedes this paragraph.
	breakTag      int
	gluedDateline bool
	// inline holds boilerplate cut out of the paragraph's running text.
	inline []doc.Block
	// cut is set on a paragraph that ends where a repair split glued text: it is a piece
	// of running text, never a title or heading.
	cut bool
}

// paragraphs groups lines into paragraphs. Blank lines always separate paragraphs. Within a
// run of lines, text that is hard-wrapped (most lines of similar width) is joined with
// spaces; otherwise each line is a paragraph, except that a line starting in lower case
// after a line with no final punctuation continues it.
func paragraphs(lines []line, markdown bool) []para {
	if markdown {
		for i := range lines {
			lines[i] = mdLine(lines[i])
		}
	}
	wrapped, width := hardWrapped(lines)
	n := 0
	for _, l := range lines {
		if !l.blank {
			n++
		}
	}
	out := make([]para, 0, n)
	// The lines of out[k] are lines[parts[k].first : parts[k].end] (a paragraph's lines
	// follow each other), joined at the end.
	type span struct{ first, end int }
	parts := make([]span, 0, n)
	blankBefore := true
	for i, l := range lines {
		if l.blank {
			blankBefore = true
			continue
		}
		join := false
		if !blankBefore && len(out) > 0 && l.md == "" && out[len(out)-1].md == "" {
			prev := lines[i-1].t.s
			switch {
			case startsLower(l.t.s) && !endsSentence(prev):
				join = true
			case wrapped && len(prev) >= width*55/100 && !endsSentence(prev):
				join = true
			case wrapped && len(prev) >= width*80/100:
				join = true
			}
		}
		if join {
			parts[len(parts)-1].end = i + 1
		} else {
			out = append(out, para{tight: !blankBefore, md: l.md})
			parts = append(parts, span{i, i + 1})
		}
		blankBefore = false
	}
	for i, sp := range parts {
		ls := lines[sp.first:sp.end]
		if len(ls) == 1 {
			out[i].t = ls[0].t
			continue
		}
		n := len(ls)
		for _, l := range ls {
			n += len(l.t.s)
		}
		var b rbuilder
		b.grow(n)
		for k, l := range ls {
			if k > 0 {
				b.add(lit(" "))
			}
			b.add(l.t)
		}
		out[i].t = b.rstr()
	}
	return out
}

// hardWrapped reports whether the text is wrapped at a fixed width, and that width.
func hardWrapped(lines []line) (bool, int) {
	var lens []int
	width := 0
	for i, l := range lines {
		if l.blank || l.md != "" {
			continue
		}
		n := runeCount(l.t.s)
		if n > width {
			width = n
		}
		if i+1 < len(lines) && !lines[i+1].blank {
			lens = append(lens, n)
		}
	}
	if len(lens) < 3 || width > 120 || width < 30 {
		return false, width
	}
	long := 0
	for _, n := range lens {
		if n >= width*55/100 {
			long++
		}
	}
	return long*10 >= len(lens)*7, width
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsSentence reports whether s ends with sentence-final punctuation, possibly followed by
// closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '”', '’', '“', ')', ']', '»', '«', '*', '_':
			s = s[:len(s)-size]
			continue
		case '.', '!', '?', '…':
			return true
		}
		return false
	}
	return false
}

var (
	mdHeading = regexp.MustCompile(`^#{1,6}\s+`)
	mdItem    = regexp.MustCompile(`^(?:[-*+]|\d{1,3}[.)])\s+`)
	mdQuote   = regexp.MustCompile(`^(?:>\s?)+`)
	mdRule    = regexp.MustCompile(`^(?:[-*_]\s*){3,}$`)
	mdImage   = regexp.MustCompile(`^!\[([^\]]*)\]\([^)]*\)$`)
	mdLink    = regexp.MustCompile(`!?\[([^\]]+)\]\([^)\s]+(?:\s+"[^"]*")?\)`)
	mdMarks   = regexp.MustCompile("\\*\\*|__|`|(?:^|\\s)[*_]{1,2}|[*_]{1,2}(?:$|[\\s.,;:!?])")
)

// mdLine strips Markdown syntax from a line, keeping the words mapped to the raw input.
func mdLine(l line) line {
	if l.blank {
		return l
	}
	t := l.t
	switch {
	case mdRule.MatchString(t.s):
		return line{t: t.slice(0, 0), blank: true}
	case mdImage.MatchString(t.s):
		m := mdImage.FindStringSubmatchIndex(t.s)
		if m[3] > m[2] {
			return line{t: squeeze(t.slice(m[2], m[3])), md: "image"}
		}
		return line{t: t.slice(0, 0), blank: true}
	}
	if m := mdQuote.FindStringIndex(t.s); m != nil {
		t = t.slice(m[1], len(t.s))
	}
	if m := mdHeading.FindStringIndex(t.s); m != nil {
		t = t.slice(m[1], len(t.s))
		t = t.slice(0, len(strings.TrimRight(strings.TrimRight(t.s, "#"), " ")))
		l.md = "heading"
	} else if m := mdItem.FindStringIndex(t.s); m != nil {
		t = t.slice(m[1], len(t.s))
		l.md = "item"
	}
	// Links keep their text; emphasis marks go.
	var out rstr
	last := 0
	for _, m := range mdLink.FindAllStringSubmatchIndex(t.s, -1) {
		out.appendR(t.slice(last, m[0]))
		out.appendR(t.slice(m[2], m[3]))
		last = m[1]
	}
	out.appendR(t.slice(last, len(t.s)))
	t = out
	out = rstr{}
	last = 0
	for _, m := range mdMarks.FindAllStringIndex(t.s, -1) {
		for k := m[0]; k < m[1]; k++ {
			if c := t.s[k]; c == '*' || c == '_' || c == '`' {
				out.appendR(t.slice(last, k))
				last = k + 1
			}
		}
	}
	out.appendR(t.slice(last, len(t.s)))
	l.t = squeeze(out)
	l.blank = l.t.s == ""
	return l
}

// runeCount is utf8.RuneCountInString, eight ASCII bytes at a time.
func runeCount(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if word8(s, i)&swarHi != 0 {
			break
		}
	}
	return i + utf8.RuneCountInString(s[i:])
}
