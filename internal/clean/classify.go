package clean

import (
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// classify gives every paragraph its block kind.
func (c *cleaner) classify(ps []para, meta docMeta) {
	// Page furniture and captions first: they can sit anywhere.
	for i := range ps {
		p := &ps[i]
		if p.kind != "" {
			continue
		}
		switch {
		case p.md == "image":
			p.kind = doc.BlockCaption
		case c.boilerplate(p.t.s):
			p.kind = doc.BlockBoilerplate
		case c.caption(p.t.s):
			p.kind = doc.BlockCaption
		}
	}
	next := func(i int) int {
		for i++; i < len(ps); i++ {
			if ps[i].kind != doc.BlockBoilerplate && ps[i].kind != doc.BlockCaption {
				return i
			}
		}
		return -1
	}
	first := next(-1)
	if first < 0 {
		return
	}
	// A section label or kicker above the headline ("World", "EXCLUSIVE") is furniture.
	if j := next(first); j >= 0 && ps[first].kind == "" && ps[j].kind == "" && meta.title == "" &&
		words(ps[first].t.s) <= 3 && !endsSentence(ps[first].t.s) && !strings.ContainsAny(ps[first].t.s, "\"“”") &&
		words(ps[j].t.s) >= 4 && words(ps[j].t.s) <= 16 && c.isTitle(ps[j], nil, "") && c.isTitle(ps[first], nil, "") {
		if _, n := c.dateline(ps[first].t.s); n == 0 && !isTimestamp(ps[first].t.s) {
			ps[first].kind = doc.BlockBoilerplate
			first = j
		}
	}
	// Title: the first paragraph when it looks like a headline (or is the title the
	// metadata gives), then a subtitle under it.
	i := first
	// What follows a headline: the longer of the next two paragraphs (a standfirst may come
	// between the headline and the text).
	var after *para
	if j := next(i); j >= 0 {
		after = &ps[j]
		if k := next(j); k >= 0 && len(ps[k].t.s) > len(after.t.s) {
			after = &ps[k]
		}
	}
	if ps[i].kind == doc.BlockTitle || ps[i].kind == "" && len(ps) > 1 && c.isTitle(ps[i], after, meta.title) {
		ps[i].kind = doc.BlockTitle
		if j := next(i); j >= 0 && ps[j].kind == "" && c.isSubtitle(ps, j, meta.subtitle) {
			ps[j].kind = doc.BlockSubtitle
			i = j
		}
		i = next(i)
	}
	// Dateline: at the start of the first body paragraph.
	if i >= 0 && ps[i].kind == "" {
		if place, n := c.dateline(ps[i].t.s); n > 0 {
			if n >= len(strings.TrimRight(ps[i].t.s, " ")) {
				ps[i].kind = doc.BlockDateline
			}
			ps[i].dl, ps[i].place = n, place
		}
	}
	firstBody := i
	last := -1
	for j := range ps {
		if ps[j].kind == "" || ps[j].kind == doc.BlockBody {
			last = j
		}
	}
	for j := range ps {
		p := &ps[j]
		if p.kind != "" {
			continue
		}
		switch {
		case p.md == "heading" || isTimestamp(p.t.s):
			p.kind = doc.BlockHeading
		case j != firstBody && j < last && p.md == "" && !p.cut && isHeading(p.t.s):
			p.kind = doc.BlockHeading
		default:
			p.kind = doc.BlockBody
		}
	}
}

func (c *cleaner) boilerplate(s string) bool {
	// Page furniture is short; a sentence of many words is text (and skipping it saves
	// running the patterns over every paragraph).
	if len(s) > 200 || len(s) > 100 && endsSentence(s) && words(s) > 16 {
		return false
	}
	s = strings.TrimRight(s, " .:!»›>→|")
	s = strings.TrimLeft(s, " »›>→|•·-–—")
	return c.k.isBoiler(s)
}

// captionHints are words every pattern of data/captions.txt contains one of; a paragraph
// with none of them is not matched against the patterns (a test holds the two together).
var captionHints = []string{
	"photo", "image", "picture", "illustrat", "video", "credit", "getty", "reuters",
	"afp", "epa-efe", "shutterstock", "anadolu", "sipa", "tass", "novosti", "pictured", "above:",
	"below:", "left:", "right:", "top:", "bottom:", "screenshot", "collage", "(left)", "(right)",
	"(centre)", "(center)", "(front)", "(back)", "(second", "source", "credit",
}

func (c *cleaner) caption(s string) bool {
	if len(s) > 300 {
		return false
	}
	if hint, sure := hasHintASCII(s); hint || !sure {
		if !sure {
			c.low = lowerASCII(c.low[:0], s)
			hint = hasHint(c.low)
		}
		if hint {
			return c.k.captions.MatchString(s)
		}
	}
	return false
}

// hasHintASCII is hasHint on s itself, without lower-casing it first: the rolling key keeps
// five bits of each byte, the same for a letter in either case, and a candidate is compared
// ignoring ASCII case. A match it finds is a match in strings.ToLower(s). When it finds none
// it is sure of the answer only when s is ASCII ("İ" lower-cases to "i"): sure is false
// when s holds another byte and the answer must come from hasHint.
func hasHintASCII(s string) (hint, sure bool) {
	// Every other place: a hint starting at an even place has its first three bytes there,
	// one starting at an odd place its second to fourth (a hint of three bytes: its last
	// two and any byte, or its end is the end of s); the stride tables hold both.
	for p := 0; p+2 < len(s); p += 2 {
		k := (uint32(s[p])&31)<<10 | (uint32(s[p+1])&31)<<5 | uint32(s[p+2])&31
		if strideSeen[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, h := range strideGroups[strideIndex[k]-1] {
			if st := p - h.at; st >= 0 && len(s)-st >= len(h.w) && asciiFoldEqual(s[st:st+len(h.w)], h.w) {
				return true, true
			}
		}
	}
	if st := len(s) - 3; st >= 0 && st%2 == 1 {
		for _, h := range captionHints {
			if len(h) == 3 && asciiFoldEqual(s[st:], h) {
				return true, true
			}
		}
	}
	return false, isASCII(s)
}

// strideHint is a caption hint found at a key of the stride tables, the key being the
// bytes from at.
type strideHint struct {
	w  string
	at int
}

// strideSeen has the bit of every hintKey under which hasHintASCII may meet a caption hint;
// strideIndex maps it to 1 + its group in strideGroups.
var strideSeen, strideIndex, strideGroups = func() (*[1 << 15 / 64]uint64, *[1 << 15]uint8, [][]strideHint) {
	var seen [1 << 15 / 64]uint64
	var idx [1 << 15]uint8
	var groups [][]strideHint
	add := func(k uint32, h strideHint) {
		seen[k/64] |= 1 << (k % 64)
		if idx[k] == 0 {
			groups = append(groups, nil)
			idx[k] = uint8(len(groups))
		}
		groups[idx[k]-1] = append(groups[idx[k]-1], h)
	}
	for _, h := range captionHints {
		add(hintKey(h[0], h[1], h[2]), strideHint{h, 0})
		if len(h) >= 4 {
			add(hintKey(h[1], h[2], h[3]), strideHint{h, 1})
			continue
		}
		for c := range 32 {
			add(hintKey(h[1], h[2], byte(c)), strideHint{h, 1})
		}
	}
	return &seen, &idx, groups
}()

// isASCII reports whether every byte of s is below 0x80, eight at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if word8(s, i)&swarHi != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiFoldEqual reports whether a, lower-cased byte by byte (ASCII letters only), is w;
// a byte outside ASCII never equals one of w's.
func asciiFoldEqual(a, w string) bool {
	for i := 0; i < len(w); i++ {
		ch := a[i]
		if ch >= utf8.RuneSelf || lowerTable[ch] != w[i] {
			return false
		}
	}
	return true
}

// lowerASCII appends to dst what strings.ToLower(s) reads as far as ASCII goes: every
// character lower-cased, one byte 0x80 standing for each character whose lower case is not
// ASCII (and for each invalid byte). An ASCII word is in strings.ToLower(s) exactly when it
// is in the result, without building the lower-case string.
func lowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		ch := s[i]
		if ch < utf8.RuneSelf {
			dst = append(dst, lowerTable[ch])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if l := unicode.ToLower(r); l < utf8.RuneSelf {
			dst = append(dst, byte(l)) // "İ" is "i", the Kelvin sign "k"
		} else {
			dst = append(dst, 0x80)
		}
	}
	return dst
}

// hintKey folds three lower-cased bytes into 15 bits, five from each (the letters stay
// apart; other bytes may share a key with them, which only costs a comparison).
func hintKey(a, b, c byte) uint32 {
	return (uint32(a)&31)<<10 | (uint32(b)&31)<<5 | uint32(c)&31
}

// hintSeen has the bit of the hintKey of the first three bytes of every caption hint;
// hintIndex maps the key to 1 + its group in hintGroups (hints whose keys collide share a
// group).
var hintSeen, hintIndex, hintGroups = func() (*[1 << 15 / 64]uint64, *[1 << 15]uint8, [][]string) {
	var seen [1 << 15 / 64]uint64
	var idx [1 << 15]uint8
	var groups [][]string
	for _, h := range captionHints {
		k := hintKey(h[0], h[1], h[2])
		seen[k/64] |= 1 << (k % 64)
		if idx[k] == 0 {
			groups = append(groups, nil)
			idx[k] = uint8(len(groups))
		}
		groups[idx[k]-1] = append(groups[idx[k]-1], h)
	}
	return &seen, &idx, groups
}()

// hasHint reports whether the lower-cased text low contains one of captionHints (each three
// bytes or longer): one pass over the bytes with a rolling hintKey of the last three,
// looked up in a bit set that stays in the L1 cache, instead of a search per hint.
func hasHint(low []byte) bool {
	if len(low) < 3 {
		return false
	}
	k := hintKey(0, low[0], low[1])
	for i := 2; i < len(low); i++ {
		k = (k<<5 | uint32(low[i])&31) & (1<<15 - 1)
		if hintSeen[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, h := range hintGroups[hintIndex[k]-1] {
			if st := i - 2; len(low)-st >= len(h) && string(low[st:st+len(h)]) == h {
				return true
			}
		}
	}
	return false
}

// isTitle reports whether a first paragraph is a headline.
func (c *cleaner) isTitle(p para, next *para, title string) bool {
	if p.md == "heading" {
		return true
	}
	if p.cut {
		return false
	}
	if title != "" {
		return sameText(p.t.s, title)
	}
	s := p.t.s
	if len(s) > 250 || words(s) > 35 || startsLower(s) || p.md != "" {
		return false
	}
	if _, n := c.dateline(s); n > 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"'”’)]»"))
	switch r {
	case ',', ':':
		return false
	case '.', ';':
		// Some sources end headlines with a full stop: a short line in title case, or a
		// short line of one or two sentences before a longer paragraph.
		n := words(s)
		if n > 20 || next == nil {
			return false
		}
		return titleCased(s) || n <= 14 && !strings.ContainsAny(s, "\"“”") && strings.Count(strings.TrimRight(s, ".; "), ". ") <= 1 && 2*len(next.t.s) > 3*len(s)
	}
	return true
}

