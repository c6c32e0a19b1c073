package entity

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/conllu"
	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/kb"
	"github.com/parallax-news/parallax/internal/ner"
)

// diag, when set by a test, is shown each document's gold and predicted spans.
var diag = func(text string, gold, pred map[goldSpan]bool) {}

// goldSpan is an annotated named mention: byte offsets in the evaluation document's text and
// a scored type (PER, ORG or LOC).
type goldSpan struct {
	start, end int
	typ        string
}

// evalDoc is a document rebuilt from annotated tokens, with its gold names and, for GUM,
// every mention of a person, organisation or place with its entity (for EvaluateCoref).
type evalDoc struct {
	d      *doc.Document
	gold   []goldSpan
	chains []corefMention
}

// Evaluate measures the entity stage on annotated named mentions: exact spans, CoNLL style,
// PERSON as PER, ORG as ORG, GPE and LOC as LOC, other types ignored, a leading "the" not
// counted. path is the GMB extract (ner_dataset.csv[.zip]: the held-out split, sentence
// number % 10 == 9, which the tagger never trains on; GMB tags nationalities gpe, so NORP
// counts as LOC there, and has no facility type, so FAC counts as ORG) or a directory of
// GUM CoNLL-U files (its proper-noun-headed person, organization and place mentions, from
// their first capitalised word; names flat or in apposition under a common noun, as in
// "spokesperson Julie Hahn"; GUM's place covers buildings, so FAC counts as LOC there), or
// a directory of MEANTIME articles (evaluateMeantimeNames).
func Evaluate(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	x, err := evalExtractor(opts)
	if err != nil {
		return nil, err
	}
	if hasXML(path) {
		return x.evaluateMeantimeNames(ctx, path, opts)
	}
	var docs []evalDoc
	gmb := strings.HasSuffix(path, ".zip") || strings.HasSuffix(path, ".csv")
	dataset := path
	if gmb {
		docs, err = readGMB(path)
		dataset += " (held-out: sentence number % 10 == 9; NORP scored as LOC, FAC as ORG)"
	} else {
		docs, err = readGUMDir(path)
		dataset += " (proper-noun-headed person, organization, place mentions; GUM dev and test documents when splits.md is at hand)"
	}
	if err != nil {
		return nil, err
	}
	return x.score(ctx, docs, dataset, gmb, opts)
}

// evalExtractor builds the stage as the evaluations run it: the embedded knowledge base and
// the embedded name tagger, or the model opts names.
func evalExtractor(opts eval.Options) (*Extractor, error) {
	k, err := kb.Load(nil)
	if err != nil {
		return nil, err
	}
	tg, err := ner.LoadFile(opts.Model)
	if err != nil {
		return nil, err
	}
	return New(k, tg), nil
}

func scoreType(t string, gmb bool) string {
	switch t {
	case "PERSON":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC":
		return "LOC"
	case "NORP":
		if gmb {
			return "LOC"
		}
	case "FAC":
		// GMB has no facility type: it tags embassies, hotels and hospitals org; GUM's
		// place covers buildings, stadiums and bridges.
		if gmb {
			return "ORG"
		}
		return "LOC"
	}
	return ""
}

