package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line holds the tokens of one line and decides where its sentences start.
type line struct {
	text string
	toks []tok
	lex  *lexicon
	// start[i] is true when a sentence starts at token i; nonTerm[i] when token i is a
	// period that cannot end a sentence (the dot of a list marker).
	start    []bool
	nonTerm  []bool
	lastWord int // index of the last token that is not punctuation, or -1
}

// boundaries marks the sentence starts of the line's tokens and returns them as token
// indices (the first is always 0 when there are tokens).
func (l *line) boundaries(out []int) []int {
	n := len(l.toks)
	if n == 0 {
		return out
	}
	l.start = resizeBool(l.start, n)
	l.nonTerm = resizeBool(l.nonTerm, n)
	l.start[0] = true
	l.lastWord = -1
	for k := n - 1; k >= 0; k-- {
		if l.toks[k].k != kPunct {
			l.lastWord = k
			break
		}
	}
	l.markLists()
	for i := 0; i < n; i++ {
		if l.nonTerm[i] {
			continue
		}
		if !l.isTerminal(i) {
			continue
		}
		// Closing quotes and brackets, and further marks glued to the terminal, belong to
		// this sentence.
		j := i + 1
		for j < n && l.toks[j].s == l.toks[j-1].e && l.isCloser(j) {
			j++
		}
		// Reference marks after the period belong to the sentence they close:
		// "... in 1805. [19] He" (Wikipedia and Wikinews style).
		for j < n {
			e := l.refMark(j)
			if e < 0 {
				break
			}
			j = e
		}
		if j >= n {
			break
		}
		if l.toks[j].s == l.toks[j-1].e {
			// No space after the mark: "information.As", "Jr.'s", "1.5".
			continue
		}
		// "(Ibid.). Next": the last glued mark decides, not the abbreviation.
		for k := j - 1; k > i; k-- {
			if c := l.text[l.toks[k].s]; c == '.' || c == '!' || c == '?' {
				i = k
				break
			}
		}
		if l.breakAfter(i, j) {
			l.start[j] = true
		}
		i = j - 1
	}
	for i := 0; i < n; i++ {
		if l.start[i] {
			out = append(out, i)
		}
	}
	return out
}

// refMark returns the end (token index) of a bracketed reference mark such as "[19]",
// "[1 - 3]" or "[7, 8]" starting at token j, or -1.
func (l *line) refMark(j int) int {
	if l.text[l.toks[j].s] != '[' {
		return -1
	}
	k := j + 1
	digits := false
	for ; k < len(l.toks) && k-j < 8; k++ {
		t := l.toks[k]
		switch {
		case t.k == kNum:
			digits = true
		case l.text[t.s:t.e] == "]":
			if digits {
				return k + 1
			}
			return -1
		case l.text[t.s:t.e] == "," || l.text[t.s:t.e] == "-" || l.text[t.s:t.e] == "–":
		default:
			return -1
		}
	}
	return -1
}

// isTerminal reports whether token i may end a sentence.
func (l *line) isTerminal(i int) bool {
	t := l.toks[i]
	switch t.k {
	case kAbbr, kInitial:
		return true
	case kPunct:
		switch c := l.text[t.s]; c {
		case '.', '!', '?':
			return true
		}
		return strings.HasPrefix(l.text[t.s:t.e], "…")
	}
	return false
}

// isCloser reports whether token j, glued to the mark before it, closes what the mark ends.
func (l *line) isCloser(j int) bool {
	t := l.toks[j]
	if t.k != kPunct {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.text[t.s:t.e])
	switch r {
	case '"', '\'', '”', '’', ')', ']', '}', '»', '›', '.', '!', '?', '…':
		return true
	}
	return false
}

// dots counts the dots of an ellipsis token (…" counts three); 1 for a plain period.
func (l *line) dots(t tok) int {
	s := l.text[t.s:t.e]
	if strings.HasPrefix(s, "…") {
		return 3 * strings.Count(s, "…")
	}
	return strings.Count(s, ".")
}

