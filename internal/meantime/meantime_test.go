package meantime

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Fixture is an article of the project's own writing in MEANTIME's CAT XML: a title, a date
// line and one sentence, "Nordvik Airlines (NVA) said it will fly.", where "Nordvik
// Airlines" and "NVA" refer to one instance and "it" to the same entity.
const Fixture = `<?xml version="1.0" ?><Document doc_id="1" doc_name="fixture" lang="en" url="">
<token number="0" sentence="0" t_id="1">Airline</token>
<token number="1" sentence="0" t_id="2">expands</token>
<token number="2" sentence="1" t_id="3">June</token>
<token number="3" sentence="1" t_id="4">23</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2025</token>
<token number="6" sentence="2" t_id="7">Nordvik</token>
<token number="7" sentence="2" t_id="8">Airlines</token>
<token number="8" sentence="2" t_id="9">(</token>
<token number="9" sentence="2" t_id="10">NVA</token>
<token number="10" sentence="2" t_id="11">)</token>
<token number="11" sentence="2" t_id="12">said</token>
<token number="12" sentence="2" t_id="13">it</token>
<token number="13" sentence="2" t_id="14">will</token>
<token number="14" sentence="2" t_id="15">fly</token>
<token number="15" sentence="2" t_id="16">.</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="10"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="PRO"><token_anchor t_id="13"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="NOM"><token_anchor t_id="1"/></ENTITY_MENTION>
<TIMEX3 m_id="5" type="DATE" value="2025-06-23" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<ENTITY m_id="10" ent_type="ORG" instance_id="ORG1" TAG_DESCRIPTOR="Nordvik Airlines"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="2"/><source m_id="3"/><target m_id="10"/></REFERS_TO>
</Relations>
</Document>
`

func TestParse(t *testing.T) {
	a, err := Parse("fixture.xml", []byte(Fixture))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Airline expands\n\nJune 23, 2025\n\nNordvik Airlines (NVA) said it will fly."; a.Text != want {
		t.Fatalf("text = %q, want %q", a.Text, want)
	}
	if got := a.Text[a.DateLine[0]:a.DateLine[1]]; got != "June 23, 2025" {
		t.Errorf("date line = %q", got)
	}
	if a.Scope != len(a.Text) {
		t.Errorf("scope = %d, want the whole text (%d)", a.Scope, len(a.Text))
	}
	var got []string
	for _, m := range a.Mentions {
		got = append(got, a.Text[m.Start:m.End]+"/"+m.Syntactic+"/"+m.Type+"/"+m.Instance)
	}
	want := "Airline/NOM//|Nordvik Airlines/NAM/ORG/ORG1|NVA/NAM/ORG/ORG1|it/PRO/ORG/ORG1"
	if strings.Join(got, "|") != want {
		t.Errorf("mentions = %q, want %q", strings.Join(got, "|"), want)
	}
	if len(a.Timexes) != 1 || a.Timexes[0].Function != "CREATION_TIME" || a.Text[a.Timexes[0].Start:a.Timexes[0].End] != "June 23, 2025" {
		t.Errorf("timexes = %+v", a.Timexes)
	}
}

func TestParseErrors(t *testing.T) {
	if _, err := Parse("bad.xml", []byte("<Document><token t_id=")); err == nil || !strings.Contains(err.Error(), "bad.xml") {
		t.Errorf("truncated XML: err = %v, want one naming the file", err)
	}
	bad := strings.Replace(Fixture, `<token_anchor t_id="10"/>`, `<token_anchor t_id="99"/>`, 1)
	if _, err := Parse("anchor.xml", []byte(bad)); err == nil || !strings.Contains(err.Error(), "unknown token") {
		t.Errorf("unknown anchor: err = %v", err)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "corpus_air")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "a.xml"), []byte(Fixture), 0o644); err != nil {
		t.Fatal(err)
	}
	as, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Corpus != "corpus_air" || as[0].Name != "a.xml" {
		t.Errorf("Load = %+v", as)
	}
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("an empty folder should be an error")
	}
}
