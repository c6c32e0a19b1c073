package ecbplus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// article is a small ECB+ document of the project's own writing: two mentions of one
// instance across a relation, one of another with no relation, and an instance record.
const article = `<?xml version="1.0" encoding="UTF-8"?>
<Document doc_name="1_1ecb.xml" doc_id="DOC1">
<token t_id="1" sentence="0" number="0">Nordvik</token>
<token t_id="2" sentence="0" number="1">Airlines</token>
<token t_id="3" sentence="0" number="2">cut</token>
<token t_id="4" sentence="0" number="3">fares</token>
<token t_id="5" sentence="0" number="4">.</token>
<token t_id="6" sentence="1" number="0">The</token>
<token t_id="7" sentence="1" number="1">airline</token>
<token t_id="8" sentence="1" number="2">'s</token>
<token t_id="9" sentence="1" number="3">chief</token>
<token t_id="10" sentence="1" number="4">spoke</token>
<token t_id="11" sentence="1" number="5">.</token>
<Markables>
<HUMAN_PART_ORG m_id="1"><token_anchor t_id="1"/><token_anchor t_id="2"/></HUMAN_PART_ORG>
<HUMAN_PART_ORG m_id="2"><token_anchor t_id="6"/><token_anchor t_id="7"/></HUMAN_PART_ORG>
<HUMAN_PART_PER m_id="3"><token_anchor t_id="9"/></HUMAN_PART_PER>
<HUMAN_PART_ORG m_id="9" RELATED_TO="" TAG_DESCRIPTOR="nordvik" instance_id="HUM1"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="HUM1"><source m_id="1"/><source m_id="2"/><target m_id="9"/></CROSS_DOC_COREF>
</Relations>
</Document>
`

func TestParse(t *testing.T) {
	a, err := Parse("1_1ecb.xml", strings.NewReader(article))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Nordvik Airlines cut fares.\nThe airline's chief spoke."; a.Text != want {
		t.Fatalf("text %q, want %q", a.Text, want)
	}
	want := []struct{ text, tag, inst string }{
		{"Nordvik Airlines", "HUMAN_PART_ORG", "HUM1"},
		{"The airline", "HUMAN_PART_ORG", "HUM1"},
		{"chief", "HUMAN_PART_PER", ""},
	}
	if len(a.Mentions) != len(want) {
		t.Fatalf("mentions %+v, want %d", a.Mentions, len(want))
	}
	for i, w := range want {
		m := a.Mentions[i]
		if got := a.Text[m.Start:m.End]; got != w.text || m.Tag != w.tag || m.Instance != w.inst {
			t.Errorf("mention %d = %q %s %q, want %q %s %q", i, got, m.Tag, m.Instance, w.text, w.tag, w.inst)
		}
	}
}

func TestLoadAndIs(t *testing.T) {
	root := t.TempDir()
	if Is(root) {
		t.Error("an empty folder is no ECB+ corpus")
	}
	if _, err := Load(root); err == nil {
		t.Error("Load of an empty folder: no error")
	}
	if err := os.MkdirAll(filepath.Join(root, "1"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"1_1ecb.xml", "1_2ecbplus.xml"} {
		if err := os.WriteFile(filepath.Join(root, "1", n), []byte(article), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !Is(root) {
		t.Error("Is = false for a topic folder")
	}
	as, err := Load(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 || as[0].Topic != "1" || as[0].Event != "ecb" || as[1].Event != "ecbplus" {
		t.Errorf("loaded %d articles: %+v", len(as), as)
	}
	if err := os.WriteFile(filepath.Join(root, "1", "1_3ecb.xml"), []byte("<Document><token"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(root); err == nil || !strings.Contains(err.Error(), "1_3ecb.xml") {
		t.Errorf("a truncated file: error %v, want one naming it", err)
	}
}

// FuzzParse: any input either fails with an error or gives mentions inside the text.
func FuzzParse(f *testing.F) {
	f.Add(article)
	f.Add("<Document><token t_id=\"1\" sentence=\"0\">a</token></Document>")
	f.Add("<Document><Markables><LOC_GEO m_id=\"1\"><token_anchor t_id=\"9\"/></LOC_GEO></Markables></Document>")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse("f.xml", strings.NewReader(s))
		if err != nil {
			return
		}
		for _, m := range a.Mentions {
			if m.Start < 0 || m.End > len(a.Text) || m.Start > m.End {
				t.Fatalf("mention %+v outside text of %d bytes", m, len(a.Text))
			}
		}
	})
}