// breakAfter decides whether a sentence ends after the mark at token i, given that token j
// (after white space) comes next.
func (l *line) breakAfter(i, j int) bool {
	// Trailing punctuation with no word after it stays with the sentence (". . .", "! ! !").
	w := l.nextWord(j)
	if j > l.lastWord {
		return false
	}
	t := l.toks[i]
	nx := l.toks[j]
	// An abbreviation whose period a closing quotation mark follows ends its sentence like
	// any period: `he lives in the U.S." Officials`.
	quoted := j > i+1 && l.isQuoteMark(j-1) && t.abbr != abbrTitle
	switch {
	case t.k == kAbbr && !quoted:
		return l.breakAfterAbbr(i, t, w)
	case t.k == kInitial && !quoted:
		return l.breakAfterInitial(i, t, w)
	}
	mark := l.text[t.s]
	if mark == '!' || mark == '?' {
		return w >= 0 && l.opensSentence(w)
	}
	d := l.dots(t)
	if d == 3 {
		// An ellipsis trails off a sentence before a capitalised word ("He paused... Then
		// he left"), but not before "I" ("the thing is . . . I didn't"), a lower-case word
		// ("I mean ... well") or a closing bracket ("[...]").
		if w != j || !l.isUpper(w) || l.start[i] {
			return false // an ellipsis opening a sentence leads into it (". . . The practice")
		}
		return l.text[l.toks[w].s:l.toks[w].e] != "I"
	}
	// A period (or two, or four and more dots).
	if l.text[nx.s] == '.' || strings.HasPrefix(l.text[nx.s:nx.e], "…") {
		return true // "compounds. . . . The", "Sentence. .. Next"
	}
	if w < 0 {
		return true
	}
	if l.isLower(w) {
		// A lower-case word after a plain period is a fragment where text was lost ("last
		// week. the coast guard"), when the period closes an ordinary word and nothing
		// (quote, bracket) stands between them; abbreviations are tokens of their own.
		return j == i+1 && w == j && i > 0 && l.toks[i-1].e == t.s && l.toks[i-1].k == kWord &&
			utf8.RuneCountInString(l.text[l.toks[i-1].s:l.toks[i-1].e]) >= 3
	}
	if i > 0 && l.numberedHeading(i) {
		return false // "1. Introduction", "2.1. Institutional structure"
	}
	if l.isDigit(w) {
		// "She has $100.00. 20 more" breaks; "N°. 1026" does not.
		return i > 0 && l.toks[i-1].e == t.s && l.toks[i-1].k == kWord
	}
	return true
}

// breakAfterAbbr decides for an abbreviation that ends with a period.
func (l *line) breakAfterAbbr(i int, t tok, w int) bool {
	if w < 0 || !l.isUpper(w) {
		return false
	}
	switch t.abbr {
	case abbrTitle, abbrName, abbrNumber, abbrInner:
		return false
	case abbrFinal:
		// "Pitt, Briggs & Co. It closed", but not "Samsung Co. Ltd."
		if wt := l.toks[w]; wt.k == kAbbr && wt.abbr != abbrTitle {
			return false
		}
		return true
	}
	// Dotted (U.S.), prefix and time abbreviations: a new sentence only before a usual
	// sentence opener, and only when what precedes could be a sentence ("At 5 a.m. Mr. Smith
	// went" holds no sentence before "Mr.").
	if l.wordsBefore(i) < 3 {
		return false
	}
	if l.isStarter(w) {
		return true
	}
	// A time of day ends a sentence before a capitalised word too ("at 5 a.m. Israeli
	// jets struck"), unless the word goes on with the time: a day, a month, a time zone,
	// "Moscow time".
	if t.abbr == abbrTime {
		return !l.continuesTime(w)
	}
	return false
}

// timeWords are capitalised words that continue a time of day.
var timeWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"Eastern": true, "Pacific": true, "Central": true, "Mountain": true, "Greenwich": true,
}

// continuesTime reports whether the capitalised word at w carries on a time of day: a day,
// a month (or its abbreviation), a time zone in capitals (GMT, ET), or a word followed by
// "time" ("Moscow time").
func (l *line) continuesTime(w int) bool {
	t := l.toks[w]
	s := l.text[t.s:t.e]
	if timeWords[s] || t.k == kAbbr && t.abbr == abbrPrefix {
		return true
	}
	if len(s) <= 4 && strings.ToUpper(s) == s {
		return true
	}
	if w+1 < len(l.toks) {
		n := l.toks[w+1]
		if strings.EqualFold(l.text[n.s:n.e], "time") {
			return true
		}
	}
	return false
}

