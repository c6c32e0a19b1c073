package quote

// qspan is a quotation: the token indices of its marks and what it holds.
type qspan struct {
	open, close int // mark token indices; close is -1 when the quotation never closes
	in0, in1    int // inner tokens [in0, in1)
	closed      bool
	single      bool // made of single marks
}

// pairQuotes pairs quotation marks into quotations. Double marks nest nothing; a quotation
// left open at a paragraph end continues when the next paragraph opens with a mark (the
// news convention for multi-paragraph quotations) and otherwise ends there, unclosed. A
// closing mark with nothing open is a stray and is ignored. Single marks pair only outside
// double quotations and within one paragraph.
func pairQuotes(toks []tok, out []qspan) []qspan {
	out = out[:0]
	open := -1
	sopen := -1
	finish := func(end int, closeTok int) {
		q := qspan{open: open, close: closeTok, in0: open + 1, in1: end, closed: closeTok >= 0}
		if q.in1 > q.in0 {
			out = append(out, q)
		}
		open = -1
	}
	for i := range toks {
		t := &toks[i]
		if t.para && i > 0 {
			sopen = -1
			if open >= 0 {
				// The paragraph ended with the quotation still open.
				if !(t.kind == tQuote && t.dir != dirClose && !isSingle(t)) {
					finish(i, -1)
				} else {
					continue // continuation mark: the quotation goes on
				}
			}
		}
		if t.kind != tQuote {
			continue
		}
		if isSingle(t) {
			if open >= 0 {
				continue
			}
			switch {
			case sopen < 0 && t.dir == dirOpen:
				sopen = i
			case sopen >= 0 && t.dir != dirOpen:
				if i > sopen+1 {
					out = append(out, qspan{open: sopen, close: i, in0: sopen + 1, in1: i, closed: true, single: true})
				}
				sopen = -1
			}
			continue
		}
		if open < 0 {
			if t.dir != dirClose {
				open = i
				sopen = -1
			}
			continue
		}
		if t.dir == dirOpen {
			// A new opening mark while one is open: the first never closed.
			finish(i, -1)
			open = i
			continue
		}
		finish(i, i)
	}
	if open >= 0 {
		finish(len(toks), -1)
	}
	return out
}

func isSingle(t *tok) bool {
	return t.low == "‘" || t.low == "’" || t.low == "'" || t.low == "`"
}
