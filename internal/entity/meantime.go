package entity

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/meantime"
	"github.com/parallax-news/parallax/internal/segment"
)

// meantimeTypes are the MEANTIME entity types whose mentions the identity evaluation
// scores; products (PRO) and financial entities (FIN) are left out.
var meantimeTypes = map[string]bool{"PER": true, "ORG": true, "LOC": true}

// hasXML reports whether path is a directory holding .xml files, as MEANTIME's corpus
// folders do, and no CoNLL-U files, which make it GUM's.
func hasXML(path string) bool {
	for _, g := range []string{"*.conllu", "dep/*.conllu"} {
		if m, _ := filepath.Glob(filepath.Join(path, g)); len(m) > 0 {
			return false
		}
	}
	found := false
	filepath.WalkDir(path, func(p string, de fs.DirEntry, err error) error {
		if err != nil || found {
			return filepath.SkipAll
		}
		if !de.IsDir() && strings.HasSuffix(p, ".xml") {
			found = true
		}
		return nil
	})
	return found
}

// meantimeDoc is one MEANTIME article made ready for the entity stage: its document,
// segmented as the pipeline does, and the gold mentions of people, organisations and places
// with their cross-document instance.
type meantimeDoc struct {
	evalDoc
	corpus string
}

// readMeantime reads the MEANTIME articles under path: every mention of a person,
// organisation or place that the annotation links to an instance, in the annotated part of
// each article (its first sentences, the creation-time line left out). A mention's head is
// taken to be its last word, as for English noun phrases. MEANTIME annotates only the
// entities that take part in the events it marks, so it measures identity, not finding.
func readMeantime(path string) ([]meantimeDoc, error) {
	as, err := meantime.Load(path)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	out := make([]meantimeDoc, 0, len(as))
	for _, a := range as {
		d := &doc.Document{ID: a.Name, Text: a.Text}
		segment.Segment(d)
		md := meantimeDoc{evalDoc: evalDoc{d: d}, corpus: a.Corpus}
		for _, m := range a.Mentions {
			if !meantimeTypes[m.Type] || m.Instance == "" || m.Start >= a.Scope || m.Start < a.DateLine[1] && m.End > a.DateLine[0] {
				continue
			}
			md.chains = append(md.chains, lastWordHead(a.Text, m.Start, m.End, m.Instance, m.Type))
		}
		out = append(out, md)
	}
	return out, nil
}

// evaluateMeantimeCoref measures identity across the articles of each MEANTIME corpus, as a
// run over them would find it: every article of a corpus goes through the stage, then Link
// joins the actors of all of them. Mentions are aligned as in EvaluateCoref. Over every pair
// of aligned mentions of two different articles, a pair put in one entity is right when
// MEANTIME gives both the same instance: cross-document pairwise precision, recall and F1,
// the headline; pairs inside one article are reported apart.
func evaluateMeantimeCoref(ctx context.Context, x *Extractor, path string) (*eval.Result, error) {
	mds, err := readMeantime(path)
	if err != nil {
		return nil, err
	}
	return crossDocIdentity(ctx, x, mds, path+" (MEANTIME: person, organisation and place mentions of each corpus's articles, linked across articles by instance)")
}

// crossDocIdentity scores identity across the articles of each corpus (a topic) of mds,
// run through the stage together: cross-document pairwise precision, recall and F1 over
// aligned mentions, pairs inside one article apart.
func crossDocIdentity(ctx context.Context, x *Extractor, mds []meantimeDoc, dataset string) (*eval.Result, error) {
	byCorpus := map[string][]meantimeDoc{}
	var corpora []string
	for _, md := range mds {
		if byCorpus[md.corpus] == nil {
			corpora = append(corpora, md.corpus)
		}
		byCorpus[md.corpus] = append(byCorpus[md.corpus], md)
	}
	sort.Strings(corpora)
	type point struct {
		doc      int
		entity   string
		instance string
		text     string
		where    string
	}
	var cross, within eval.PRF
	var errs []string
	aligned, goldN := 0, 0
	for _, c := range corpora {
		group := byCorpus[c]
		docs := make([]*doc.Document, len(group))
		for i, md := range group {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if err := x.Extract(ctx, md.d); err != nil {
				return nil, err
			}
			docs[i] = md.d
		}
		Link(docs)
		var pts []point
		for i, md := range group {
			goldN += len(md.chains)
			for _, al := range alignMentions(md.d.Mentions, md.chains) {
				m := md.d.Mentions[al.m]
				pts = append(pts, point{i, m.Entity, md.chains[al.g].id, m.Text, eval.Context(md.d.Text, m.Start, m.End)})
			}
		}
		aligned += len(pts)
		// One error line per mention and kind of error, naming the first other mention.
		wrong, missed := map[int]bool{}, map[int]bool{}
		for j := range pts {
			for i := range j {
				a, b := pts[i], pts[j]
				ps, gs := a.entity == b.entity, a.instance == b.instance
				p := &within
				if a.doc != b.doc {
					p = &cross
				}
				switch {
				case ps && gs:
					p.TP++
				case ps:
					p.FP++
					if a.doc != b.doc && !wrong[j] {
						wrong[j] = true
						errs = append(errs, fmt.Sprintf("%s: wrong cross-document link %q (%s) with %q in %q", c, b.text, b.entity, a.text, b.where))
					}
				case gs:
					p.FN++
					if a.doc != b.doc && !missed[j] {
						missed[j] = true
						errs = append(errs, fmt.Sprintf("%s: missed cross-document link %q (%s) with %q (%s) in %q", c, b.text, b.entity, a.text, a.entity, b.where))
					}
				}
			}
		}
	}
	sort.Strings(errs)
	res := &eval.Result{
		Task:    "coref",
		Dataset: dataset,
		Metric:  "cross_doc_pairwise_f1",
		Value:   cross.F1(),
		Errors:  errs,
		Scores: map[string]float64{
			"cross_doc_pairwise_precision": cross.Precision(),
			"cross_doc_pairwise_recall":    cross.Recall(),
			"within_doc_pairwise_f1":       within.F1(),
		},
	}
	res.Extra = append(res.Extra, fmt.Sprintf("articles %d in %d corpora, gold mentions %d, aligned %d (%.1f%% of gold)",
		len(mds), len(corpora), goldN, aligned, 100*float64(aligned)/float64(max(goldN, 1))))
	res.Rows = append(res.Rows, eval.Row{Label: "cross-document pairs", PRF: &cross}, eval.Row{Label: "within-document pairs", PRF: &within})
	return res, nil
}

