package clean

import (
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
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
	captions  *regexp.Regexp // any of data/captions.txt, anywhere in a paragraph
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