// titleCased reports whether most words of four letters or more are capitalised.
func titleCased(s string) bool {
	long, capital := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "\"'‘’“”(),.;:")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital++
		}
	}
	return long >= 2 && capital*10 >= long*8
}

// isSubtitle reports whether the paragraph after the title is its subtitle: on the line just
// under the title, or a short paragraph followed by the article's dateline.
func (c *cleaner) isSubtitle(ps []para, j int, subtitle string) bool {
	p := ps[j]
	if p.md != "" && p.md != "heading" {
		return false
	}
	if subtitle != "" && sameText(p.t.s, subtitle) {
		return true
	}
	if len(p.t.s) > 400 || startsLower(p.t.s) || j+1 >= len(ps) {
		return false
	}
	if _, n := c.dateline(p.t.s); n > 0 {
		return false
	}
	if p.tight {
		return true
	}
	if len(p.t.s) > 250 {
		return false
	}
	nx := ps[j+1]
	if nx.kind == doc.BlockDateline {
		return true
	}
	_, n := c.dateline(nx.t.s)
	return n > 0
}

// datelineRe matches "MOSCOW (Reuters) -", "Kyiv, June 3 (AP) —", "GAZA CITY:" at the
// start of a paragraph; the place must be in capitals or a known dateline.
var datelineRe = regexp.MustCompile(`^([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})((?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?(?:,? \d{4})?)?(?: \([A-Za-z .&/-]{2,40}\))? ?(?:[-–—:]+|\s*$) ?`)

