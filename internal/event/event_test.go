package event

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

// find returns the first event whose trigger text is trig.
func find(d *doc.Document, trig string) *doc.Event {
	for i := range d.Events {
		if d.Events[i].Trigger.Text == trig {
			return &d.Events[i]
		}
	}
	return nil
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text, trigger      string
		cameo, src, tgt          string // cameo "" means: no event on that trigger
		polarity, modality, time string
	}{
		{name: "material attack", text: "Freedonia attacked Sylvania.", trigger: "attacked", cameo: "190", src: "FRE", tgt: "SYL", polarity: "asserted", modality: "actual"},
		{name: "verbal attack on words is criticism", text: `Trentino attacked the "scare stories" of Freedonia.`, trigger: "attacked", cameo: "111", src: "SYLGOV", tgt: "FRE", polarity: "asserted", modality: "actual"},
		{name: "verbal attack on a person", text: "Trentino attacked Firefly in a speech.", trigger: "attacked", cameo: "111", src: "SYLGOV", tgt: "FREGOV", polarity: "asserted", modality: "actual"},
		{name: "nominal event with demonym and of", text: "The Freedonian bombing of Sylvan City killed ten.", trigger: "bombing", cameo: "195", src: "FRE", tgt: "SYL", polarity: "asserted", modality: "actual"},
		{name: "negated light verb", text: "Firefly has not carried out a single attack on Sylvania.", trigger: "attack", cameo: "190", src: "FREGOV", tgt: "SYL", polarity: "negated", modality: "actual"},
		{name: "refusal of aid is rejection", text: "Firefly refuses to arm Sylvania.", trigger: "refuses to arm", cameo: "1222", src: "FREGOV", tgt: "SYL", polarity: "asserted", modality: "actual"},
		{name: "no intention of intervening", text: "Firefly has no intention of becoming militarily involved in Sylvania.", trigger: "becoming militarily involved", cameo: "1212", src: "FREGOV", polarity: "asserted", modality: "actual"},
		{name: "hypothetical attack", text: "Freedonia may decide to attack Sylvania.", trigger: "attack", cameo: "190", src: "FRE", tgt: "SYL", polarity: "asserted", modality: "hypothetical"},
		{name: "planned visit is intent to meet", text: "Firefly will visit Sylvania.", trigger: "visit", cameo: "036", src: "FREGOV", tgt: "SYL", polarity: "asserted", modality: "planned"},
		{name: "planned attack is a threat", text: "Freedonia will invade Sylvania.", trigger: "invade", cameo: "1384", src: "FRE", tgt: "SYL", polarity: "asserted", modality: "planned"},
		{name: "threat to ban", text: "Freedonia threatened to ban the Red Brigade.", trigger: "ban", cameo: "132", src: "FRE", tgt: "SYLREB", polarity: "asserted", modality: "planned"},
		{name: "relative clause subject", text: "Sylvania clashes with Firefly, who refuses to arm Sylvania.", trigger: "refuses to arm", cameo: "1222", src: "FREGOV", tgt: "SYL", polarity: "asserted", modality: "actual"},
		{name: "appositive skipped", text: "Sylvania, a key US ally, has refused to deploy peacekeepers in Ukraine.", trigger: "deploy peacekeepers", cameo: "1224", src: "SYL", tgt: "UKR", polarity: "asserted", modality: "actual"},
		{name: "passive with agent", text: "Sylvania was attacked by the Red Brigade.", trigger: "attacked", cameo: "190", src: "SYLREB", tgt: "SYL", polarity: "asserted", modality: "actual"},
		{name: "coordinated targets", text: "Firefly condemned Sylvania and Ukraine.", trigger: "condemned", cameo: "111", src: "FREGOV", tgt: "SYL", polarity: "asserted", modality: "actual"},
		{name: "demanded complement", text: "Sylvania demanded that Freedonia release the prisoners.", trigger: "release", cameo: "0841", src: "FRE", polarity: "asserted", modality: "demanded"},
		{name: "must with a reporter is a demand", text: "The Red Brigade said Freedonia must release the prisoners.", trigger: "must", cameo: "1053", src: "SYLREB", tgt: "FRE", polarity: "asserted", modality: "actual"},
		{name: "possessive sector", text: "Freedonia's army shelled Sylvan City.", trigger: "shelled", cameo: "194", src: "FREMIL", tgt: "SYL", polarity: "asserted", modality: "actual"},
		{name: "protest without target faces its government", text: "Freedonian farmers staged a protest on the highway.", trigger: "staged a protest", cameo: "141", src: "FRECVL", tgt: "FREGOV", polarity: "asserted", modality: "actual"},
		{name: "threat aimed at the condition's subject", text: "Freedonia threatened to halt talks in the capital unless Sylvania withdraws.", trigger: "halt talks", cameo: "134", src: "FRE", tgt: "SYL", polarity: "asserted", modality: "planned"},
		{name: "ethnic group lives in a country", text: "Sylvanian police arrested ethnic Freedonians in Ukraine.", trigger: "arrested", cameo: "173", src: "SYLCOP", tgt: "UKR", polarity: "asserted", modality: "actual"},
		{name: "complement clause bounds the subject", text: "Firefly warned that further incursions would be met with force.", trigger: "met with"},
		{name: "enemy named by war with", text: "The Red Brigade, which lost men in a year of war with Freedonia, has not carried out a single attack since.", trigger: "attack", cameo: "190", src: "SYLREB", tgt: "FRE", polarity: "negated", modality: "actual"},
		{name: "these countries stand for the alliance", text: "Sylvania warned NATO. Firefly attacked the stories that these countries invented.", trigger: "attacked", cameo: "111", src: "FREGOV", tgt: "IGO", polarity: "asserted", modality: "actual"},
		{name: "denied act is negated", text: "Freedonia denied attacking Sylvania.", trigger: "attacking", cameo: "190", src: "FRE", tgt: "SYL", polarity: "negated", modality: "actual"},
		{name: "refrained act is negated", text: "Sylvania refrained from shelling Fredville.", trigger: "shelling", cameo: "194", src: "SYL", tgt: "FRE", polarity: "negated", modality: "actual"},
		{name: "tariffs", text: "Freedonia imposed new tariffs on Sylvania.", trigger: "imposed new tariffs", cameo: "163", src: "FRE", tgt: "SYL", polarity: "asserted", modality: "actual"},
		{name: "press release is no event", text: "Freedonia issued a press release on Sylvania.", trigger: "release"},
		{name: "verb after possessive is a noun", text: "Freedonia's object of desire is Sylvania.", trigger: "object"},
		{name: "accusation is coded, not the accused act", text: "Sylvania accused Freedonia last week of bombing a market and killing traders.", trigger: "accused", cameo: "112", src: "SYL", tgt: "FRE", polarity: "asserted", modality: "actual"},
		{name: "accused act is not asserted", text: "Sylvania accused Freedonia last week of bombing a market and killing traders.", trigger: "bombing"},
		{name: "blamed act is not asserted", text: "Firefly blamed the Red Brigade for shelling Fredville.", trigger: "shelling"},
		{name: "accusation of an unnamed group", text: "Trentino accused the opposition of plotting to invade Freedonia.", trigger: "accused", cameo: "112", src: "SYLGOV", tgt: "OPP", polarity: "asserted", modality: "actual"},
		{name: "act in a denied claim is negated", text: "Sylvania denied that the Red Brigade had attacked Fredville.", trigger: "attacked", cameo: "190", src: "SYLREB", tgt: "FRE", polarity: "negated", modality: "actual"},
		{name: "act in rejected claims is negated", text: "Sylvania rejected claims that the Red Brigade bombed Fredville.", trigger: "bombed", cameo: "195", src: "SYLREB", tgt: "FRE", polarity: "negated", modality: "actual"},
		{name: "speaker is not the subject of the reported act", text: "An official, Firefly, said three people were killed and twelve wounded.", trigger: "wounded"},
		{name: "pronoun after a speaker is the speaker", text: "Freedonia said it would attack Sylvania.", trigger: "attack", cameo: "1384", src: "FRE", tgt: "SYL", polarity: "asserted", modality: "planned"},
		{name: "police against a crowd", text: "Sylvanian riot police fired water cannon at the demonstrators.", trigger: "fired water cannon", cameo: "175", src: "SYLCOP", tgt: "CVL", polarity: "asserted", modality: "actual"},
		{name: "arrest of an unnamed group", text: "Police in Freedonia arrested scores of students on Friday.", trigger: "arrested", cameo: "173", src: "FRECOP", tgt: "EDU", polarity: "asserted", modality: "actual"},
		{name: "unnamed armed group acts", text: "Soldiers shelled Fredville overnight.", trigger: "shelled", cameo: "194", src: "MIL", tgt: "FRE", polarity: "asserted", modality: "actual"},
		{name: "unnamed officers coerce a crowd", text: "Officers used rubber bullets against the crowd.", trigger: "used rubber bullets", cameo: "175", src: "COP", tgt: "CVL", polarity: "asserted", modality: "actual"},
		{name: "praise of an unnamed group", text: "Firefly praised the troops for their courage.", trigger: "praised", cameo: "051", src: "FREGOV", tgt: "MIL", polarity: "asserted", modality: "actual"},
		{name: "fired rounds at a place", text: `The Red Brigade fired "more than forty shells" at Fredville.`, trigger: `fired "more than forty shells" at`, cameo: "193", src: "SYLREB", tgt: "FRE", polarity: "asserted", modality: "actual"},
		{name: "armed group blocking is a blockade", text: "The Red Brigade blocked an aid convoy bound for Fredville.", trigger: "blocked", cameo: "191", src: "SYLREB", tgt: "FRE", polarity: "asserted", modality: "actual"},
		{name: "civilians blocking is a protest", text: "Freedonians blocked the road to Sylvan City.", trigger: "blocked", cameo: "144", src: "FRE", tgt: "SYL", polarity: "asserted", modality: "actual"},
		{name: "time in the sentence", text: "Freedonia shelled Sylvania on Monday.", trigger: "shelled", cameo: "194", src: "FRE", tgt: "SYL", polarity: "asserted", modality: "actual", time: "2025-06-23"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := testDoc(tc.text)
			if tc.time != "" {
				i := strings.Index(tc.text, "Monday")
				d.Times = []doc.Time{{Start: i, End: i + 6, Text: "Monday", Type: "DATE", Value: tc.time}}
			}
			if err := coder(t).Extract(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			e := find(d, tc.trigger)
			if tc.cameo == "" {
				if e != nil {
					t.Fatalf("%q: got event %s on %q, want none", tc.text, e.CAMEO, tc.trigger)
				}
				return
			}
			if e == nil {
				t.Fatalf("%q: no event on %q (events %+v)", tc.text, tc.trigger, d.Events)
			}
			got := []string{e.CAMEO, actorName(e.Source), actorName(e.Target), e.Polarity, e.Modality}
			want := []string{tc.cameo, tc.src, tc.tgt, tc.polarity, tc.modality}
			if tc.src == "" {
				want[1] = got[1]
			}
			if tc.tgt == "" {
				want[2] = got[2]
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%q: got %v, want %v", tc.text, got, want)
			}
			if e.Time != tc.time {
				t.Errorf("%q: time got %q, want %q", tc.text, e.Time, tc.time)
			}
			info, _ := coder(t).Code(e.CAMEO)
			if e.PLOVER != info.PLOVER || e.Goldstein != info.Goldstein || e.QuadClass != QuadClass(e.CAMEO) {
				t.Errorf("%q: summary fields %s %v %d disagree with the table", tc.text, e.PLOVER, e.Goldstein, e.QuadClass)
			}
			for _, sp := range []doc.TextSpan{e.Trigger, e.Evidence} {
				if d.Text[sp.Start:sp.End] != sp.Text {
					t.Errorf("span %d:%d text %q is not the slice %q", sp.Start, sp.End, sp.Text, d.Text[sp.Start:sp.End])
				}
			}
		})
	}
}

