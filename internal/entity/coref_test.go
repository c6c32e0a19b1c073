package entity

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
)

// A GUM-style document of the project's own writing: "Anna Berg met Omar Dahl. She thanked
// him." Berg and "She" are entity 1, Dahl and "him" entity 2.
const corefFixture = `# newdoc id = corefFixture
# text = Anna Berg met Omar Dahl.
1	Anna	Anna	PROPN	NNP	_	3	nsubj	_	Entity=(1-person-new-x-x-1-sgl
2	Berg	Berg	PROPN	NNP	_	1	flat	_	Entity=1)
3	met	meet	VERB	VBD	_	0	root	_	_
4	Omar	Omar	PROPN	NNP	_	3	obj	_	Entity=(2-person-new-x-x-1-sgl
5	Dahl	Dahl	PROPN	NNP	_	4	flat	_	Entity=2)|SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# text = She thanked him.
1	She	she	PRON	PRP	_	2	nsubj	_	Entity=(1-person-giv-x-x-1-sgl)
2	thanked	thank	VERB	VBD	_	0	root	_	_
3	him	he	PRON	PRP	_	2	obj	_	Entity=(2-person-giv-x-x-1-sgl)|SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

`

func TestReadGUMChains(t *testing.T) {
	ed, err := readGUM(strings.NewReader(corefFixture), "fixture.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range ed.chains {
		got = append(got, c.id+":"+ed.d.Text[c.start:c.end]+"/"+ed.d.Text[c.hs:c.he])
	}
	want := "1:Anna Berg/Anna|2:Omar Dahl/Omar|1:She/She|2:him/him"
	if strings.Join(got, "|") != want {
		t.Errorf("chains = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestAlignMentions(t *testing.T) {
	gold := []corefMention{
		{start: 0, end: 30, hs: 4, he: 9, id: "1"},    // "the envoy Anna Berg of Oslo", head "envoy"
		{start: 10, end: 19, hs: 10, he: 14, id: "1"}, // "Anna Berg" in apposition
		{start: 40, end: 43, hs: 40, he: 43, id: "2"},
	}
	ms := []doc.Mention{
		{Start: 10, End: 19, Entity: "a"}, // the name: the smaller gold mention
		{Start: 4, End: 9, Entity: "a"},   // the role: the outer one
		{Start: 40, End: 44, Entity: "b"}, // reaches past every gold mention: none
	}
	got := alignMentions(ms, gold)
	if len(got) != 2 || got[0] != (alignment{1, 0}) || got[1] != (alignment{0, 1}) {
		t.Errorf("alignMentions = %v, want [{1 0} {0 1}]", got)
	}
}

func TestEvaluateCoref(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "fixture.conllu"), []byte(corefFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := EvaluateCoref(context.Background(), dir, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Four mentions, two entities: 2 gold pairs among 6. The pronouns resolve by gender and
	// order, so both gold pairs are found and nothing else is joined.
	if p := res.Rows[0].PRF; p.TP != 2 || p.FP != 0 || p.FN != 0 {
		t.Errorf("pairs = %+v, want 2 found of 2 and no wrong pair", *p)
	}
	if res.Value != 1 {
		t.Errorf("pairwise F1 = %v, want 1", res.Value)
	}
}
