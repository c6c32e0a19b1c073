package frame

import (
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// Voice marks the bytes of d.Text that are not in the outlet's own voice: direct and partial
// quotations found by the quote stage, and anything between quotation marks (an opening
// mark that never closes runs to the end of its paragraph). mask[i] is true for a byte that
// belongs to someone else. Reported speech without quotation marks (indirect quotes,
// attributed content) stays in the outlet's voice: the outlet chose its words ("officials
// said the regime's militia looted the convoy").
func Voice(d *doc.Document) []bool {
	mask := make([]bool, len(d.Text))
	set := func(s, e int) {
		s, e = max(s, 0), min(e, len(mask))
		for i := s; i < e; i++ {
			mask[i] = true
		}
	}
	for _, q := range d.Quotes {
		if q.Kind != doc.QuoteIndirect {
			set(q.Start, q.End)
		}
	}
	t := d.Text
	open := -1
	var closer rune
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == '\n':
			// A paragraph ends: a quotation left open runs to here.
			if open >= 0 {
				set(open, i)
				open = -1
			}
		case open < 0 && (r == '"' || r == '\u201c' || r == '\u00ab'):
			open = i
			closer = map[rune]rune{'"': '"', '\u201c': '\u201d', '\u00ab': '\u00bb'}[r]
		case open >= 0 && (r == closer || closer == '\u201d' && r == '"'):
			set(open, i+n)
			open = -1
		}
		i += n
	}
	if open >= 0 {
		set(open, len(t))
	}
	return mask
}