// datedDatelineRe matches the wire form that closes the dateline with a full stop after the
// date: "TBILISI, 12 February. Police ...", "MOSCOW, June 23. /TASS/. The ...".
var datedDatelineRe = regexp.MustCompile(`^([A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}), (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?\.(?: ?/[A-Za-z-]{2,20}/\.?)? `)

// dateline returns the place and the length of a dateline opening s.
func (c *cleaner) dateline(s string) (string, int) {
	if m := datedDatelineRe.FindStringSubmatchIndex(s); m != nil {
		place := s[m[2]:m[3]]
		if !c.k.kickers[strings.ToLower(place)] && (c.knownDateline(place) || place == strings.ToUpper(place) && len(place) >= 4) {
			if place == strings.ToUpper(place) {
				place = titleCase(place)
			}
			return place, len(strings.TrimRight(s[:m[1]], " "))
		}
	}
	m := datelineRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", 0
	}
	place := s[m[2]:m[3]]
	end := m[1]
	if c.k.kickers[strings.ToLower(place)] {
		return "", 0 // "BREAKING -", "UPDATE:"
	}
	if end < len(s) && end == m[3] {
		return "", 0 // no punctuation after the place
	}
	known := c.knownDateline(place)
	n := len(strings.TrimRight(s[:end], " "))
	agency := strings.Contains(s[m[3]:end], "(")
	if !known && (place != strings.ToUpper(place) || len(place) < 5 || n == len(strings.TrimRight(s, " ")) || (!agency && n < len(s) && s[n-1] == ':')) {
		return "", 0
	}
	if place == strings.ToUpper(place) {
		place = titleCase(place)
	}
	// The dateline block ends at its punctuation, not at the space after it.
	if n < len(s) && s[n-1] != '-' && s[n-1] != ':' && !strings.HasSuffix(s[:n], "—") && !strings.HasSuffix(s[:n], "–") {
		return "", 0
	}
	return place, n
}

