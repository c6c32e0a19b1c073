package clean

import (
	"embed"
	"fmt"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// knowledge is the cleaner's embedded data, parsed and validated once.
type knowledge struct {
	datelines []string // longest first
	starters  map[string]bool
	kickers   map[string]bool // lower case
	abbrevs   map[string]bool
	boiler    *regexp.Regexp // any of data/boilerplate.txt, matching a whole paragraph
	// boilerByFirst[b] joins the patterns of data/boilerplate.txt that can match a
	// paragraph starting with the ASCII byte b (nil when none can): the same answer as
	// boiler for such a paragraph, from a much smaller expression.
	// Each is compiled when first needed.
	boilerByFirst [utf8.RuneSelf]func() *regexp.Regexp
	captions      *regexp.Regexp // any of data/captions.txt, anywhere in a paragraph
}

var loadKnowledge = sync.OnceValues(func() (*knowledge, error) { return parseKnowledge(dataFS) })

// dataLines returns the entries of an embedded list with their line numbers.
func dataLines(fsys embed.FS, name string) ([]string, []int, error) {
	b, err := fsys.ReadFile(name)
	if err != nil {
		return nil, nil, fmt.Errorf("clean: %w", err)
	}
	var out []string
	var nums []int
	for i, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
		nums = append(nums, i+1)
	}
	if len(out) == 0 {
		return nil, nil, fmt.Errorf("clean: %s: no entries", name)
	}
	return out, nums, nil
}

func parseKnowledge(fsys embed.FS) (*knowledge, error) {
	k := &knowledge{starters: map[string]bool{}, abbrevs: map[string]bool{}, kickers: map[string]bool{}}
	kick, _, err := dataLines(fsys, "data/kickers.txt")
	if err != nil {
		return nil, err
	}
	for _, w := range kick {
		k.kickers[strings.ToLower(w)] = true
	}
	places, nums, err := dataLines(fsys, "data/datelines.txt")
	if err != nil {
		return nil, err
	}
	seen := map[string]int{}
	for i, p := range places {
		if first := seen[p]; first > 0 {
			return nil, fmt.Errorf("clean: data/datelines.txt:%d: %q repeats line %d", nums[i], p, first)
		}
		if p[0] < 'A' || p[0] > 'Z' {
			return nil, fmt.Errorf("clean: data/datelines.txt:%d: %q does not start with a capital letter", nums[i], p)
		}
		seen[p] = nums[i]
		k.datelines = append(k.datelines, p)
	}
	sort.SliceStable(k.datelines, func(i, j int) bool { return len(k.datelines[i]) > len(k.datelines[j]) })
	words, nums, err := dataLines(fsys, "data/starters.txt")
	if err != nil {
		return nil, err
	}
	for i, w := range words {
		if strings.ContainsAny(w, " \t") || w[0] < 'A' || w[0] > 'Z' {
			return nil, fmt.Errorf("clean: data/starters.txt:%d: %q is not one capitalised word", nums[i], w)
		}
		k.starters[w] = true
	}
	abbr, nums, err := dataLines(fsys, "data/abbreviations.txt")
	if err != nil {
		return nil, err
	}
	for i, a := range abbr {
		if a != strings.ToLower(a) || strings.HasSuffix(a, ".") || strings.ContainsAny(a, " \t") {
			return nil, fmt.Errorf("clean: data/abbreviations.txt:%d: %q must be lower case, one word, without the final period", nums[i], a)
		}
		k.abbrevs[a] = true
	}
	if k.boiler, err = regexps(fsys, "data/boilerplate.txt", true); err != nil {
		return nil, err
	}
	if k.boilerByFirst, err = byFirstByte(fsys, "data/boilerplate.txt", k.boiler); err != nil {
		return nil, err
	}
	if k.captions, err = regexps(fsys, "data/captions.txt", false); err != nil {
		return nil, err
	}
	return k, nil
}

// regexps compiles every line of a pattern file (reporting a bad one by file:line) and
// returns them joined into one expression, so a paragraph is scanned once.
func regexps(fsys embed.FS, name string, whole bool) (*regexp.Regexp, error) {
	pats, nums, err := dataLines(fsys, name)
	if err != nil {
		return nil, err
	}
	for i, p := range pats {
		if _, err := regexp.Compile("(?i)" + p); err != nil {
			return nil, fmt.Errorf("clean: %s:%d: %v", name, nums[i], err)
		}
	}
	src := "(?i)(?:" + strings.Join(pats, ")|(?:") + ")"
	if whole {
		src = "(?i)^(?:(?:" + strings.Join(pats, ")|(?:") + "))$"
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, fmt.Errorf("clean: %s: %v", name, err)
	}
	return re, nil
}

