package align

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

// word is a word's byte range in some text.
type word struct{ start, end int }

// scanWords finds the words of s: runs of letters and digits, with inner apostrophes,
// hyphens and decimal points kept ("can't", "S-400", "3.5").
func scanWords(s string) []word {
	var out []word
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if (r == '\'' || r == '\u2019' || r == '-' || r == '.' || r == ',') && i+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[i+n:])
				if r == '.' || r == ',' {
					prev, _ := utf8.DecodeLastRuneInString(s[:i])
					if unicode.IsDigit(prev) && unicode.IsDigit(r2) {
						i += n
						continue
					}
					break
				}
				if isWordRune(r2) {
					i += n
					continue
				}
			}
			break
		}
		out = append(out, word{start, i})
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// sentences returns the document's sentences, or a plain split of its text at sentence
// punctuation and line breaks when the segmenter left none.
func sentences(d *doc.Document) []doc.Sentence {
	if len(d.Sentences) > 0 {
		return d.Sentences
	}
	var out []doc.Sentence
	t := d.Text
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpace(t[s]) {
			s++
		}
		for e > s && isSpace(t[e-1]) {
			e--
		}
		if e > s {
			out = append(out, doc.Sentence{Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '\n':
			emit(i)
		case '.', '!', '?':
			j := i + 1
			for j < len(t) && (t[j] == '"' || t[j] == '\'' || t[j] == ')') {
				j++
			}
			if j < len(t) && t[j] == ' ' && j+1 < len(t) {
				r, _ := utf8.DecodeRuneInString(t[j+1:])
				if unicode.IsUpper(r) || r == '"' || unicode.IsDigit(r) {
					emit(j)
				}
			}
		}
	}
	emit(len(t))
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// clauseMarkers open a new clause when they follow a comma (or, for the strong ones, any
// space). The clause keeps the marker; a clause shorter than minClause merges back.
var (
	commaMarkers  = []string{"but", "however", "although", "though", "despite", "while", "whereas", "which", "who", "yet", "even as", "even though", "whom", "after", "before", "because", "until"}
	strongMarkers = []string{"but", "although", "whereas", "even though"}
)

const minClause = 24

// introWords open a subordinate phrase that a comma closes.
var introWords = map[string]bool{"after": true, "before": true, "following": true, "since": true, "when": true, "while": true, "although": true, "despite": true, "during": true, "amid": true}

// clauses splits the sentence span s of text into clauses: at semicolons, dashes, a full
// stop followed by a lower-case word (a fragment glued on), a comma before a subordinating
// or contrastive word, and "and" before a past-tense verb.
func clauses(text string, s doc.Span) []doc.Span {
	var cuts []int
	sent := text[s.Start:s.End]
	ws := scanWords(sent)
	for k, w := range ws {
		if k == 0 {
			continue
		}
		gap := sent[ws[k-1].end:w.start]
		lw := strings.ToLower(sent[w.start:w.end])
		next := ""
		if k+1 < len(ws) {
			next = strings.ToLower(sent[ws[k+1].start:ws[k+1].end])
		}
		two := lw + " " + next
		g := strings.Trim(gap, " \n\t\"'\u201c\u201d\u2018\u2019")
		if strings.HasSuffix(g, ".") && strings.ContainsAny(gap, "\"\u201d") {
			g = "."
		}
		switch {
		case g == ";" || g == "\u2014" || g == "--" || g == "\u2013" || g == "-" && strings.Contains(gap, " - "):
			cuts = append(cuts, w.start)
		case g == "." && unicode.IsLower(firstRune(sent[w.start:])):
			cuts = append(cuts, w.start)
		case g == ",":
			for _, m := range commaMarkers {
				if lw == m || two == m {
					cuts = append(cuts, w.start)
					break
				}
			}
			if lw == "and" && (pastVerb(next) || newClause(sent, ws, k, true)) {
				cuts = append(cuts, w.start)
			}
		case g == "":
			for _, m := range strongMarkers {
				if lw == m || two == m {
					cuts = append(cuts, w.start)
					break
				}
			}
			if lw == "and" && k > 2 && (pastVerb(next) || newClause(sent, ws, k, false)) {
				cuts = append(cuts, w.start)
			}
		}
	}
	// An opening subordinate phrase ("After meeting in the capital on Monday, ...") is a
	// proposition of its own.
	if len(ws) > 0 {
		first := strings.ToLower(sent[ws[0].start:ws[0].end])
		if introWords[first] {
			if c := strings.IndexByte(sent, ','); c > minClause && c < 90 {
				if k := c + 1; k < len(sent) {
					cuts = append(cuts, k)
					sort.Ints(cuts)
				}
			}
		}
	}
	var out []doc.Span
	prev := 0
	for _, c := range append(cuts, len(sent)) {
		sp := trimSpan(sent, prev, c)
		if sp.Len() == 0 {
			prev = c
			continue
		}
		if len(out) > 0 && (sp.Len() < minClause || out[len(out)-1].Len() < minClause) {
			out[len(out)-1].End = sp.End
		} else {
			out = append(out, sp)
		}
		prev = c
	}
	for i := range out {
		out[i].Start += s.Start
		out[i].End += s.Start
	}
	return out
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// finiteVerbs are auxiliaries and reporting verbs that make a clause of the words they
// close ("and 47 people were held", "and the ministry said").
var finiteVerbs = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true, "said": true, "says": true, "told": true, "added": true, "reported": true, "will": true, "would": true}

// newClause reports whether the "and" at ws[k] joins two clauses rather than two nouns: a
// finite verb comes within four words after it with no punctuation between (a subject and
// its verb), none of them a verb right after "and" (that case is pastVerb's), and, unless a
// comma stands before "and", the words since the last clause break hold one too.
func newClause(sent string, ws []word, k int, comma bool) bool {
	lower := func(i int) string { return strings.ToLower(sent[ws[i].start:ws[i].end]) }
	right := false
	for i := k + 2; i < len(ws) && i <= k+5; i++ {
		if strings.TrimSpace(sent[ws[i-1].end:ws[i].start]) != "" {
			break
		}
		if w := lower(i); finiteVerbs[w] {
			right = true
			break
		} else if w == "and" || w == "or" {
			break
		}
	}
	if !right {
		return false
	}
	if comma {
		return true
	}
	for i := k - 1; i >= 0 && i >= k-12; i-- {
		if w := lower(i); finiteVerbs[w] || pastVerb(w) {
			return true
		}
		if strings.ContainsAny(sent[ws[i].end:ws[i+1].start], ";.") {
			break
		}
	}
	return false
}

// pastVerb guesses a past-tense or present verb opening a coordinated clause.
func pastVerb(w string) bool {
	if len(w) >= 6 && strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "said", "told", "made", "gave", "took", "left", "met", "held", "sent", "won", "lost", "rules", "insists", "says", "denounces", "criticizes", "criticises":
		return true
	}
	return false
}

// trimSpan trims spaces and clause punctuation from both ends of s[a:b].
func trimSpan(s string, a, b int) doc.Span {
	for a < b && strings.ContainsRune(" \n\t,;:", rune(s[a])) {
		a++
	}
	for b > a && strings.ContainsRune(" \n\t,;:", rune(s[b-1])) {
		b--
	}
	return doc.Span{Start: a, End: b}
}
