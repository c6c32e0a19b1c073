package entity

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
)

// catArticle writes an article of the project's own writing in MEANTIME's CAT XML: a title,
// a date line, then the sentences. Each mention is a [first, last] token number (counted over
// the whole article, from 1) and its instance; all are organisations.
func catArticle(sents [][]string, mentions [][2]int, instances []string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" ?><Document doc_id="1" doc_name="t" lang="en" url="">` + "\n")
	n := 0
	all := append([][]string{{"Airline", "news"}, {"June", "23", ",", "2025"}}, sents...)
	for si, s := range all {
		for _, w := range s {
			n++
			fmt.Fprintf(&b, "<token number=\"%d\" sentence=\"%d\" t_id=\"%d\">%s</token>\n", n-1, si, n, w)
		}
	}
	b.WriteString("<Markables>\n")
	for i, m := range mentions {
		fmt.Fprintf(&b, `<ENTITY_MENTION m_id="%d" syntactic_type="NAM">`, i+1)
		for t := m[0]; t <= m[1]; t++ {
			fmt.Fprintf(&b, `<token_anchor t_id="%d"/>`, t)
		}
		b.WriteString("</ENTITY_MENTION>\n")
	}
	for i, inst := range instances {
		fmt.Fprintf(&b, "<ENTITY m_id=\"%d\" ent_type=\"ORG\" instance_id=\"%s\"/>\n", 100+i, inst)
	}
	b.WriteString("</Markables>\n<Relations>\n")
	for i, inst := range instances {
		fmt.Fprintf(&b, `<REFERS_TO r_id="%d">`, i+1)
		for j := range mentions {
			if instanceOf(j, instances, mentions) == inst {
				fmt.Fprintf(&b, `<source m_id="%d"/>`, j+1)
			}
		}
		fmt.Fprintf(&b, "<target m_id=\"%d\"/></REFERS_TO>\n", 100+i)
	}
	b.WriteString("</Relations>\n</Document>\n")
	return b.String()
}

// instanceOf: in these fixtures every mention refers to the first instance but the ones a
// test lists after it, one each, in order from the last mention.
func instanceOf(j int, instances []string, mentions [][2]int) string {
	k := len(mentions) - 1 - j
	if k < len(instances)-1 {
		return instances[len(instances)-1-k]
	}
	return instances[0]
}

func TestEvaluateMeantimeCoref(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus_air")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// Article one defines the acronym; article two uses the acronym and the company's full
	// legal name. Tokens 1-2 are the title, 3-6 the date line.
	a := catArticle([][]string{{"Nordvik", "Airlines", "(", "NVA", ")", "cut", "fares", "."}},
		[][2]int{{7, 8}, {10, 10}}, []string{"ORG1"})
	b := catArticle([][]string{{"NVA", "added", "flights", "."}, {"Nordvik", "Airlines", "Ltd", "said", "so", "."}},
		[][2]int{{7, 7}, {11, 13}}, []string{"ORG1"})
	for name, text := range map[string]string{"a.xml": a, "b.xml": b} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := EvaluateCoref(context.Background(), filepath.Dir(dir), eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Four aligned mentions of one instance: 4 cross-document pairs, 2 within.
	cross, within := res.Rows[0].PRF, res.Rows[1].PRF
	if cross.TP != 4 || cross.FP != 0 || cross.FN != 0 || within.TP != 2 {
		t.Errorf("cross = %+v, within = %+v, want 4 and 2 pairs found, none wrong or missed (errors: %v)", *cross, *within, res.Errors)
	}
}

func TestCorporateForms(t *testing.T) {
	for name, want := range map[string]string{
		"General Motors Corporation": "General Motors|General",
		"Apple, Inc.":                "Apple",
		"Fiat Group SpA":             "Fiat Group|Fiat",
		"Singapore Airlines":         "",
		"Motors":                     "",
	} {
		if got := strings.Join(corporateForms(name), "|"); got != want {
			t.Errorf("corporateForms(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestInitialsOf(t *testing.T) {
	for _, c := range []struct {
		name, acr string
		want      bool
	}{
		{"Democratic Republic of the Congo", "DRC", true},
		{"Singapore Airlines", "SIA", true},
		{"Singapore Airlines", "AS", false},
		{"European Union", "UE", false},
		{"Singapore Airlines", "SIAX", false},
	} {
		if got := initialsOf(c.name, c.acr); got != c.want {
			t.Errorf("initialsOf(%q, %q) = %v, want %v", c.name, c.acr, got, c.want)
		}
	}
}

func TestLinkCompaniesAcrossDocuments(t *testing.T) {
	x := extractor(t)
	a := analyse(t, x, "Nordvik Airlines (NVA) cut fares. Apple Inc. and General Motors Corporation reported results.")
	b := analyse(t, x, "NVA added flights. Apple and General Motors hired staff. Steve Jobs, the Apple Chief Executive Officer, spoke.")
	Link([]*doc.Document{a, b})
	ids := map[string]string{}
	for _, d := range []*doc.Document{a, b} {
		for _, m := range d.Mentions {
			if prev, ok := ids[m.Text]; ok && prev != m.Entity {
				t.Errorf("%q is %s and %s", m.Text, prev, m.Entity)
			}
			ids[m.Text] = m.Entity
		}
	}
	for text, want := range map[string]string{
		"NVA":                               ids["Nordvik Airlines"],
		"Apple Inc.":                        "kb:apple",
		"General Motors Corporation":        "kb:general-motors",
		"the Apple Chief Executive Officer": ids["Steve Jobs"],
	} {
		if ids[text] != want || want == "" {
			t.Errorf("%q -> %q, want %q", text, ids[text], want)
		}
	}
}

func TestEvaluateMeantimeNames(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus_air")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// Tokens 1-2 are the title, 3-6 the date line. The gold names: "Nordvik Airlines", found
	// whole; "Goldman" alone, where the stage finds "Goldman Sachs": missed, and the found
	// name, crossing the annotated one's edge, is wrong. "fares" is no name and the stage
	// finds none there.
	a := catArticle([][]string{{"Analysts", "at", "Goldman", "Sachs", "praised", "Nordvik", "Airlines", "for", "its", "fares", "."}},
		[][2]int{{12, 13}, {9, 9}}, []string{"ORG1", "ORG2"})
	if err := os.WriteFile(filepath.Join(dir, "a.xml"), []byte(a), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Evaluate(context.Background(), filepath.Dir(dir), eval.Options{Errors: 5})
	if err != nil {
		t.Fatal(err)
	}
	org := res.Rows[1].PRF
	if res.Rows[1].Label != "ORG" || org.TP != 1 || org.FN != 1 || org.FP != 1 {
		t.Errorf("ORG row %s %+v, want 1 found, 1 missed, 1 wrong (errors: %v)", res.Rows[1].Label, *org, res.Errors)
	}
	if res.Metric != "name_recall" || res.Value != 0.5 {
		t.Errorf("%s = %v, want name_recall 0.5", res.Metric, res.Value)
	}
}
