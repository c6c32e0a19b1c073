package align

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

func TestLexiconLoads(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"meeting", "talks", "assistance", "condemned", "treaty"} {
		if len(lx.single[stem(w)]) == 0 {
			t.Errorf("%q has no class", w)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no colon", "meet visit\n", "x.txt:1:"},
		{"twice", "a: b\na: c\n", "x.txt:2: class \"a\" defined twice"},
		{"empty", "# c\na: ,\n", "x.txt:2: class \"a\" has no members"},
		{"long phrase", "a: one two three four five\n", "x.txt:1: member"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadLexicon([2]string{"x.txt", tt.data})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want error containing %q", err, tt.want)
			}
		})
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ name, a, b string }{
		{"plural", "talks", "talk"},
		{"ing", "meeting", "meet"},
		{"ed", "condemned", "condemn"},
		{"e", "strikes", "strike"},
		{"ily", "militarily", "military"},
		{"doubled", "planned", "plan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if stem(tt.a) != stem(tt.b) {
				t.Errorf("stem(%q)=%q, stem(%q)=%q, want equal", tt.a, stem(tt.a), tt.b, stem(tt.b))
			}
		})
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The minister left for the capital on Monday.", []string{"The minister left for the capital on Monday."}},
		{"despite", "The mayor has no intention of resigning, despite the fact that the council voted against him.",
			[]string{"The mayor has no intention of resigning", "despite the fact that the council voted against him."}},
		{"fragment", "The storm hit the coast at night. roads to which, by the way, nobody had access for days.",
			[]string{"The storm hit the coast at night.", "roads to which, by the way, nobody had access for days."}},
		{"short pieces merge", "He came, but left.", []string{"He came, but left."}},
		{"and verb", "The union condemned the \"reckless plan\" and demanded talks with the owners of the mill.",
			[]string{"The union condemned the \"reckless plan\"", "and demanded talks with the owners of the mill."}},
		{"comma and new subject", "Firefighters worked through the night at the depot, and the mayor said nine workers had been rescued.",
			[]string{"Firefighters worked through the night at the depot", "and the mayor said nine workers had been rescued."}},
		{"and between clauses", "Four guards were hurt in the brawl and 30 inmates were moved to another wing.",
			[]string{"Four guards were hurt in the brawl", "and 30 inmates were moved to another wing."}},
		{"comma after", "The port reopened on Sunday, after divers had cleared the wreck from the channel.",
			[]string{"The port reopened on Sunday", "after divers had cleared the wreck from the channel."}},
		{"and between nouns stays", "Three guards were hurt by bottles and chairs, the warden said.",
			[]string{"Three guards were hurt by bottles and chairs, the warden said."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range clauses(tt.text, doc.Span{Start: 0, End: len(tt.text)}) {
				got = append(got, tt.text[c.Start:c.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("clauses(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// story builds documents with name mentions for the listed actor names.
func story(texts []string, actors map[string]string) []*doc.Document {
	var docs []*doc.Document
	for i, tx := range texts {
		d := &doc.Document{ID: string(rune('a' + i)), Text: tx}
		for name, id := range actors {
			for off := 0; ; {
				k := strings.Index(tx[off:], name)
				if k < 0 {
					break
				}
				s := off + k
				d.Mentions = append(d.Mentions, doc.Mention{Start: s, End: s + len(name), Text: name, Type: "GPE", Kind: doc.MentionName, Entity: id})
				off = s + len(name)
			}
		}
		docs = append(docs, d)
	}
	return docs
}

func TestClaimsParaphrase(t *testing.T) {
	actors := map[string]string{"Norland": "NOR", "Osterby": "OST", "Kalm": "P1", "Vessa": "P2"}
	docs := story([]string{
		"Norland's envoy Vessa travelled to Osterby to meet President Kalm. Osterby will not send military assistance to Norland, officials said. A ferry sank in the northern bay, killing twelve people.",
		"After talks in Osterby, Vessa and Kalm spoke to reporters. Kalm has no intention of arming Norland. The harvest festival drew record crowds to the old market square this year.",
	}, actors)
	claims := Claims(docs, nil)
	find := func(doc0, doc1 string) *doc.Claim {
		for i, c := range claims {
			var a, b bool
			for _, s := range c.Support {
				a = a || s.Doc == 0 && strings.Contains(s.Text, doc0)
				b = b || s.Doc == 1 && strings.Contains(s.Text, doc1)
			}
			if a && b {
				return &claims[i]
			}
		}
		return nil
	}
	for _, p := range [][2]string{{"to meet President Kalm", "After talks in Osterby"}, {"will not send military assistance", "no intention of arming"}} {
		c := find(p[0], p[1])
		if c == nil || c.Status != "corroborated" {
			t.Errorf("no corroborated claim for %q ~ %q; got %+v", p[0], p[1], claims)
		}
	}
	if c := find("to meet President Kalm", "no intention of arming"); c != nil {
		t.Errorf("visit and no-aid fell into one claim %s", c.ID)
	}
	for _, c := range claims {
		for _, s := range c.Support {
			if docs[s.Doc].Text[s.Start:s.End] != s.Text {
				t.Errorf("claim %s support text %q is not the slice at %d:%d", c.ID, s.Text, s.Start, s.End)
			}
		}
		if c.Status == doc.SingleSource && len(c.Support) != 1 {
			t.Errorf("single-source claim %s has %d supports", c.ID, len(c.Support))
		}
	}
	if got := Claims(docs, nil); !reflect.DeepEqual(got, claims) {
		t.Error("two runs gave different claims")
	}
}

func TestContestedNumbers(t *testing.T) {
	docs := story([]string{
		"The flood in Norland killed twelve people on Tuesday, rescuers said.",
		"Rescuers said the flood in Norland killed 30 people on Tuesday.",
	}, map[string]string{"Norland": "NOR"})
	claims := Claims(docs, nil)
	if len(claims) == 0 || claims[0].Status != doc.Contested {
		t.Fatalf("got %+v, want a contested claim first", claims)
	}
}

func TestIndependence(t *testing.T) {
	wire := "The Norland parliament approved the new fisheries law by a wide margin on Friday evening after a long debate."
	docs := story([]string{wire, wire}, map[string]string{"Norland": "NOR"})
	claims := Claims(docs, nil)
	if len(claims) == 0 || claims[0].Status != doc.Corroborated || claims[0].Independent != 1 {
		t.Fatalf("got %+v, want corroborated with one independent source", claims)
	}
}

func TestIndependenceUpstream(t *testing.T) {
	texts := []string{
		"According to Reuters, the Norland army shelled the harbour of Osterby on Friday night.",
		"The Norland army bombarded Osterby's harbour on Friday night, Reuters reported.",
	}
	docs := story(texts, map[string]string{"Norland": "NOR", "Osterby": "OST", "Reuters": "RTR"})
	for i, d := range docs {
		d.Attributions = []doc.Attribution{{Source: "RTR", SourceText: "Reuters", Claim: d.TextSpan(doc.Span{Start: 0, End: len(texts[i])})}}
	}
	claims := Claims(docs, []doc.Entity{{ID: "RTR", Name: "Reuters", Type: "ORG"}})
	if len(claims) == 0 || claims[0].Status != doc.Corroborated {
		t.Fatalf("got %+v, want a corroborated claim first", claims)
	}
	c := claims[0]
	if c.Independent != 1 || !strings.Contains(c.Note, "Reuters") || c.Support[0].Upstream != "Reuters" {
		t.Errorf("got independent %d, note %q, upstream %q; want 1 source via Reuters", c.Independent, c.Note, c.Support[0].Upstream)
	}
}

func TestContestedCasualties(t *testing.T) {
	docs := story([]string{
		"The storm in Norland left eight dead on the coast on Tuesday, officials said.",
		"Officials said the storm in Norland killed 11 on the coast on Tuesday.",
	}, map[string]string{"Norland": "NOR"})
	claims := Claims(docs, nil)
	if len(claims) == 0 || claims[0].Status != doc.Contested || !strings.Contains(claims[0].Note, "numbers differ") {
		t.Fatalf("got %+v, want a contested claim on the death toll", claims)
	}
	if g := claims[0].Gist; !strings.Contains(g, "8 (docs 0) against 11 (docs 1)") && !strings.Contains(g, "eight (docs 0) against 11 (docs 1)") {
		t.Errorf("gist %q does not say which document gives which count", g)
	}
}

func TestSynonymClasses(t *testing.T) {
	actors := map[string]string{"Norland": "NOR", "Osterby": "OST", "Brek": "P1"}
	tests := []struct {
		name string
		a, b string
	}{
		{"pound ~ fire on", "Norland's guns pounded the port of Osterby before dawn.", "Norland fired on the port of Osterby before dawn, witnesses said."},
		{"break up ~ disperse", "Guards broke up the sit-in outside the Osterby mill with batons.", "Guards dispersed the sit-in outside the Osterby mill with batons."},
		{"injured ~ hurt", "Nine Osterby dockers were injured in the collapse.", "The collapse hurt nine Osterby dockers, the union said."},
		{"pass ~ adopt a law", "The Osterby council passed the harbour fees law on Friday.", "On Friday the Osterby council adopted the harbour fees law."},
		{"blame ~ responsible", "Brek blamed a smuggling ring for the Osterby warehouse fire.", "Brek said a smuggling ring was responsible for the Osterby warehouse fire."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := story([]string{tt.a, tt.b}, actors)
			claims := Claims(docs, nil)
			if len(claims) == 0 || claims[0].Status == doc.SingleSource || len(claims[0].Support) < 2 {
				t.Fatalf("got %+v, want one claim supported by both documents", claims)
			}
		})
	}
}

func TestContestedCounts(t *testing.T) {
	tests := []struct {
		name      string
		a, b      string
		contested bool
	}{
		{"same noun and predicate, different sources", "Organisers of the Osterby march said more than 60 people were arrested.",
			"The Osterby police said 35 people were detained after the march.", true},
		{"verb before a hedged number", "The landslide near Osterby buried at least four homes and killing at least seven villagers.",
			"Eleven villagers were killed when the landslide hit Osterby.", true},
		{"none against some", "The blast at the Osterby plant injured three welders, the union said.",
			"The Osterby plant's owner said nobody was injured in the blast.", true},
		{"vague count agrees with a number", "Police in Osterby detained dozens of people after the march.",
			"Police in Osterby said 70 people were detained after the march.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := story([]string{tt.a, tt.b}, map[string]string{"Osterby": "OST"})
			got := false
			for _, c := range Claims(docs, nil) {
				got = got || c.Status == doc.Contested
			}
			if got != tt.contested {
				t.Errorf("contested = %v, want %v", got, tt.contested)
			}
		})
	}
}

func TestSpeakerAndPlaceAreNotTheActors(t *testing.T) {
	texts := []string{
		"Nine dockers were injured in the blast on Pier Road, Vessa said.",
		"According to Kalm, nine dockers were injured in the blast.",
	}
	docs := story(texts, map[string]string{"Vessa": "P2", "Kalm": "P1", "Pier Road": "PR"})
	for i, at := range []struct{ src, cue, claim string }{
		{"P2", "said", "Nine dockers were injured in the blast on Pier Road"},
		{"P1", "According to", "nine dockers were injured in the blast"},
	} {
		span := func(s string) doc.TextSpan {
			k := strings.Index(texts[i], s)
			return docs[i].TextSpan(doc.Span{Start: k, End: k + len(s)})
		}
		docs[i].Attributions = []doc.Attribution{{Source: at.src, Cue: span(at.cue), Claim: span(at.claim)}}
	}
	claims := Claims(docs, []doc.Entity{{ID: "PR", Name: "Pier Road", Type: "LOC"}, {ID: "P1", Name: "Kalm", Type: "PERSON"}, {ID: "P2", Name: "Vessa", Type: "PERSON"}})
	if len(claims) == 0 || claims[0].Status != doc.Corroborated {
		t.Fatalf("got %+v, want the two reports of the injured as one corroborated claim", claims)
	}
}

func TestDenialContested(t *testing.T) {
	texts := []string{
		"Guards of the Brek clan stole grain from the Osterby depot on Monday, officials said. The depot fed the whole valley.",
		"A Brek clan elder denied that his men had looted the Osterby depot. The depot fed the whole valley.",
	}
	docs := story(texts, map[string]string{"Brek": "P1", "Osterby": "OST"})
	got := false
	for _, c := range Claims(docs, nil) {
		if c.Status != doc.Contested {
			continue
		}
		var a, b bool
		for _, s := range c.Support {
			a = a || s.Doc == 0 && strings.Contains(s.Text, "stole grain")
			b = b || s.Doc == 1 && strings.Contains(s.Text, "denied")
		}
		got = got || a && b
	}
	if !got {
		t.Errorf("theft asserted by one document and denied by another is not contested: %+v", Claims(docs, nil))
	}
}

func TestPlacePreposition(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"A rally in ", true},
		{"the raid on the ", true},
		{"troops gathered near ", true},
		{"The envoy of ", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.before, func(t *testing.T) {
			if got := placePreposition(tt.before); got != tt.want {
				t.Errorf("placePreposition(%q) = %v, want %v", tt.before, got, tt.want)
			}
		})
	}
}

func TestNegationInRelativeClause(t *testing.T) {
	tests := []struct {
		text string
		neg  bool
	}{
		{"The fire was started by a gang that no one in Osterby controls.", false},
		{"Brek said that the council had not approved the plan.", true},
		{"The dockers, who were not paid, walked out on Monday.", true},
	}
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := &doc.Document{Text: tt.text}
			u := buildUnit(lx, 0, d, doc.Span{Start: 0, End: len(tt.text)}, nil, nil)
			if u == nil || u.neg != tt.neg {
				t.Fatalf("neg of %q = %v, want %v", tt.text, u != nil && u.neg, tt.neg)
			}
		})
	}
}