func (x *Extractor) score(ctx context.Context, docs []evalDoc, dataset string, gmb bool, opts eval.Options) (*eval.Result, error) {
	byType := map[string]*eval.PRF{"PER": {}, "ORG": {}, "LOC": {}}
	var micro eval.PRF
	var errs []string
	words := 0
	var elapsed, cpu time.Duration
	for _, ed := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d := ed.d
		t0, c0 := time.Now(), eval.CPUTime()
		cs, _ := x.extract(d)
		elapsed += time.Since(t0)
		cpu += eval.CPUTime() - c0
		for _, s := range d.Tokens {
			if s.End > s.Start {
				words++
			}
		}
		pred := x.predSpans(d, cs, gmb)
		// Scored on the annotation's tokens, as CoNLL is: a mention covering part of a
		// token ("U.S." of GMB's one token "U.S.-led") labels no token.
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, tk := range d.Tokens {
			starts[tk.Start], ends[tk.End] = true, true
		}
		for p := range pred {
			if !starts[p.start] || !ends[p.end] {
				delete(pred, p)
			}
		}
		gold := map[goldSpan]bool{}
		for _, g := range ed.gold {
			gold[g] = true
		}
		for g := range gold {
			if pred[g] {
				byType[g.typ].TP++
				micro.TP++
			} else {
				byType[g.typ].FN++
				micro.FN++
				errs = append(errs, fmt.Sprintf("missed %s %q in %q", g.typ, d.Text[g.start:g.end], eval.Context(d.Text, g.start, g.end)))
			}
		}
		if os.Getenv("ENTDIAG") != "" {
			diag(d.Text, gold, pred)
		}
		for p := range pred {
			if !gold[p] {
				byType[p.typ].FP++
				micro.FP++
				errs = append(errs, fmt.Sprintf("spurious %s %q in %q", p.typ, d.Text[p.start:p.end], eval.Context(d.Text, p.start, p.end)))
			}
		}
	}
	errs = spread(errs, opts.Errors)
	res := &eval.Result{
		Task:    "entities",
		Dataset: dataset,
		Metric:  "micro_f1",
		Value:   micro.F1(),
		Errors:  errs,
		Scores:  map[string]float64{},
	}
	speed := fmt.Sprintf("documents %d, words %d, entity stage %.0f words/s wall (one goroutine)", len(docs), words, float64(words)/max(elapsed.Seconds(), 1e-9))
	if cpu > 0 {
		speed += fmt.Sprintf(", %.0f words/CPU-s", float64(words)/cpu.Seconds())
	}
	res.Extra = append(res.Extra, speed)
	for _, t := range []string{"PER", "ORG", "LOC"} {
		res.Rows = append(res.Rows, eval.Row{Label: t, PRF: byType[t]})
		res.Scores[strings.ToLower(t)+"_f1"] = byType[t].F1()
	}
	res.Rows = append(res.Rows, eval.Row{Label: "micro", PRF: &micro})
	return res, nil
}

