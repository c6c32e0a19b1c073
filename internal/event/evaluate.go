package event

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/kb"
)

// Analyzer runs the per-document stages (segment, tag, entity, timex, quote, event) over one
// text taken as clean; the CLI passes the pipeline's.
type Analyzer func(ctx context.Context, id, text string) (*doc.Document, error)

// goldActor is one actor of a PLOVER gold-standard record.
type goldActor struct {
	Text   string `json:"actorText"`
	Code   string `json:"code"`
	Sector string `json:"sector"`
}

// goldRecord is one PLOVER gold-standard record; source and target are lists of actors but
// some records carry an empty string or a word instead, which count as no actors.
type goldRecord struct {
	ID     string          `json:"id"`
	Event  string          `json:"event"`
	Text   string          `json:"text"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`

	sources, targets []goldActor
	malformed        bool // target or source present but not a list of actors
}

// ploverNames maps PLOVER 0.5 category names to the 2021 ones the coder emits.
var ploverNames = map[string]string{
	"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
}

// Category2021 returns the 2021 name of a PLOVER 0.5 category.
func Category2021(c string) string {
	c = strings.ToUpper(strings.TrimSpace(c))
	if n, ok := ploverNames[c]; ok {
		return n
	}
	return c
}

func actorsOf(raw json.RawMessage) ([]goldActor, bool) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, true
	}
	var as []goldActor
	if err := json.Unmarshal(raw, &as); err != nil {
		return nil, false
	}
	return as, true
}

// LoadPLOVER reads a PLOVER gold-standard JSON array, skipping the DOCUMENT pseudo-records.
func LoadPLOVER(path string) ([]goldRecord, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("event: %w", err)
	}
	var all []goldRecord
	if err := json.Unmarshal(b, &all); err != nil {
		return nil, fmt.Errorf("event: %s: %w", path, err)
	}
	out := all[:0]
	for _, r := range all {
		if r.Event == "DOCUMENT" || strings.TrimSpace(r.Text) == "" {
			continue
		}
		var ok1, ok2 bool
		r.sources, ok1 = actorsOf(r.Source)
		r.targets, ok2 = actorsOf(r.Target)
		r.malformed = !ok1 || !ok2
		out = append(out, r)
	}
	return out, nil
}

var iso3 = regexp.MustCompile(`^[A-Z]{3}$`)

// nonState codes are CAMEO actor codes that are not countries.
var nonState = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "ISM": true, "MNC": true, "UIS": true}

// countries are the gold actors' ISO 3166-1 alpha-3 codes. The records also carry CAMEO
// country codes that are not ISO ("JAP", "ITL"); isCountry keeps them out, as the scoring
// rule counts only ISO3-coded records.
func countries(as []goldActor, isCountry func(string) bool) map[string]bool {
	m := map[string]bool{}
	for _, a := range as {
		c := strings.TrimSpace(a.Code)
		if iso3.MatchString(c) && !nonState[c] && isCountry(c) {
			m[c] = true
		}
	}
	return m
}

// primary picks the event a one-sentence record is about: the first event with a PLOVER
// category, preferring asserted ones; all events sharing its trigger (compound actors)
// give its countries.
func primary(evs []doc.Event) (cat string, src, tgt map[string]bool) {
	best := -1
	rank := func(e doc.Event) int { // lower is better
		r := 0
		if e.Polarity == "negated" {
			r += 2
		}
		if inRelative(e) {
			r++
		}
		return r
	}
	for i, e := range evs {
		if e.PLOVER == "" {
			continue
		}
		if best < 0 || rank(e) < rank(evs[best]) {
			best = i
		}
	}
	src, tgt = map[string]bool{}, map[string]bool{}
	if best < 0 {
		return "", src, tgt
	}
	b := evs[best]
	for _, e := range evs {
		if e.Trigger.Start != b.Trigger.Start || e.CAMEO != b.CAMEO {
			continue
		}
		if e.Source != nil && e.Source.Country != "" {
			src[e.Source.Country] = true
		}
		if e.Target != nil && e.Target.Country != "" {
			tgt[e.Target.Country] = true
		}
	}
	return b.PLOVER, src, tgt
}

