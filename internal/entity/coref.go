package entity

import (
	"context"
	"fmt"
	"sort"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/ecbplus"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/ner"
)

// corefMention is a gold mention of a person, organisation or place: its byte span, the span
// of its syntactic head word and its entity's number in the document.
type corefMention struct {
	start, end int
	hs, he     int
	id, typ    string
}

// corefTypes are the GUM entity types whose mentions the identity evaluation scores.
var corefTypes = map[string]bool{"person": true, "organization": true, "place": true}

// appendChains adds the person, organisation and place mentions of one GUM sentence.
func appendChains(out []corefMention, sent []ner.GUMWord) ([]corefMention, error) {
	toks := make([]ner.GUMToken, len(sent))
	for i, t := range sent {
		toks[i] = t.GUMToken
	}
	ms, err := ner.GUMMentions(toks)
	if err != nil {
		return out, err
	}
	for _, m := range ms {
		if !corefTypes[m.Type] {
			continue
		}
		head := m.To
		for k := m.From; k <= m.To; k++ {
			if h := sent[k].Head - 1; h < m.From || h > m.To {
				head = k
				break
			}
		}
		out = append(out, corefMention{sent[m.From].Start, sent[m.To].End, sent[head].Start, sent[head].End, m.ID, m.Type})
	}
	return out, nil
}

// EvaluateCoref measures identity, the entity stage's grouping of mentions into actors, on
// GUM's coreference annotation (path: a folder of GUM CoNLL-U files; its dev and test
// documents when splits.md is at hand). Each mention the stage finds (a name, a title or
// role, a pronoun) is aligned with the smallest gold mention of a person, organisation or
// place that contains it and whose head word it covers. Over every pair of aligned mentions
// of a document, a pair the stage puts in one entity is right when GUM does too: pairwise
// precision, recall and F1. Per kind of mention, a mention with an earlier gold coreferent
// counts as linked right when the stage joins it to one of them. For a directory of
// MEANTIME articles it measures identity across articles instead (evaluateMeantimeCoref).
func EvaluateCoref(ctx context.Context, path string, opts eval.Options) (*eval.Result, error) {
	x, err := evalExtractor(opts)
	if err != nil {
		return nil, err
	}
	if ecbplus.Is(path) {
		return evaluateECBCoref(ctx, x, path)
	}
	if hasXML(path) {
		return evaluateMeantimeCoref(ctx, x, path)
	}
	docs, err := readGUMDir(path)
	if err != nil {
		return nil, err
	}
	var pairs eval.PRF
	kinds := map[string]*eval.PRF{}
	for _, kd := range []string{doc.MentionName, doc.MentionNominal, doc.MentionPronoun} {
		kinds[kd] = &eval.PRF{}
	}
	var errs []string
	aligned, predicted, goldN := 0, 0, 0
	for _, ed := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d := ed.d
		if err := x.Extract(ctx, d); err != nil {
			return nil, err
		}
		// As a run does: Link also joins the document's own shorter and longer names.
		Link([]*doc.Document{d})
		goldN += len(ed.chains)
		al := alignMentions(d.Mentions, ed.chains)
		predicted += len(d.Mentions)
		aligned += len(al)
		for j := range al {
			mj, gj := d.Mentions[al[j].m], ed.chains[al[j].g]
			goldEarlier, predEarlier, both := false, false, false
			for i := range j {
				mi, gi := d.Mentions[al[i].m], ed.chains[al[i].g]
				ps, gs := mi.Entity == mj.Entity, gi.id == gj.id
				switch {
				case ps && gs:
					pairs.TP++
				case ps:
					pairs.FP++
				case gs:
					pairs.FN++
				}
				goldEarlier = goldEarlier || gs
				predEarlier = predEarlier || ps
				both = both || ps && gs
			}
			p := kinds[mj.Kind]
			if p == nil {
				continue
			}
			switch {
			case both:
				p.TP++
			case predEarlier:
				p.FP++
				if len(errs) < 2000 {
					errs = append(errs, fmt.Sprintf("wrong link %s %q (%s) in %q", mj.Kind, mj.Text, mj.Entity, eval.Context(d.Text, mj.Start, mj.End)))
				}
			case goldEarlier:
				p.FN++
				if len(errs) < 2000 {
					errs = append(errs, fmt.Sprintf("missed link %s %q (%s) in %q", mj.Kind, mj.Text, mj.Entity, eval.Context(d.Text, mj.Start, mj.End)))
				}
			}
		}
	}
	sort.Strings(errs)
	res := &eval.Result{
		Task:    "coref",
		Dataset: path + " (GUM coreference: person, organization and place mentions; dev and test documents when splits.md is at hand)",
		Metric:  "pairwise_f1",
		Value:   pairs.F1(),
		Errors:  errs,
		Scores:  map[string]float64{},
	}
	res.Extra = append(res.Extra, fmt.Sprintf("documents %d, gold mentions %d, mentions found %d, aligned %d (%.1f%% of gold)",
		len(docs), goldN, predicted, aligned, 100*float64(aligned)/float64(max(goldN, 1))))
	res.Rows = append(res.Rows, eval.Row{Label: "pairs", PRF: &pairs})
	for _, kd := range []string{doc.MentionName, doc.MentionNominal, doc.MentionPronoun} {
		p := kinds[kd]
		if p.TP+p.FP+p.FN < 10 {
			// Too few to score (GUM's dev and test documents hold one role noun, "the
			// President", that the stage resolves): shown, not reported as a figure.
			res.Extra = append(res.Extra, fmt.Sprintf("antecedent %s: %d right, %d wrong, %d missed (too few to score)", kd, p.TP, p.FP, p.FN))
			continue
		}
		res.Rows = append(res.Rows, eval.Row{Label: "antecedent " + kd, PRF: p})
		res.Scores[kd+"_link_f1"] = p.F1()
	}
	res.Scores["pairwise_precision"] = pairs.Precision()
	res.Scores["pairwise_recall"] = pairs.Recall()
	return res, nil
}

// alignment pairs a found mention (index into the document's mentions) with a gold mention
// (index into the chains).
type alignment struct{ m, g int }

// alignMentions aligns each found mention with the smallest unused gold mention that
// contains it and whose head word it covers, in text order.
func alignMentions(ms []doc.Mention, gold []corefMention) []alignment {
	used := make([]bool, len(gold))
	var out []alignment
	for mi, m := range ms {
		best := -1
		for gi, g := range gold {
			if used[gi] || m.Start < g.start || m.End > g.end || g.hs < m.Start || g.he > m.End {
				continue
			}
			if best < 0 || g.end-g.start < gold[best].end-gold[best].start {
				best = gi
			}
		}
		if best >= 0 {
			used[best] = true
			out = append(out, alignment{mi, best})
		}
	}
	sort.Slice(out, func(i, j int) bool { return ms[out[i].m].Start < ms[out[j].m].Start })
	return out
}