// isBoiler reports whether a whole paragraph is page furniture: k.boiler.MatchString(s),
// asking only the patterns that can start with s's first byte when it is ASCII.
func (k *knowledge) isBoiler(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		re := k.boilerByFirst[s[0]]
		return re != nil && re().MatchString(s)
	}
	return k.boiler.MatchString(s)
}

// byFirstByte sorts the whole-paragraph patterns of a file by the ASCII bytes a match can
// start with: for each byte, the patterns that can match a text starting with it are
// joined into one expression (the same one for bytes with the same patterns), compiled
// when first used; all is every pattern joined.
func byFirstByte(fsys embed.FS, name string, all *regexp.Regexp) ([utf8.RuneSelf]func() *regexp.Regexp, error) {
	var out [utf8.RuneSelf]func() *regexp.Regexp
	pats, nums, err := dataLines(fsys, name)
	if err != nil {
		return out, err
	}
	firsts := make([]firstBytes, len(pats))
	for i, p := range pats {
		re, err := syntax.Parse("(?i)"+p, syntax.Perl)
		if err != nil {
			return out, fmt.Errorf("clean: %s:%d: %v", name, nums[i], err)
		}
		firsts[i] = firstOf(re)
	}
	compiled := map[string]func() *regexp.Regexp{}
	for b := range utf8.RuneSelf {
		var sel []string
		for i, f := range firsts {
			if f.any || f.nullable || f.set[b] {
				sel = append(sel, pats[i])
			}
		}
		if len(sel) == 0 {
			continue
		}
		src := "(?i)^(?:(?:" + strings.Join(sel, ")|(?:") + "))$"
		if compiled[src] == nil {
			// Every pattern compiled alone, and all of them together, so some of them do
			// too; were it otherwise, all of them give the same answer.
			compiled[src] = sync.OnceValue(func() *regexp.Regexp {
				re, err := regexp.Compile(src)
				if err != nil {
					return all
				}
				return re
			})
		}
		out[b] = compiled[src]
	}
	return out, nil
}

// firstBytes is what a regular expression's matches can start with, as far as ASCII goes:
// the bytes in set, any byte at all, or nothing (nullable: it can match the empty text,
// letting what follows it supply the first byte).
type firstBytes struct {
	set      [utf8.RuneSelf]bool
	any      bool
	nullable bool
}

func (f *firstBytes) union(g firstBytes) {
	for i, ok := range g.set {
		f.set[i] = f.set[i] || ok
	}
	f.any = f.any || g.any
}

// firstOf works firstBytes out from the parsed expression, erring on the side of more
// bytes (an unknown operator can start with anything).
func firstOf(re *syntax.Regexp) firstBytes {
	var f firstBytes
	switch re.Op {
	case syntax.OpNoMatch:
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		f.nullable = true
	case syntax.OpLiteral:
		r := re.Rune[0]
		if r < utf8.RuneSelf {
			f.set[r] = true
		}
		if re.Flags&syntax.FoldCase != 0 {
			// Every character of r's case orbit: "k" is also "K" and the Kelvin sign.
			for o := unicode.SimpleFold(r); o != r; o = unicode.SimpleFold(o) {
				if o < utf8.RuneSelf {
					f.set[o] = true
				}
			}
		}
	case syntax.OpCharClass:
		// The parser has already added the other cases of a class under (?i).
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1] && r < utf8.RuneSelf; r++ {
				f.set[r] = true
			}
		}
	case syntax.OpCapture, syntax.OpPlus:
		f = firstOf(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		f = firstOf(re.Sub[0])
		f.nullable = true
	case syntax.OpRepeat:
		f = firstOf(re.Sub[0])
		f.nullable = f.nullable || re.Min == 0
	case syntax.OpConcat:
		f.nullable = true
		for _, sub := range re.Sub {
			g := firstOf(sub)
			f.union(g)
			if !g.nullable {
				f.nullable = false
				break
			}
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			g := firstOf(sub)
			f.union(g)
			f.nullable = f.nullable || g.nullable
		}
	default: // any character, or an operator this does not know
		f.any, f.nullable = true, true
	}
	return f
}
