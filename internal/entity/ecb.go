package entity

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/ecbplus"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/segment"
)

// ecbTypes maps the ECB+ participant and place tags the identity evaluation scores to
// entity types; generic participants, vehicles and non-human participants are left out.
var ecbTypes = map[string]string{
	"HUMAN_PART_PER": "PER", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "LOC",
	"LOC_GEO": "LOC", "LOC_FAC": "LOC", "LOC_OTHER": "LOC",
}

// readECBCoref reads the ECB+ articles under path for the identity evaluation: every
// mention of a person, organisation, state or place that a cross-document relation links
// to an instance, its head taken to be its last word. A topic's articles, on its two
// events, are one corpus: an actor of both is one instance.
func readECBCoref(path string) ([]meantimeDoc, error) {
	as, err := ecbplus.Load(path)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	out := make([]meantimeDoc, 0, len(as))
	for _, a := range as {
		d := &doc.Document{ID: a.Name, Text: a.Text}
		segment.Segment(d)
		md := meantimeDoc{evalDoc: evalDoc{d: d}, corpus: a.Topic}
		for _, m := range a.Mentions {
			t := ecbTypes[m.Tag]
			if t == "" || m.Instance == "" {
				continue
			}
			md.chains = append(md.chains, lastWordHead(a.Text, m.Start, m.End, m.Instance, t))
		}
		out = append(out, md)
	}
	return out, nil
}

// evaluateECBCoref measures identity across the articles of each ECB+ topic as
// evaluateMeantimeCoref does for MEANTIME's corpora.
func evaluateECBCoref(ctx context.Context, x *Extractor, path string) (*eval.Result, error) {
	mds, err := readECBCoref(path)
	if err != nil {
		return nil, err
	}
	return crossDocIdentity(ctx, x, mds, path+" (ECB+: person, organisation, state and place mentions of each topic's articles, linked across articles by instance)")
}