// predSpans returns the scored spans of the name mentions found in d. Titles: GMB counts a
// one-word capitalised title in the name ("President Mahmoud Abbas", "Mr. Olmert") and a
// demonym before it apart ("Palestinian"); GUM, scored like CoNLL, no title ("US | Barack
// Obama"); both leave out a leading "the".
func (x *Extractor) predSpans(d *doc.Document, cs []cand, gmb bool) map[goldSpan]bool {
	pred := map[goldSpan]bool{}
	// Names the stage found as mentions of their own: a prefix there is scored as that
	// mention ("White House" of "White House spokesman" is the administration, ORG).
	named := map[[2]int]bool{}
	for _, c := range cs {
		if c.kind == doc.MentionName && c.entity != "" {
			named[[2]int{c.start, c.end}] = true
		}
	}
	// Prefixes GMB scores as the government (below), whatever type their mention has.
	govt := map[[2]int]bool{}
	prefix := func(c cand) {
		// The country or organisation before a title or role is a name of its own:
		// "Palestinian" (GMB counts demonyms), "Russia's".
		if c.prefix == nil || !gmb && !c.prefixName {
			return
		}
		span := [2]int{c.prefixStart, c.prefixEnd}
		// GMB tags a country's name before a cabinet secretary's or an ambassador's title
		// as the government, org ("U.S. | Secretary of State": org 77 times, geo or gpe 30;
		// "U.S. Ambassador" org 18, geo 2), and before other words as a place.
		if gmb && c.prefixName && c.prefix.IsCountry() {
			if w := nextWord(d.Text, c.prefixEnd); w == "Secretary" || w == "Ambassador" {
				govt[span] = true
				return
			}
		}
		if named[span] {
			return
		}
		pt := "LOC"
		if c.prefix.Type == "ORG" && !c.prefix.IsCountry() {
			pt = "ORG"
		}
		pred[goldSpan{c.prefixStart, c.prefixEnd, pt}] = true
	}
	for _, c := range cs {
		if c.kind == doc.MentionNominal || c.kind == kindGroup {
			// The country or organisation before a role counts whether or not the role
			// resolved to someone ("A Pakistani administrator").
			prefix(c)
		}
		if c.kind != doc.MentionName || c.entity == "" {
			continue
		}
		t := scoreType(c.typ, gmb)
		if t == "" {
			continue
		}
		// GMB tags nationalities and the peoples of a continent or region (gpe: "African",
		// "Arab", "Europeans"), not religions, sects or the adjectives "European" and
		// "Asian", which it leaves untagged.
		if c.typ == "NORP" && c.actor != nil && c.actor.Country == "" && !gmbPeople(c.actor.Key, d.Text[c.start:c.end]) {
			continue
		}
		// A descriptive alias ("Israeli military") is no name: only its demonym counts.
		if c.actor != nil && !c.titled && gmb {
			toks := kb.Split(d.Text[c.start:c.end])
			if len(toks) > 1 && strings.ToLower(toks[len(toks)-1]) == toks[len(toks)-1] {
				if n, iso := x.kb.MatchDemonym(toks, 0); n > 0 && iso != "" {
					first := strings.Index(d.Text[c.start:c.end], toks[n-1]) + len(toks[n-1])
					pred[goldSpan{c.start, c.start + first, "LOC"}] = true
					continue
				}
			}
		}
		// GMB tags a nationality before an organisation apart: "Iraqi | Interior Ministry",
		// "Ugandan | High Court" (53 times against 0 together); a country's name is part of
		// it: "U.S. Justice Department" (158 times together, once apart).
		if gmb && c.actor == nil && c.typ == "ORG" && !c.titled {
			toks := kb.Split(d.Text[c.start:c.end])
			if n, iso := x.kb.MatchDemonym(toks, 0); n > 0 && iso != "" && n < len(toks) && toks[n] != "'s" && !x.countryName(toks, n) {
				ws := words(d.Text, c.start, c.end, nil)
				if len(ws) == len(toks) && ws[n].cap {
					pred[goldSpan{c.start, ws[n-1].end, "LOC"}] = true
					pred[goldSpan{ws[n].start, c.end, "ORG"}] = true
					continue
				}
			}
		}
		// GMB tags the demonym of "South Korean", "North African" without its compass word.
		if gmb && c.typ == "NORP" && !c.titled {
			if sp := strings.IndexByte(d.Text[c.start:c.end], ' '); sp > 0 {
				switch d.Text[c.start : c.start+sp] {
				case "North", "South", "East", "West":
					pred[goldSpan{c.start + sp + 1, c.end, t}] = true
					continue
				}
			}
		}
		start := c.nameStart
		if c.titled {
			capTitle := c.titleStart != c.nameStart
			if gmb {
				// GMB keeps the titles of heads of state and government and honorifics
				// ("President X", "Prime Minister X", "Mr. X"); of other titles only the
				// rank or office word right before the name ("Senator X", "General X",
				// "Foreign Minister | X"), and none of diplomats, clerics or spokesmen.
				if capTitle && x.headTitle(c.role) {
					start = c.titleStart
				} else if capTitle {
					if w, ok := x.lastTitleWord(d.Text, c); ok {
						start = w
					}
				}
				prefix(c)
			} else {
				// GUM is scored like CoNLL (see ner.GUMNames): the name without its title,
				// a named prefix a mention of its own ("NASA | Administrator | Charles
				// Bolden").
				prefix(c)
			}
		}
		if s := d.Text[start:c.end]; strings.HasPrefix(s, "The ") || strings.HasPrefix(s, "the ") {
			start += 4
		}
		pred[goldSpan{start, c.end, t}] = true
	}
	for sp := range govt {
		delete(pred, goldSpan{sp[0], sp[1], "LOC"})
		pred[goldSpan{sp[0], sp[1], "ORG"}] = true
	}
	return pred
}

// gmbPeople reports whether GMB tags a knowledge-base people with no country (key) as
// written (text) gpe. Counted in its annotation: "African" 337 times a place or gpe, "Arab"
// 122, "Yugoslav" 31; "Africans", "Arabs", "Europeans", "Asians" always; the adjectives
// "European" and "Asian" almost never (O 260 and 110 times), religions' adherents and sects
// mostly not ("Muslim" O 93 times, org 130, geo 34), the names of religions mostly as
// places ("Islam" geo 56 times in 84, "Christianity" 6 in 11).
func gmbPeople(key, text string) bool {
	switch key {
	case "norp-african", "norp-arab", "norp-yugoslav", "religion-islam", "religion-christianity":
		return true
	case "norp-european", "norp-asian":
		return strings.HasSuffix(text, "s")
	}
	return false
}