// breakAfterInitial decides for one letter and a period: "Jonas E. Smith" holds an initial,
// "you and I. Did you" ends a sentence.
func (l *line) breakAfterInitial(i int, t tok, w int) bool {
	if w < 0 || !l.isUpper(w) {
		return false
	}
	if r := firstRune(l.text[t.s:t.e]); unicode.IsLower(r) {
		return false // "p. 55", "v. Then": lower-case letters abbreviate
	}
	if i == 0 {
		return false
	}
	p := l.toks[i-1]
	switch p.k {
	case kInitial, kAbbr:
		return false
	case kWord:
		pr := firstRune(l.text[p.s:p.e])
		if unicode.IsLower(pr) {
			// "you and I. Did you", "Plan B. The plan"; but "writer L. Ron Hubbard".
			return l.text[t.s] == 'I' || l.isStarter(w)
		}
		// "Jonas E. Smith" holds an initial; "Plan B. The rest" ends a sentence.
		return l.isStarter(w) && l.toks[w].k == kWord
	case kNum:
		return true
	}
	return l.isStarter(w)
}

// numberedHeading reports whether the period at token i closes a sentence that is only a
// section number ("2.", "2.1.").
func (l *line) numberedHeading(i int) bool {
	p := l.toks[i-1]
	if p.k != kNum || p.e != l.toks[i].s || !l.start[i-1] {
		return false
	}
	return p.e-p.s <= 5
}

// wordsBefore counts word tokens from the current sentence start up to token i, stopping
// at three (all the rules ask).
func (l *line) wordsBefore(i int) int {
	n := 0
	for k := i - 1; k >= 0 && n < 3; k-- {
		if l.toks[k].k != kPunct {
			n++
		}
		if l.start[k] {
			break
		}
	}
	return n
}

// nextWord returns the first token at or after j that is not an opening quote, bracket or
// dash, or -1.
func (l *line) nextWord(j int) int {
	for k := j; k < len(l.toks); k++ {
		t := l.toks[k]
		if t.k != kPunct {
			return k
		}
		r, _ := utf8.DecodeRuneInString(l.text[t.s:t.e])
		switch r {
		case '"', '\'', '“', '‘', '«', '‹', '(', '[', '{', '-', '–', '—', '¿', '¡':
			continue
		}
		return k
	}
	return -1
}

// opensSentence reports whether token w can start a sentence: a capitalised word, a number,
// or anything that is not a lower-case word.
func (l *line) opensSentence(w int) bool {
	return !l.isLower(w) && l.toks[w].k != kPunct || l.isUpper(w)
}

func (l *line) isQuoteMark(j int) bool {
	r := firstRune(l.text[l.toks[j].s:l.toks[j].e])
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == '»'
}

func (l *line) isUpper(w int) bool {
	return unicode.IsUpper(firstRune(l.text[l.toks[w].s:l.toks[w].e]))
}

func (l *line) isLower(w int) bool {
	return unicode.IsLower(firstRune(l.text[l.toks[w].s:l.toks[w].e]))
}

func (l *line) isDigit(w int) bool {
	return unicode.IsDigit(firstRune(l.text[l.toks[w].s:l.toks[w].e]))
}

// isStarter reports whether token w is a usual sentence opener or a title ("Mr.").
func (l *line) isStarter(w int) bool {
	t := l.toks[w]
	if t.k == kAbbr && t.abbr == abbrTitle {
		return true
	}
	return l.lex.starters[l.text[t.s:t.e]]
}

// isBullet reports whether r marks a list item.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '‣', '⁃', '▪', '●', '∙', '■', '□', '➢', '►', '▸':
		return true
	}
	return false
}

// marker is a list-item marker candidate: "1.", "2)", "3.)", "a.", "b)".
type marker struct {
	tok    int // first token of the marker
	end    int // token after the marker
	dot    int // token index of the marker's period, or -1
	value  int // 1 for "1", "a", "A"
	style  uint8
	bullet bool // preceded by a bullet
}