func TestRelations(t *testing.T) {
	tests := []struct {
		name, text, typ, src, tgt string
	}{
		{"proxies including", "Freedonia's proxies, including the Red Brigade, stayed quiet.", "proxy", "Red Brigade", "Freedonia"},
		{"ally apposition", "Firefly, Sylvania's ally, stayed quiet.", "ally", "Firefly", "Sylvania"},
		{"once an ally", "The Red Brigade, once Freedonia's most influential ally, stayed quiet.", "ally", "Red Brigade", "Freedonia"},
		{"treaty", "Moscow and Tehran have an alliance treaty.", "treaty", "Moscow", "Tehran"},
		{"role", "Trentino, Sylvania's foreign minister, arrived.", "role", "Trentino", "Sylvania"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extract(t, tc.text)
			for _, r := range d.Relations {
				if r.Type == tc.typ && strings.EqualFold(strings.TrimPrefix(r.Source.Text, "the "), tc.src) && strings.EqualFold(r.Target.Text, tc.tgt) {
					if d.Text[r.Evidence.Start:r.Evidence.End] != r.Evidence.Text {
						t.Errorf("evidence %q is not its slice", r.Evidence.Text)
					}
					return
				}
			}
			t.Errorf("%q: no relation %s %s %s in %+v", tc.text, tc.src, tc.typ, tc.tgt, d.Relations)
		})
	}
}