// countryName reports whether the first n words of toks are a country's name ("U.S."), not
// only its adjective.
func (x *Extractor) countryName(toks []string, n int) bool {
	m, names := x.kb.MatchName(toks, 0)
	if m != n {
		return false
	}
	for _, nm := range names {
		if nm.Actor.IsCountry() {
			return true
		}
	}
	return false
}

// nextWord returns the word starting after the spaces at i.
func nextWord(text string, i int) string {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	j := i
	for j < len(text) && text[j] != ' ' && text[j] != '\n' {
		j++
	}
	return text[i:j]
}

// lastTitleWord returns where the title word right before a titled name starts when GMB
// counts it in the name: a legislator's or an officer's one-word title ("Senator",
// "General") or the last word of a minister's two-word title ("Foreign Minister").
func (x *Extractor) lastTitleWord(text string, c cand) (int, bool) {
	r := x.kb.Role(c.role)
	if r == nil {
		return 0, false
	}
	ws := words(text, c.titleStart, c.nameStart, nil)
	if len(ws) == 0 || !ws[len(ws)-1].cap {
		return 0, false
	}
	switch {
	case (r.Class == "legislator" || r.Class == "military") && len(ws) == 1:
	case r.Class == "minister" && len(ws) == 2 && ws[0].cap:
	default:
		return 0, false
	}
	return ws[len(ws)-1].start, true
}

func (x *Extractor) headTitle(role string) bool {
	if role == "" {
		return true
	}
	r := x.kb.Role(role)
	return r != nil && (r.Class == "head" || r.Honorific) && r.Name != "secretary-general"
}

// builder accumulates an evaluation document from tokens.
type builder struct {
	sb     strings.Builder
	d      *doc.Document
	sStart int
}

func newBuilder(id string) *builder { return &builder{d: &doc.Document{ID: id}} }

func (b *builder) token(w string, spaceAfter bool) (int, int) {
	start := b.sb.Len()
	b.sb.WriteString(w)
	end := b.sb.Len()
	b.d.Tokens = append(b.d.Tokens, doc.Token{Start: start, End: end})
	if spaceAfter {
		b.sb.WriteByte(' ')
	}
	return start, end
}

func (b *builder) endSentence(sep string) {
	end := strings.TrimRight(b.sb.String(), " ")
	if len(end) > b.sStart {
		b.d.Sentences = append(b.d.Sentences, doc.Sentence{Start: b.sStart, End: len(end)})
	}
	b.sb.WriteString(sep)
	b.sStart = b.sb.Len()
}

func (b *builder) done() *doc.Document {
	b.d.Text = b.sb.String()
	return b.d
}

// readGMB reads the held-out GMB sentences as documents of 50 sentences each.
func readGMB(path string) ([]evalDoc, error) {
	sents, err := ner.ReadGMB(path)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	var out []evalDoc
	var cur *builder
	var gold []goldSpan
	n := 0
	flush := func() {
		if cur != nil {
			out = append(out, evalDoc{d: cur.done(), gold: gold})
		}
		cur, gold, n = nil, nil, 0
	}
	for _, s := range sents {
		if !ner.HeldOut(s.N) {
			continue
		}
		if cur == nil {
			cur = newBuilder(fmt.Sprintf("gmb-%d", s.N))
		}
		offs := make([][2]int, len(s.Words))
		for i, w := range s.Words {
			a, b := cur.token(w, i+1 < len(s.Words))
			offs[i] = [2]int{a, b}
		}
		cur.endSentence("\n")
		for _, c := range ner.Chunks(s.Labels) {
			st := ""
			switch c.Type {
			case "PER":
				st = "PER"
			case "ORG":
				st = "ORG"
			case "LOC", "NORP", "GPE":
				st = "LOC"
			}
			a := c.Start
			if a < c.End-1 && strings.EqualFold(s.Words[a], "the") {
				a++
			}
			if st != "" {
				gold = append(gold, goldSpan{offs[a][0], offs[c.End-1][1], st})
			}
		}
		n++
		if n == 50 {
			flush()
		}
	}
	flush()
	if len(out) == 0 {
		return nil, fmt.Errorf("entity: %s: no held-out sentences", path)
	}
	return out, nil
}

