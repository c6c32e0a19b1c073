package entity

import (
	"archive/zip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/eval"
)

// A tiny GUM-style document of the project's own writing: "The envoy Anna Berg of the
// Nordic Council visited Oslo's harbour." with a titled person, an organisation headed by a
// proper noun, a place, and a common-noun mention that is not a name.
const gumFixture = `# newdoc id = fixture
# text = The envoy Anna Berg of the Nordic Council visited Oslo's harbour.
1	The	the	DET	DT	_	2	det	_	Entity=(1-person-new-x-x-1-sgl
2	envoy	envoy	NOUN	NN	_	8	nsubj	_	_
3	Anna	Anna	PROPN	NNP	_	2	appos	_	Entity=(2-person-new-x-x-1-sgl
4	Berg	Berg	PROPN	NNP	_	3	flat	_	Entity=2)
5	of	of	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	Entity=(3-organization-new-x-x-1-sgl
7	Nordic	Nordic	PROPN	NNP	_	3	nmod	_	_
8	Council	Council	PROPN	NNP	_	7	flat	_	Entity=3)1)
9	visited	visit	VERB	VBD	_	0	root	_	_
10	Oslo	Oslo	PROPN	NNP	_	12	nmod:poss	_	Entity=(4-organization-new-x-x-1-sgl(5-place-new-x-x-1-sgl)|SpaceAfter=No
11	's	's	PART	POS	_	10	case	_	_
12	harbour	harbour	NOUN	NN	_	9	obj	_	Entity=4)|SpaceAfter=No
13	.	.	PUNCT	.	_	9	punct	_	_

`

func TestReadGUM(t *testing.T) {
	ed, err := readGUM(strings.NewReader(gumFixture), "fixture.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range ed.gold {
		got = append(got, g.typ+":"+ed.d.Text[g.start:g.end])
	}
	want := []string{"PER:Anna Berg", "ORG:Nordic Council", "LOC:Oslo"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("gold = %q, want %q (text %q)", got, want, ed.d.Text)
	}
	if !strings.HasPrefix(ed.d.Text, "The envoy Anna Berg of the Nordic Council visited Oslo's harbour.") {
		t.Errorf("text = %q", ed.d.Text)
	}
}

func TestReadGMB(t *testing.T) {
	csv := "Sentence #,Word,POS,Tag\n" +
		"Sentence: 8,Skip,NN,O\n" +
		"Sentence: 9,President,NNP,B-per\n,Anna,NNP,I-per\n,Berg,NNP,I-per\n,visited,VBD,O\n,the,DT,O\n,Nordic,NNP,B-org\n,Council,NNP,I-org\n,in,IN,O\n,Oslo,NNP,B-geo\n,.,.,O\n" +
		"Sentence: 10,Norwegian,JJ,B-gpe\n,officials,NNS,O\n,said,VBD,O\n"
	dir := t.TempDir()
	p := filepath.Join(dir, "ner.csv.zip")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	w, err := zw.Create("ner_dataset.csv")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte(csv)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	docs, err := readGMB(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1 (only sentence 9 is held out)", len(docs))
	}
	var got []string
	for _, g := range docs[0].gold {
		got = append(got, g.typ+":"+docs[0].d.Text[g.start:g.end])
	}
	want := []string{"PER:President Anna Berg", "ORG:Nordic Council", "LOC:Oslo"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("gold = %q, want %q", got, want)
	}
	res, err := Evaluate(context.Background(), p, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Metric != "micro_f1" || res.Value <= 0 {
		t.Errorf("Evaluate = %s %v, want a positive micro_f1", res.Metric, res.Value)
	}
}

// TestEvaluateGUMNews scores the shared GUM news documents when they are present.
func TestEvaluateGUMNews(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "entities", "gum-news")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("GUM news data not found at %s (run from a checkout beside ../shared)", dir)
	}
	res, err := Evaluate(context.Background(), dir, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Value < 0.3 {
		t.Errorf("micro F1 on GUM news = %.3f, far below what the stage reaches", res.Value)
	}
}

// A person mention headed by a common noun holds a name in apposition: the name is gold; a
// possessive apostrophe is no part of a name.
const gumAppositeFixture = `# newdoc id = apposite
# text = The spokesperson Lena Voss met Ivar' sister.
1	The	the	DET	DT	_	2	det	_	Entity=(1-person-new-x-x-1-sgl
2	spokesperson	spokesperson	NOUN	NN	_	5	nsubj	_	_
3	Lena	Lena	PROPN	NNP	_	2	flat	_	_
4	Voss	Voss	PROPN	NNP	_	2	flat	_	Entity=1)
5	met	meet	VERB	VBD	_	0	root	_	_
6	Ivar	Ivar	PROPN	NNP	_	8	nmod:poss	_	Entity=(2-person-new-x-x-1-sgl|SpaceAfter=No
7	'	'	PART	POS	_	6	case	_	Entity=2)
8	sister	sister	NOUN	NN	_	5	obj	_	SpaceAfter=No
9	.	.	PUNCT	.	_	5	punct	_	_

`

func TestReadGUMAppositeName(t *testing.T) {
	ed, err := readGUM(strings.NewReader(gumAppositeFixture), "apposite.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range ed.gold {
		got = append(got, g.typ+":"+ed.d.Text[g.start:g.end])
	}
	want := []string{"PER:Lena Voss", "PER:Ivar"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("gold = %q, want %q (text %q)", got, want, ed.d.Text)
	}
}