func TestQuadClass(t *testing.T) {
	tests := []struct {
		name, code string
		want       int
	}{
		{"verbal cooperation", "042", 1}, {"material cooperation", "0841", 2}, {"verbal conflict", "1222", 3},
		{"investigate is material cooperation", "090", 2}, {"material conflict", "195", 4}, {"protest is verbal conflict", "141", 3},
		{"force posture", "150", 4}, {"criticism", "111", 3}, {"bad", "x", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := QuadClass(tc.code); got != tc.want {
				t.Errorf("QuadClass(%q) = %d, want %d", tc.code, got, tc.want)
			}
		})
	}
}

func TestPatternErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown code", "999 verb | frobnicate", "user.txt:1: bad CAMEO code"},
		{"code not in table", "0999 verb | frobnicate", "user.txt:1: CAMEO code \"0999\" is not in the CAMEO table"},
		{"bad kind", "# comment\n190 adverb | quickly", "user.txt:2: kind \"adverb\""},
		{"bad flag", "190 verb | smite | loudly", "user.txt:1: unknown flag"},
		{"unknown list", "@nonsense: a, b", "user.txt:1: unknown or malformed list"},
		{"leading gap", "190 verb | * smite", "user.txt:1: phrase"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "user.txt")
			if err := os.WriteFile(path, []byte(tc.src), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := New(path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New with %q: got error %v, want one containing %q", tc.src, err, tc.want)
			}
		})
	}
}

