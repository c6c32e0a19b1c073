package event

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:generate go run ../../tools/gencameo -data ../../../shared/data/events -out data/cameo.tsv

//go:embed data/cameo.tsv
var cameoTSV string

// Code is one CAMEO event code with what GDELT and PLOVER say about it.
type Code struct {
	Code      string
	Label     string
	Goldstein float64
	PLOVER    string // 2021 category name; empty for public statements (CAMEO 01)
}

// Root is the two-digit CAMEO root of c.
func (c Code) Root() string { return c.Code[:2] }

// QuadClass is GDELT's summary class of a CAMEO code, by root as the GDELT codebook groups
// them: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-09), 3 verbal conflict
// (10-14: demands, disapproval, rejection, threats, protest), 4 material conflict (15-20);
// 0 for a malformed code.
func QuadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	r, err := strconv.Atoi(code[:2])
	if err != nil {
		return 0
	}
	switch {
	case r >= 1 && r <= 5:
		return 1
	case r >= 6 && r <= 9:
		return 2
	case r >= 10 && r <= 14:
		return 3
	case r >= 15 && r <= 20:
		return 4
	}
	return 0
}

// Table maps CAMEO codes to their descriptions.
type Table map[string]Code

// parseTable reads the generated tab-separated table: code, label, goldstein, plover.
func parseTable(name, src string) (Table, error) {
	t := Table{}
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("event: %s:%d: want 4 tab-separated fields, got %d", name, line, len(f))
		}
		if !validCode(f[0]) {
			return nil, fmt.Errorf("event: %s:%d: bad CAMEO code %q", name, line, f[0])
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("event: %s:%d: bad Goldstein value %q", name, line, f[2])
		}
		t[f[0]] = Code{Code: f[0], Label: f[1], Goldstein: g, PLOVER: f[3]}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("event: %s: %w", name, err)
	}
	return t, nil
}

func validCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[:2] >= "01" && s[:2] <= "20"
}

// Lookup returns the code's entry, falling back to its nearest listed ancestor for the
// label, Goldstein value and category.
func (t Table) Lookup(code string) (Code, bool) {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if e, ok := t[c]; ok {
			e.Code = code
			return e, true
		}
	}
	return Code{}, false
}
