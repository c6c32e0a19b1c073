package event

// scopeBreak words open a constituent that a negation or modal before them does not reach
// ("cannot share weapons due to the aggression against Ukraine").
var scopeBreak = map[string]bool{
	"due": true, "because": true, "despite": true, "after": true, "before": true, "since": true,
	"amid": true, "during": true, "following": true, "than": true, "while": true, "although": true,
}

// markers found before a trigger.
type markers struct {
	negated, refusal, planned, threat, hypothetical, demanded bool
	absorbed                                                  []int // token positions of marker words
}

// windowStart is where the marker window before token a begins.
func (s *sent) windowStart(a int) int {
	lo, _ := s.window(a)
	return lo
}

// window is the stretch of tokens before token a that may hold negation and modality
// markers: back to a clause boundary, at most ten tokens.
func (s *sent) window(a int) (int, int) {
	lo := a
	for k := a - 1; k >= 0 && a-k <= 10; k-- {
		t := s.toks[k]
		if t.low == "," || t.low == ";" || t.low == ":" || t.low == "(" || t.low == "\"" || relPronouns[t.low] || t.low == "and" || t.low == "but" || t.low == "said" || t.low == "says" || scopeBreak[t.low] {
			break
		}
		if t.ment >= 0 && t.ment != -1 {
			// A subject mention ends the window, but markers like "no plans to" sit after it.
			lo = k + 1
			break
		}
		lo = k
	}
	return lo, a
}

// scanMarkers reads the negation and modality markers in tokens [lo, hi).
func (c *Coder) scanMarkers(s *sent, lo, hi int) markers {
	var m markers
	words := s.words
	for k := lo; k < hi; k++ {
		lim := words[:hi]
		if n := c.lx.match("refusal", lim, k); n > 0 && s.governs(k+n, hi) {
			m.refusal = true
			m.absorbed = append(m.absorbed, k)
			k += n - 1
			continue
		}
		if n := c.lx.match("threat", lim, k); n > 0 && s.governs(k+n, hi) {
			m.threat = true
			m.absorbed = append(m.absorbed, k)
			k += n - 1
			continue
		}
		if n := c.lx.match("demand", lim, k); n > 0 {
			m.demanded = true
			k += n - 1
			continue
		}
		if n := c.lx.match("hypothetical", lim, k); n > 0 {
			m.hypothetical = true
			k += n - 1
			continue
		}
		if n := c.lx.match("planned", lim, k); n > 0 && s.governs(k+n, hi) {
			m.planned = true
			m.absorbed = append(m.absorbed, k)
			k += n - 1
			continue
		}
		if n := c.lx.match("negation", lim, k); n > 0 {
			m.negated = !m.negated || words[k] == "no" // "not ... no" stays negative
			k += n - 1
		}
	}
	return m
}

// refusedAfter: "removing the sanctions is out of the question", "talks were ruled out":
// a refusal stated after the act, within its clause.
func (c *Coder) refusedAfter(s *sent, b int) bool {
	for k := b; k < len(s.toks) && k < b+8; k++ {
		t := s.toks[k]
		if t.low == ";" || t.low == "," && k > b || t.low == "." {
			return false
		}
		if c.lx.match("refusedafter", s.words, k) > 0 {
			return true
		}
	}
	return false
}

// governs: a marker ending at token e bears on the verb group starting at hi when only
// auxiliaries, adverbs, "to", "of", "be" and "become" forms lie between ("refuses to arm",
// "has no intention of becoming", "will not", "would also").
func (s *sent) governs(e, hi int) bool {
	for k := e; k < hi; k++ {
		t := s.toks[k]
		if auxLike(t) || t.low == "to" || t.low == "of" || t.low == "be" || t.low == "not" || t.low == "n't" {
			continue
		}
		return false
	}
	return true
}