func TestUserPatterns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "user.txt")
	if err := os.WriteFile(path, []byte("# our own verb\n195 verb | rain fire on\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := New(path)
	if err != nil {
		t.Fatal(err)
	}
	d := testDoc("Freedonia rained fire on Sylvania.")
	if err := c.Extract(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if e := find(d, "rained fire on"); e == nil || e.CAMEO != "195" {
		t.Errorf("user pattern not applied: %+v", d.Events)
	}
}

func TestEvaluateTiny(t *testing.T) {
	recs, err := LoadPLOVER("testdata/plover-tiny.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 {
		t.Fatalf("got %d records, want 4 (DOCUMENT skipped)", len(recs))
	}
	if !recs[2].malformed {
		t.Errorf("record %s: target \"diplomatic\" not flagged malformed", recs[2].ID)
	}
	analyze := func(ctx context.Context, id, text string) (*doc.Document, error) {
		d := testDoc(text)
		return d, coder(t).Extract(ctx, d)
	}
	// The fixture's countries are invented (FRE, SYL), so they are declared countries here.
	fictional := func(code string) bool { return code == "FRE" || code == "SYL" }
	res, err := evaluate(context.Background(), "testdata/plover-tiny.json", eval.Options{}, analyze, fictional)
	if err != nil {
		t.Fatal(err)
	}
	// FIGHT -> ASSAULT (194 shelled), DEMAND -> REQUEST (demanded), AGREE (will visit: 036),
	// CONSULT (met). Countries count only for the first two (IGO and a malformed target are out).
	if res.Value != 1 {
		t.Errorf("category accuracy got %v, want 1 (errors %v)", res.Value, res.Errors)
	}
	if got := res.Scores["category_country_accuracy"]; got != 1 {
		t.Errorf("category+country accuracy got %v, want 1 (errors %v)", got, res.Errors)
	}
	if res.Rows[1].Total != 2 {
		t.Errorf("country rows: got %d records, want 2", res.Rows[1].Total)
	}
}

func TestCategory2021(t *testing.T) {
	for in, want := range map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT", "AGREE": "AGREE"} {
		if got := Category2021(in); got != want {
			t.Errorf("Category2021(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzExtract holds the span property: every event and relation span is its slice of the
// text, and nothing panics, whatever the text and mention spans.
func FuzzExtract(f *testing.F) {
	f.Add("Freedonia attacked Sylvania. Firefly refuses to arm Sylvania.")
	f.Add("Freedonia's proxies, including the Red Brigade, have not carried out a single attack.")
	f.Add("\"Sylvania\" 'attacked' the Freedonian ... bombing of")
	f.Fuzz(func(t *testing.T, text string) {
		d := testDoc(text)
		if err := coder(t).Extract(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		check := func(sp doc.TextSpan) {
			if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End || text[sp.Start:sp.End] != sp.Text {
				t.Fatalf("bad span %+v in %q", sp, text)
			}
		}
		for _, e := range d.Events {
			check(e.Trigger)
			check(e.Evidence)
		}
		for _, r := range d.Relations {
			check(r.Evidence)
		}
	})
}

func TestLink(t *testing.T) {
	d := &doc.Document{Events: []doc.Event{{
		Source: &doc.Actor{Entity: "person:x", Name: "X", Text: "X"},
		Target: &doc.Actor{Entity: "gpe:y", Country: "SYL", Code: "SYL", Text: "Y"},
	}}}
	Link([]*doc.Document{d}, []doc.Entity{
		{ID: "person:x", Name: "Xavier Y", Country: "FRE", Sector: "GOV"},
		{ID: "gpe:y", Name: "Sylvania", Country: "SYL"},
	})
	s, g := d.Events[0].Source, d.Events[0].Target
	if s.Country != "FRE" || s.Code != "FREGOV" || s.Name != "Xavier Y" || s.Text != "X" {
		t.Errorf("source: got %+v, want country FRE, code FREGOV, name Xavier Y, text X", s)
	}
	if g.Code != "SYL" || g.Name != "Sylvania" {
		t.Errorf("target: got %+v, want code SYL, name Sylvania", g)
	}
}

// FuzzMentions feeds arbitrary, overlapping and misaligned mention spans (as a faulty entity
// stage might) and checks that coding neither panics nor emits a span that is not its slice.
func FuzzMentions(f *testing.F) {
	f.Add("Freedonia's proxies, including the Red Brigade, attacked Sylvania.", uint64(12345))
	f.Add("He has not carried out a single attack on them.", uint64(987654321))
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		d := &doc.Document{Text: text}
		d.Entities = []doc.Entity{{ID: "e1", Country: "FRE"}, {ID: "e2", Country: "SYL", Sector: "GOV"}}
		types := []string{"GPE", "PERSON", "ORG", "NORP", "LOC"}
		kinds := []string{doc.MentionName, doc.MentionPronoun, doc.MentionNominal}
		for i := 0; i < 6 && len(text) > 0; i++ {
			seed = seed*6364136223846793005 + 1442695040888963407
			a := int(seed>>33) % (len(text) + 2)
			b := a + int(seed>>50)%12 - 2
			d.Mentions = append(d.Mentions, doc.Mention{Start: a, End: b, Type: types[int(seed>>40)%len(types)],
				Kind: kinds[int(seed>>45)%len(kinds)], Entity: []string{"", "e1", "e2"}[int(seed>>20)%3]})
		}
		if err := coder(t).Extract(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			for _, sp := range []doc.TextSpan{e.Trigger, e.Evidence} {
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End || text[sp.Start:sp.End] != sp.Text {
					t.Fatalf("bad span %+v in %q", sp, text)
				}
			}
		}
	})
}

// TestTagged checks the rules that need part-of-speech tags, on hand-tagged sentences.
func TestTagged(t *testing.T) {
	tests := []struct {
		name, text, tags         string // tags: one PTB tag per token of the fallback tokenizer
		trigger, cameo, src, tgt string
	}{
		{"subject noun phrase without actor", "The women were shot by the Red Brigade.", "DT NNS VBD VBN IN DT NNP NNP .", "shot", "193", "SYLREB", "-"},
		{"subject noun phrase with actor", "Sylvanian soldiers have shelled Fredville.", "JJ NNS VBP VBN NNP .", "shelled", "194", "SYLMIL", "FRE"},
		{"participle as adjective", "Freedonia arrested heavily armed Sylvanian fighters.", "NNP VBD RB VBN JJ NNS .", "armed", "", "", ""},
		{"participle after a noun is a verb", "Freedonian bulldozers demolished Sylvanian homes.", "JJ NNS VBN JJ NNS .", "demolished", "171", "FREMIL", "SYL"},
		{"title-case headline ignores the tagger", "Freedonia Refuses To Arm Sylvania", "NNP NNP NNP NNP NNP", "Refuses To Arm", "1222", "FRE", "SYL"},
		{"nominal event under a negated verb", "Neither side gave any hint of Freedonian support for Sylvania.", "DT NN VBD DT NN IN JJ NN IN NNP .", "support", "050", "FRE", "SYL negated"},
		{"negation does not reach into due to", "They cannot share weapons due to the aggression against Ukraine.", "PRP MD VB NNS JJ TO DT NN IN NNP .", "aggression", "190", "-", "UKR asserted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := testDoc(tc.text)
			d.Tokens = tokenize(tc.text)
			tags := strings.Fields(tc.tags)
			if len(tags) != len(d.Tokens) {
				t.Fatalf("%d tags for %d tokens", len(tags), len(d.Tokens))
			}
			for i := range d.Tokens {
				d.Tokens[i].Tag = tags[i]
			}
			if err := coder(t).Extract(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			e := find(d, tc.trigger)
			if tc.cameo == "" {
				if e != nil {
					t.Fatalf("%q: got event %s on %q, want none", tc.text, e.CAMEO, tc.trigger)
				}
				return
			}
			if e == nil {
				t.Fatalf("%q: no event on %q (events %+v)", tc.text, tc.trigger, d.Events)
			}
			got := e.CAMEO + " " + actorName(e.Source) + " " + actorName(e.Target)
			if strings.Count(tc.tgt, " ") > 0 {
				got += " " + e.Polarity // the expectation names the polarity too
			}
			if want := tc.cameo + " " + tc.src + " " + tc.tgt; got != want {
				t.Errorf("%q: got %s, want %s", tc.text, got, want)
			}
		})
	}
}

func TestRoleRelations(t *testing.T) {
	text := "Sylvanian Foreign Minister Trentino met Dictator Firefly."
	d := testDoc(text)
	d.Mentions = []doc.Mention{
		{Start: 0, End: 35, Text: "Sylvanian Foreign Minister Trentino", Type: "PERSON", Kind: doc.MentionName, Entity: "per:trentino", Role: "foreign minister"},
		{Start: 40, End: 56, Text: "Dictator Firefly", Type: "PERSON", Kind: doc.MentionName, Entity: "per:firefly", Role: "dictator"},
	}
	if err := coder(t).Extract(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var roles []string
	for _, r := range d.Relations {
		if r.Type == "role" {
			roles = append(roles, r.Source.Text+"|"+r.Role+"|"+r.Target.Country+"|"+r.Target.Name)
		}
	}
	want := "Sylvanian Foreign Minister Trentino|foreign minister|SYL|Sylvania"
	if len(roles) != 1 || roles[0] != want {
		t.Errorf("got role relations %v, want only %q (a bare title states no country)", roles, want)
	}
}

func TestInRelative(t *testing.T) {
	text := "Freedonia, which attacked Sylvania last year, agreed to talks."
	ev := doc.TextSpan{Start: 0, End: len(text), Text: text}
	tests := []struct {
		name, trig string
		want       bool
	}{
		{"inside the relative clause", "attacked", true},
		{"after it closes", "agreed", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(text, tc.trig)
			e := doc.Event{Evidence: ev, Trigger: doc.TextSpan{Start: i, End: i + len(tc.trig), Text: tc.trig}}
			if got := inRelative(e); got != tc.want {
				t.Errorf("inRelative(%q) = %v, want %v", tc.trig, got, tc.want)
			}
		})
	}
}

// TestConcurrent runs one coder over several documents at once (the pipeline's workers do);
// run with -race.
func TestConcurrent(t *testing.T) {
	c := coder(t)
	texts := []string{
		"Freedonia attacked Sylvania. Firefly refuses to arm Sylvania.",
		"Freedonia's proxies, including the Red Brigade, have not carried out a single attack.",
		"The Red Brigade said Freedonia must release the prisoners.",
		"Firefly will visit Moscow to meet Trentino.",
	}
	want := make([]int, len(texts))
	for i, text := range texts {
		d := testDoc(text)
		if err := c.Extract(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		want[i] = len(d.Events) + len(d.Relations)
	}
	errs := make(chan string, 8*len(texts))
	done := make(chan struct{})
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i, text := range texts {
				d := testDoc(text)
				if err := c.Extract(context.Background(), d); err != nil {
					errs <- err.Error()
					continue
				}
				if got := len(d.Events) + len(d.Relations); got != want[i] {
					errs <- fmt.Sprintf("%q: got %d findings, want %d", text, got, want[i])
				}
			}
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
