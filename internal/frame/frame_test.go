package frame

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

func mention(text, form, id string, kind string, nth int) doc.Mention {
	off := 0
	for i := 0; ; i++ {
		k := strings.Index(text[off:], form)
		if k < 0 {
			return doc.Mention{}
		}
		if i == nth {
			s := off + k
			return doc.Mention{Start: s, End: s + len(form), Text: form, Type: "PERSON", Kind: kind, Entity: id}
		}
		off += k + len(form)
	}
}

func TestLexiconLoads(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.terms["dictator"]) == 0 || lx.valence["hero"] <= 0 {
		t.Error("embedded lexicons lack basic entries")
	}
}

func TestVoice(t *testing.T) {
	tests := []struct {
		name, text string
		masked     []string
		own        []string
	}{
		{"closed", `The mayor called it "a reckless plan" on Monday.`, []string{"reckless"}, []string{"mayor", "Monday"}},
		{"unclosed runs to paragraph end", "He said \"the tyrant will fall\nThe tyrant spoke.", []string{"will fall"}, []string{"The tyrant spoke"}},
		{"curly", "She denounced \u201cbrutal raids\u201d by police.", []string{"brutal"}, []string{"police"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Voice(&doc.Document{Text: tt.text})
			for _, w := range tt.masked {
				i := strings.Index(tt.text, w)
				if !m[i] {
					t.Errorf("%q in %q is not masked", w, tt.text)
				}
			}
			for _, w := range tt.own {
				i := strings.LastIndex(tt.text, w)
				if m[i] {
					t.Errorf("%q in %q is masked, want outlet voice", w, tt.text)
				}
			}
		})
	}
}

func TestAnalyze(t *testing.T) {
	text := "Dictator Kalm met Vessa. \"Kalm is a tyrant,\" Vessa said. The Norland regime of Kalm welcomed the brave Vessa. Kalm condemned \"unprovoked aggression\"."
	d := &doc.Document{Text: text, Sentences: []doc.Sentence{{Start: 0, End: 24}, {Start: 25, End: 57}, {Start: 58, End: 110}, {Start: 111, End: len(text)}}}
	d.Mentions = []doc.Mention{
		mention(text, "Kalm", "P1", doc.MentionName, 0),
		mention(text, "Vessa", "P2", doc.MentionName, 0),
		mention(text, "Kalm", "P1", doc.MentionName, 1),
		mention(text, "Vessa", "P2", doc.MentionName, 1),
		mention(text, "Kalm", "P1", doc.MentionName, 2),
		mention(text, "the brave Vessa", "P2", doc.MentionNominal, 0),
		mention(text, "Kalm", "P1", doc.MentionName, 3),
	}
	claims := []doc.Claim{{ID: "c1", Actors: []string{"P1"}, Support: []doc.Support{{Doc: 1}}}}
	got := Analyze([]*doc.Document{d}, nil, claims)
	byID := map[string]doc.Framing{}
	for _, f := range got {
		byID[f.Entity] = f
	}
	terms := func(id string) []string {
		var out []string
		for _, tm := range byID[id].Terms {
			out = append(out, tm.Term)
			for _, s := range tm.Spans {
				if text[s.Start:s.End] != s.Text {
					t.Errorf("span text %q is not the slice at %d:%d", s.Text, s.Start, s.End)
				}
			}
		}
		return out
	}
	tests := []struct {
		name   string
		id     string
		want   []string
		absent []string
	}{
		{"outlet's own labels", "P1", []string{"dictator", "regime"}, []string{"tyrant", "unprovoked", "aggression"}},
		{"praise", "P2", []string{"brave"}, []string{"dictator"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(terms(tt.id), ",")
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("terms of %s = %q, want %q", tt.id, got, w)
				}
			}
			for _, w := range tt.absent {
				if strings.Contains(got, w) {
					t.Errorf("terms of %s = %q, must not hold %q", tt.id, got, w)
				}
			}
		})
	}
	if f := byID["P1"]; len(f.Omissions) != 1 || f.Omissions[0] != "c1" {
		t.Errorf("omissions of P1 = %v, want [c1]", f.Omissions)
	}
	if byID["P2"].Tone <= byID["P1"].Tone {
		t.Errorf("tone of P2 = %v, P1 = %v; want P2 (brave, welcomed) above P1 (dictator, regime)", byID["P2"].Tone, byID["P1"].Tone)
	}
}