// evaluateMeantimeNames measures finding and typing names in news on MEANTIME: the names
// (syntactic type NAM) of people, organisations and places in the annotated part of each
// article. MEANTIME's spans run over titles and appositions ("Irish low cost airline,
// Ryanair"; "Senator John McCain (R-AZ"), so a name the stage finds counts for a gold name
// of its type when it ends where the gold span ends and starts inside it. Recall is over
// the gold names. MEANTIME annotates only the entities that take part in its events, so
// precision is measured only on the found names that end where an annotated name (of any
// type, products and financial entities too) ends or cross its edge: one there is right
// when it matches a gold name.
func (x *Extractor) evaluateMeantimeNames(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	as, err := meantime.Load(path)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	byType := map[string]*eval.PRF{"PER": {}, "ORG": {}, "LOC": {}}
	var micro eval.PRF
	var errs []string
	for _, a := range as {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d := &doc.Document{ID: a.Name, Text: a.Text}
		segment.Segment(d)
		cs, _ := x.extract(d)
		pred := x.predSpans(d, cs, false)
		var gold []goldSpan
		var annotated [][2]int
		for _, m := range a.Mentions {
			if m.Start >= a.Scope || m.Start < a.DateLine[1] && m.End > a.DateLine[0] {
				continue
			}
			if m.Syntactic != "NAM" {
				continue
			}
			annotated = append(annotated, [2]int{m.Start, m.End})
			if meantimeTypes[m.Type] {
				gold = append(gold, goldSpan{m.Start, m.End, m.Type})
			}
		}
		matched := map[goldSpan]bool{}
		for _, g := range gold {
			found := false
			for p := range pred {
				if p.typ == g.typ && p.end == g.end && p.start >= g.start {
					found, matched[p] = true, true
				}
			}
			if found {
				byType[g.typ].TP++
				micro.TP++
			} else {
				byType[g.typ].FN++
				micro.FN++
				errs = append(errs, fmt.Sprintf("missed %s %q in %q", g.typ, a.Text[g.start:g.end], eval.Context(a.Text, g.start, g.end)))
			}
		}
		for p := range pred {
			if matched[p] || p.start >= a.Scope {
				continue
			}
			for _, s := range annotated {
				// Judged where it ends with an annotated name or crosses one's edge; a name
				// inside a longer one ("U.S." of "U.S. automaker GM") is not judged.
				if p.end == s[1] && p.start < s[1] || s[0] < p.end && p.start < s[1] && (p.start < s[0] || p.end > s[1]) {
					byType[p.typ].FP++
					micro.FP++
					errs = append(errs, fmt.Sprintf("wrong %s %q in %q", p.typ, a.Text[p.start:p.end], eval.Context(a.Text, p.start, p.end)))
					break
				}
			}
		}
	}
	errs = spread(errs, opts.Errors)
	res := &eval.Result{
		Task:    "entities",
		Dataset: path + " (MEANTIME names of people, organisations and places; a found name ending where the gold span ends; precision on annotated names only)",
		Metric:  "name_recall",
		Value:   micro.Recall(),
		Errors:  errs,
		Scores:  map[string]float64{"name_precision": micro.Precision()},
	}
	for _, t := range []string{"PER", "ORG", "LOC"} {
		res.Rows = append(res.Rows, eval.Row{Label: t, PRF: byType[t]})
		res.Scores[strings.ToLower(t)+"_recall"] = byType[t].Recall()
	}
	res.Rows = append(res.Rows, eval.Row{Label: "micro", PRF: &micro})
	return res, nil
}

// lastWordHead is a gold mention of text[start:end] whose head is taken to be its last
// word, as for English noun phrases.
func lastWordHead(text string, start, end int, id, typ string) corefMention {
	hs := strings.LastIndexByte(text[start:end], ' ') + 1
	return corefMention{start, end, start + hs, end, id, typ}
}