// readGUMDir reads every CoNLL-U file of a GUM directory (or its dep/ folder).
func readGUMDir(path string) ([]evalDoc, error) {
	files, _ := filepath.Glob(filepath.Join(path, "dep", "*.conllu"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(path, "*.conllu"))
	}
	if len(files) == 0 {
		if strings.HasSuffix(path, ".conllu") {
			files = []string{path}
		} else {
			return nil, fmt.Errorf("entity: %s: no .conllu files (want the GMB zip or a GUM directory)", path)
		}
	}
	sort.Strings(files)
	// The tagger trains on GUM's train documents: score only the dev and test documents
	// when GUM's splits.md is at hand.
	if held, err := gumHeldOut(path); err == nil {
		var keep []string
		for _, f := range files {
			if held[strings.TrimSuffix(filepath.Base(f), ".conllu")] {
				keep = append(keep, f)
			}
		}
		files = keep
	}
	var out []evalDoc
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("entity: %w", err)
		}
		ed, err := readGUM(fh, f)
		fh.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, ed)
	}
	return out, nil
}

// gumHeldOut reads the dev and test document names from GUM's splits.md, next to the
// data or in the sibling gum folder.
func gumHeldOut(path string) (map[string]bool, error) {
	var b []byte
	var err error
	for _, p := range []string{filepath.Join(path, "splits.md"), filepath.Join(path, "..", "gum", "splits.md")} {
		if b, err = os.ReadFile(p); err == nil {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	held := map[string]bool{}
	section := ""
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "## ") {
			section = strings.TrimSpace(line[3:])
			continue
		}
		if (section == "dev" || section == "test") && strings.HasPrefix(line, "* ") {
			held[strings.TrimSpace(line[2:])] = true
		}
	}
	if len(held) == 0 {
		return nil, fmt.Errorf("entity: no dev or test documents in splits.md")
	}
	return held, nil
}

// readGUM reads one GUM CoNLL-U document: its tokens become the text (spaces as SpaceAfter
// says), and its proper-noun-headed person, organization and place mentions the gold.
func readGUM(r io.Reader, name string) (evalDoc, error) {
	b := newBuilder(filepath.Base(name))
	var gold []goldSpan
	var chains []corefMention
	var sent []ner.GUMWord
	err := conllu.Read(r, name, func(cs conllu.Sentence) error {
		if cs.Has("newpar") && b.sb.Len() > 0 {
			b.sb.WriteString("\n")
			b.sStart = b.sb.Len()
		}
		sent = sent[:0]
		for _, w := range cs.Words {
			s, e := b.token(w.Form, w.SpaceAfter())
			sent = append(sent, ner.GUMWord{GUMToken: ner.GUMToken{Form: w.Form, UPOS: w.UPOS, XPOS: w.XPOS, Head: w.Head, Deprel: w.Deprel, Misc: w.Misc}, Start: s, End: e})
		}
		g, err := gumMentions(sent)
		if err != nil {
			return fmt.Errorf("entity: %s:%d: %w", name, cs.Line, err)
		}
		gold = append(gold, g...)
		if chains, err = appendChains(chains, sent); err != nil {
			return fmt.Errorf("entity: %s:%d: %w", name, cs.Line, err)
		}
		b.endSentence("\n")
		return nil
	})
	if err != nil {
		return evalDoc{}, err
	}
	return evalDoc{d: b.done(), gold: gold, chains: chains}, nil
}

// gumMentions returns the named person, organization and place mentions of a sentence,
// cut to CoNLL-like name spans by ner.GUMNames (the tagger's GUM evaluation reads the same).
func gumMentions(sent []ner.GUMWord) ([]goldSpan, error) {
	spans, err := ner.GUMSpans(sent)
	if err != nil {
		return nil, err
	}
	out := make([]goldSpan, len(spans))
	for i, sp := range spans {
		out[i] = goldSpan{sp.Start, sp.End, sp.Type}
	}
	return out, nil
}

// spread sorts errs and keeps an even spread of about n*20 of them, not only the
// alphabetically first (all of them when n is negative).
func spread(errs []string, n int) []string {
	sort.Strings(errs)
	if n < 0 || len(errs) <= n*20 {
		return errs
	}
	step := max(len(errs)/(n*20+1), 1)
	var keep []string
	for i := 0; i < len(errs); i += step {
		keep = append(keep, errs[i])
	}
	return keep
}