func TestQualified(t *testing.T) {
	tests := []struct {
		name, text, term string
		ments            []doc.Mention // Start/End filled from Text
		want             string
	}{
		{"inside mention", "The Russian dictator spoke.", "dictator", []doc.Mention{{Text: "The Russian dictator", Entity: "P", Type: "PERSON"}}, "P"},
		{"name after", "Dictator Kalm and Vessa smiled.", "Dictator", []doc.Mention{{Text: "Kalm", Entity: "K", Type: "PERSON"}, {Text: "Vessa", Entity: "V", Type: "PERSON"}}, "K"},
		{"apposition", "Vessa met Kalm, a reformer, on Monday.", "reformer", []doc.Mention{{Text: "Vessa", Entity: "V", Type: "PERSON"}, {Text: "Kalm", Entity: "K", Type: "PERSON"}}, "K"},
		{"subject", "Minister Vessa has left Kessin empty-handed.", "empty-handed", []doc.Mention{{Text: "Minister Vessa", Entity: "V", Type: "PERSON"}, {Text: "Kessin", Entity: "C", Type: "GPE"}}, "V"},
		{"apposition with modifier", "Vessa met Kalm, a bold reformer, on Monday.", "reformer", []doc.Mention{{Text: "Vessa", Entity: "V", Type: "PERSON"}, {Text: "Kalm", Entity: "K", Type: "PERSON"}}, "K"},
		{"relative clause", "The Kessin harbour office said it had stopped a Norland trawler that illegally fished in the bay.", "illegally", []doc.Mention{{Text: "Kessin harbour office", Entity: "H", Type: "ORG"}, {Text: "Norland", Entity: "N", Type: "GPE"}}, "N"},
		{"target of preposition", "The aggression against Norland went on.", "aggression", []doc.Mention{{Text: "Norland", Entity: "N", Type: "GPE"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []doc.Mention
			for _, m := range tt.ments {
				i := strings.Index(tt.text, m.Text)
				m.Start, m.End = i, i+len(m.Text)
				ms = append(ms, m)
			}
			i := strings.Index(tt.text, tt.term)
			got := qualified(tt.text, ms, doc.Span{Start: 0, End: len(tt.text)}, doc.Span{Start: i, End: i + len(tt.term)})
			if got != tt.want {
				t.Errorf("qualified(%q, %q) = %q, want %q", tt.text, tt.term, got, tt.want)
			}
		})
	}
}

func TestFramingMechanisms(t *testing.T) {
	ents := []doc.Entity{
		{ID: "C", Name: "Norland", Type: "GPE", Aliases: []string{"Kessin", "Norlandic"}},
		{ID: "K", Name: "Kessin", Type: "GPE", Aliases: []string{"KESSIN"}},
	}
	tests := []struct {
		name   string
		text   string
		ments  []doc.Mention // Start/End filled from Text (first occurrence)
		quotes []doc.Quote   // Start/End filled from Text
		id     string
		want   []string
		absent []string
	}{
		{"stacked terms and seat of government", "Four died when troops of the tyrant regime in Kessin raided Ulm.",
			[]doc.Mention{{Text: "Kessin", Entity: "K", Type: "GPE"}, {Text: "Ulm", Entity: "U", Type: "GPE"}}, nil,
			"C", []string{"tyrant", "regime"}, nil},
		{"indirect speech keeps the outlet's words", "Officials said the warlord Brek had seized the depot.",
			[]doc.Mention{{Text: "Brek", Entity: "B", Type: "PERSON"}}, []doc.Quote{{Kind: doc.QuoteIndirect, Text: "the warlord Brek had seized the depot"}},
			"B", []string{"warlord"}, nil},
		{"direct speech is the speaker's", `Brek said: "the junta lies." Officials blamed Brek.`,
			[]doc.Mention{{Text: "Brek", Entity: "B", Type: "PERSON"}}, []doc.Quote{{Kind: doc.QuoteDirect, Text: "the junta lies."}},
			"B", nil, []string{"junta"}},
		{"indefinite article brings a new referent", "Minister Vessa blamed a local gang for the fire.",
			[]doc.Mention{{Text: "Minister Vessa", Entity: "V", Type: "PERSON"}}, nil,
			"V", nil, []string{"gang"}},
		{"predicate keeps the label", "Minister Vessa is a brutal dictator.",
			[]doc.Mention{{Text: "Minister Vessa", Entity: "V", Type: "PERSON"}}, nil,
			"V", []string{"dictator"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Text: tt.text, Sentences: []doc.Sentence{{Start: 0, End: len(tt.text)}}}
			for _, m := range tt.ments {
				i := strings.Index(tt.text, m.Text)
				m.Start, m.End, m.Kind = i, i+len(m.Text), doc.MentionName
				d.Mentions = append(d.Mentions, m)
			}
			for _, q := range tt.quotes {
				i := strings.Index(tt.text, q.Text)
				q.Start, q.End = i, i+len(q.Text)
				d.Quotes = append(d.Quotes, q)
			}
			var got []string
			for _, f := range Analyze([]*doc.Document{d}, ents, nil) {
				if f.Entity == tt.id {
					for _, tm := range f.Terms {
						got = append(got, tm.Term)
					}
				}
			}
			all := strings.Join(got, ",")
			for _, w := range tt.want {
				if !contains(got, w) {
					t.Errorf("terms of %s = %q, want %q", tt.id, all, w)
				}
			}
			for _, w := range tt.absent {
				if contains(got, w) {
					t.Errorf("terms of %s = %q, must not hold %q", tt.id, all, w)
				}
			}
		})
	}
}