const (
	styleDot uint8 = iota + 1
	styleParen
	styleDotParen
	styleLetterDot
	styleLetterParen
)

// markLists finds bullets and numbered or lettered list items and starts a sentence at each.
func (l *line) markLists() {
	toks := l.toks
	var cands []marker
	for i, t := range toks {
		r := firstRune(l.text[t.s:t.e])
		if t.k == kPunct && isBullet(r) {
			if i > 0 {
				l.start[i] = true
			}
			continue
		}
		bullet := i > 0 && toks[i-1].k == kPunct && isBullet(firstRune(l.text[toks[i-1].s:toks[i-1].e]))
		if i > 0 && toks[i-1].e == t.s && !bullet {
			continue
		}
		if m, ok := l.markerAt(i); ok {
			m.bullet = bullet
			cands = append(cands, m)
		}
	}
	accept := make([]bool, len(cands))
	for a := range cands {
		if cands[a].bullet {
			accept[a] = true
			continue
		}
		if cands[a].value != 1 {
			continue
		}
		// Dotted items must open the line ("1. The first item 2. The second"); "1)" items
		// may run inside a sentence ("by 1) taking ... and 2) judging").
		if st := cands[a].style; (st == styleDot || st == styleLetterDot) && cands[a].tok != 0 {
			continue
		}
		if accept[a] {
			continue
		}
		chain := []int{a}
		for b := a + 1; b < len(cands) && b-chain[len(chain)-1] <= 64; b++ {
			last := cands[chain[len(chain)-1]]
			if cands[b].style == last.style && cands[b].value == last.value+1 {
				chain = append(chain, b)
			}
		}
		if len(chain) >= 2 {
			for _, c := range chain {
				accept[c] = true
			}
		}
	}
	for a, m := range cands {
		if !accept[a] {
			continue
		}
		if m.dot >= 0 {
			l.nonTerm[m.dot] = true
		}
		if !m.bullet && m.tok > 0 {
			l.start[m.tok] = true
		}
	}
}

// markerAt reads a list marker starting at token i.
func (l *line) markerAt(i int) (marker, bool) {
	toks := l.toks
	t := toks[i]
	s := l.text[t.s:t.e]
	m := marker{tok: i, dot: -1}
	glued := func(k int) bool { return k < len(toks) && toks[k].s == toks[k-1].e }
	is := func(k int, c string) bool { return k < len(toks) && l.text[toks[k].s:toks[k].e] == c }
	spaced := func(k int) bool { return k >= len(toks) || toks[k].s > toks[k-1].e }
	switch {
	case t.k == kNum && len(s) <= 2:
		v := 0
		for _, c := range s {
			v = v*10 + int(c-'0')
		}
		m.value = v
		switch {
		case glued(i+1) && is(i+1, ".") && glued(i+2) && is(i+2, ")") && spaced(i+3):
			m.style, m.dot, m.end = styleDotParen, i+1, i+3
		case glued(i+1) && is(i+1, ".") && spaced(i+2):
			m.style, m.dot, m.end = styleDot, i+1, i+2
		case glued(i+1) && is(i+1, ")") && spaced(i+2):
			m.style, m.end = styleParen, i+2
		default:
			return m, false
		}
	case t.k == kInitial && unicode.IsLetter(firstRune(s)):
		m.value = letterValue(s)
		m.dot = i
		if glued(i+1) && is(i+1, ")") {
			if !spaced(i + 2) {
				return m, false
			}
			m.style, m.end = styleLetterDot, i+2
		} else if spaced(i + 1) {
			m.style, m.end = styleLetterDot, i+1
		} else {
			return m, false
		}
	case t.k == kWord && utf8.RuneCountInString(s) == 1 && glued(i+1) && is(i+1, ")") && spaced(i+2):
		m.value = letterValue(s)
		m.style, m.end = styleLetterParen, i+2
	default:
		return m, false
	}
	if m.value <= 0 || m.end >= len(toks) {
		return m, false
	}
	return m, true
}

// letterValue is the position of a letter in the alphabet (a=1), or 0.
func letterValue(s string) int {
	r := unicode.ToLower(firstRune(s))
	if r < 'a' || r > 'z' {
		return 0
	}
	return int(r-'a') + 1
}

func resizeBool(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}