// knownDateline reports whether place is in the list of dateline places.
func (c *cleaner) knownDateline(place string) bool {
	for _, d := range c.k.datelines {
		if strings.EqualFold(d, place) {
			return true
		}
	}
	return false
}

func titleCase(s string) string {
	b := []rune(strings.ToLower(s))
	up := true
	for i, r := range b {
		if up && unicode.IsLetter(r) {
			b[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-'
	}
	return string(b)
}

// timestamp matches a live report's time stamp standing alone ("10:45 GMT"), a heading.
var timestamp = regexp.MustCompile(`^\d{1,2}[:.]\d{2}(?: ?[aApP]\.?[mM]\.?)?(?: [A-Z]{2,5}(?:[+-]\d{1,2})?)?$`)

// isTimestamp is timestamp.MatchString(s), without running the expression on text that
// does not start with a digit (\d is ASCII in Go's expressions, and the match is anchored).
func isTimestamp(s string) bool {
	return s != "" && isDigit(s[0]) && timestamp.MatchString(s)
}

// credit matches a wire's credit line ("Reporting by ...; Editing by ..."): running text,
// neither a heading nor a sign of truncation.
var credit = regexp.MustCompile(`(?i)^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|translated|research)(?: and [a-z]+)? by\b`)

// isHeading reports whether a short paragraph standing between others is a section heading:
// a few words, capitalised, without final punctuation (a short question also qualifies).
func isHeading(s string) bool {
	if len(s) > 100 || len(s) < 3 || credit.MatchString(s) || strings.ContainsAny(s, ";|") {
		return false
	}
	n := words(s)
	if n > 14 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"'”’)]»"))
	switch last {
	case '.', ',', ';', ':', '…':
		return false
	case '?', '!':
		return n <= 12 && strings.Count(s, "?")+strings.Count(s, "!") == 1
	}
	return true
}

// words counts the words of s as strings.Fields splits them, without allocating.
func words(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		ch := s[i]
		var space bool
		if ch < utf8.RuneSelf {
			space = asciiSpace[ch]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// sameText compares two strings ignoring case, space and punctuation.
func sameText(a, b string) bool {
	var ba, bb [256]byte
	return string(squashAppend(ba[:0], a)) == string(squashAppend(bb[:0], b))
}

func squash(s string) string {
	return string(squashAppend(nil, s))
}

// lowerTable maps an ASCII byte to its lower case.
var lowerTable = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// alnumCount counts the ASCII letters and digits of s, eight bytes at a time; ascii is
// false (and the count unfinished) when s holds a byte from 0x80.
func alnumCount(s string) (n int, ascii bool) {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := word8(s, i)
		if w&swarHi != 0 {
			return n, false
		}
		n += bits.OnesCount64(alnum8(w))
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return n, false
		}
		if squashASCII[s[i]] != 0 {
			n++
		}
	}
	return n, true
}

// alnum8 has the top bit of every byte of w (ASCII) that is a letter or a digit.
func alnum8(w uint64) uint64 {
	x := w | 0x2020202020202020                                    // capitals to small letters; what was not a letter stays one
	letter := (x + 0x1f1f1f1f1f1f1f1f) &^ (x + 0x0505050505050505) // 0x61 to 0x7a
	digit := (w + 0x5050505050505050) &^ (w + 0x4646464646464646)  // 0x30 to 0x39
	return (letter | digit) & swarHi
}

// squashASCII maps an ASCII letter or digit to its lower case, anything else to 0.
var squashASCII = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// squashAppend appends the letters and digits of s, lower-cased, to dst.
func squashAppend(dst []byte, s string) []byte {
	// ASCII first, written in place: the result of an ASCII byte is at most one byte.
	n := len(dst)
	dst = slices.Grow(dst, len(s))[:n+len(s)]
	i := 0
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
		k := squashASCII[s[i]]
		dst[n] = k
		n += int((k | -k) >> 7) // 1 unless k is 0 (k is below 0x80), without a branch
	}
	dst = dst[:n]
	for i < len(s) {
		ch := s[i]
		if ch < utf8.RuneSelf {
			if k := squashASCII[ch]; k != 0 {
				dst = append(dst, k)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}