func meets(got, want map[string]bool) bool {
	for c := range want {
		if got[c] {
			return true
		}
	}
	return false
}

func keys(m map[string]bool) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, "+")
}

// Evaluate codes each record's sentence with analyze and compares the primary event with the
// gold record: PLOVER category accuracy over all records (the headline, "category_accuracy"),
// and, over records whose source and target both carry a country code (not IGO, NGO, ...;
// malformed actor fields skipped), the share where the category is right and a gold source
// country is among the predicted sources and a gold target country among the predicted
// targets ("category_country_accuracy").
func Evaluate(ctx context.Context, path string, opts eval.Options, analyze Analyzer) (*eval.Result, error) {
	k, err := kb.Load(nil)
	if err != nil {
		return nil, err
	}
	return evaluate(ctx, path, opts, analyze, func(code string) bool { return k.Country(code) != nil })
}

// evaluate is Evaluate with the test of which gold codes are countries given.
func evaluate(ctx context.Context, path string, opts eval.Options, analyze Analyzer, isCountry func(string) bool) (*eval.Result, error) {
	recs, err := LoadPLOVER(path)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("event: %s: no records", path)
	}
	res := &eval.Result{Task: "events", Dataset: path, Metric: "category_accuracy", Scores: map[string]float64{}}
	perCat := map[string]*eval.Row{}
	var catOK, ctryOK, ctryN, words int
	for _, r := range recs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := analyze(ctx, r.ID, r.Text)
		if err != nil {
			return nil, fmt.Errorf("event: %s: %w", r.ID, err)
		}
		words += len(strings.Fields(r.Text))
		want := Category2021(r.Event)
		got, src, tgt := primary(d.Events)
		row := perCat[want]
		if row == nil {
			row = &eval.Row{Label: want}
			perCat[want] = row
		}
		row.Total++
		ok := got == want
		if ok {
			catOK++
			row.Correct++
		} else {
			res.Errors = append(res.Errors, fmt.Sprintf("%s: want %s, got %q: %s", r.ID, want, got, r.Text))
		}
		ws, wt := countries(r.sources, isCountry), countries(r.targets, isCountry)
		if r.malformed || len(ws) == 0 || len(wt) == 0 {
			continue
		}
		ctryN++
		if ok && meets(src, ws) && meets(tgt, wt) {
			ctryOK++
		} else if ok {
			res.Errors = append(res.Errors, fmt.Sprintf("%s: %s right, countries want %s -> %s, got %s -> %s: %s", r.ID, want, keys(ws), keys(wt), keys(src), keys(tgt), r.Text))
		}
	}
	cats := make([]string, 0, len(perCat))
	for c := range perCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	res.Rows = append(res.Rows, eval.Row{Label: "category", Correct: catOK, Total: len(recs)})
	res.Rows = append(res.Rows, eval.Row{Label: "category+countries", Correct: ctryOK, Total: ctryN})
	for _, c := range cats {
		res.Rows = append(res.Rows, *perCat[c])
	}
	res.Value = float64(catOK) / float64(len(recs))
	if ctryN > 0 {
		res.Scores["category_country_accuracy"] = float64(ctryOK) / float64(ctryN)
	}
	res.Extra = append(res.Extra, fmt.Sprintf("records %d (%d words), with country codes on both sides %d", len(recs), words, ctryN))
	return res, nil
}

// inRelative: the trigger sits inside a relative clause opened by ", which" or ", who" that
// has not closed before it ("X, which attacked Y last year, agreed to talks").
func inRelative(e doc.Event) bool {
	off := e.Trigger.Start - e.Evidence.Start
	if off < 0 || off > len(e.Evidence.Text) {
		return false
	}
	before := strings.ToLower(e.Evidence.Text[:off])
	i := max(strings.LastIndex(before, ", which "), strings.LastIndex(before, ", who "), strings.LastIndex(before, ", whose "))
	return i >= 0 && !strings.Contains(before[i+2:], ",")
}
