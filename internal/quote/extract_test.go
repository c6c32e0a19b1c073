package quote

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

// find returns the first quote whose text contains text.
func findQuote(d *doc.Document, text string) *doc.Quote {
	for i := range d.Quotes {
		if strings.Contains(d.Quotes[i].Text, text) {
			return &d.Quotes[i]
		}
	}
	return nil
}

func findAttr(d *doc.Document, text string) *doc.Attribution {
	for i := range d.Attributions {
		if strings.Contains(d.Attributions[i].Claim.Text, text) {
			return &d.Attributions[i]
		}
	}
	return nil
}

func extract(t *testing.T, text string) *doc.Document {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Text: text}
	if err := x.Extract(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	checkSpans(t, d)
	return d
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text           string
		quote, kind, sp, cue string // expected quote (text contained), kind, speaker text, cue
	}{
		{"direct after", `"The harbour will reopen in May," the port director told reporters.`,
			"The harbour will reopen in May", "direct", "the port director", "told"},
		{"direct inverted", `"We are ready for the season," said Ana Ruiz, a fisher from Vigo.`,
			"We are ready for the season", "direct", "Ana Ruiz", "said"},
		{"direct before colon", `The mayor said: "Nobody will lose a job over this."`,
			"Nobody will lose a job", "direct", "The mayor", "said"},
		{"that then quote", `Mr. Olsen tweeted that, "For those who doubt us, the boats are already out."`,
			"For those who doubt us", "partial", "Mr. Olsen", "tweeted"},
		{"partial object", `The minister condemned "reckless fishing" in the bay.`,
			"reckless fishing", "partial", "The minister", "condemned"},
		{"partial coordinated", `The minister condemned the raid and reiterated "our duty to the crews," aides said.`,
			"our duty to the crews", "partial", "The minister", "reiterated"},
		{"partial governed", `Only Lena Park, one of the union's negotiators, has suggested that it would be "premature" to sign.`,
			"premature", "partial", "Lena Park", "suggested"},
		{"indirect that", `The coast guard stated last week that the trawler had ignored two warnings.`,
			"the trawler had ignored two warnings", "indirect", "The coast guard", "stated"},
		{"indirect appositive", `Nordfisk, once the region's largest buyer, has said it has no plans to leave the port.`,
			"it has no plans to leave the port", "indirect", "Nordfisk", "said"},
		{"indirect bare clause", `In addition to the costs, analysts say the fleet lacks the crews to do so.`,
			"the fleet lacks the crews to do so", "indirect", "analysts", "say"},
		{"indirect backward", `The quota will be cut by a third next year, officials said.`,
			"The quota will be cut by a third next year", "indirect", "officials", "said"},
		{"indirect when clause", `This is what Mayor Ruiz said on May 2 when she stated that the deal had no clause on wages.`,
			"the deal had no clause on wages", "indirect", "she", "stated"},
		{"continuation", "\"The nets were empty,\" Ms. Berg said. \"We went out three times and came back with nothing.\"",
			"We went out three times", "direct", "Ms. Berg", "said"},
		{"doubled single marks", `''This is not reform,'' said Tom Hale, an economist. ''It is a tax.''`,
			"This is not reform", "direct", "Tom Hale", "said"},
		{"appositive with age", `"We will not stop," Rosa Lind, 25, said as the march went on.`,
			"We will not stop", "direct", "Rosa Lind", "said"},
		{"said after a phrase", `Mr. Olsen said after the vote he would not accept the offer.`,
			"he would not accept the offer", "indirect", "Mr. Olsen", "said"},
		{"appositive after prepositional subject", `A lawyer for the fishers, Ana Ruiz, said no decision had been made about an appeal.`,
			"no decision had been made", "indirect", "A lawyer for the fishers, Ana Ruiz", "said"},
		{"role then appositive name", `The port authority closed the quay on Friday. Its director, Lena Holm, called the repairs "long overdue" in a statement.`,
			"long overdue", "partial", "Its director, Lena Holm", "called"},
		{"counted clause after said", `A harbour pilot, Ole Brandt, said at least four boats were damaged and two sank.`,
			"at least four boats were damaged", "indirect", "A harbour pilot, Ole Brandt", "said"},
		{"number opens a bare clause", `Storms hit the coast overnight, and the coast guard said 31 sailors had been rescued.`,
			"31 sailors had been rescued", "indirect", "the coast guard", "said"},
		{"unclosed mark inside a sentence", `The mayor said the crews had worked "around the clock and promised more pumps. Nine homes were flooded by the river, she said.`,
			"Nine homes were flooded by the river", "indirect", "she", "said"},
		{"gerund after a postposed said", `Storms have cut the coast road for a week, the regional council said on Friday, warning that fuel would run short.`,
			"fuel would run short", "indirect", "the regional council", "warning"},
		{"parenthesis and appositive", `"They would not get a deal," Rep. Jim Olsen (R-Ohio), a panel member, said in an interview.`,
			"They would not get a deal", "direct", "Rep. Jim Olsen", "said"},
		{"multi paragraph", "\"The first part of the plan is simple,\" the director said. \"We buy new nets.\n\n\"The second part is harder: we need more crews.\"",
			"The second part is harder", "direct", "the director", "said"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extract(t, tc.text)
			q := findQuote(d, tc.quote)
			for i := range d.Quotes {
				if strings.Contains(d.Quotes[i].Text, tc.quote) && d.Quotes[i].Kind == tc.kind {
					q = &d.Quotes[i]
					break
				}
			}
			if q == nil {
				t.Fatalf("no quote holding %q in %q; got %+v", tc.quote, tc.text, d.Quotes)
			}
			cue := ""
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			if q.Kind != tc.kind || q.SpeakerText != tc.sp || cue != tc.cue {
				t.Errorf("got kind %q speaker %q cue %q, want %q %q %q (quote %q)", q.Kind, q.SpeakerText, cue, tc.kind, tc.sp, tc.cue, q.Text)
			}
		})
	}
}

func TestNotSpeakers(t *testing.T) {
	tests := []struct{ name, text, quote string }{
		{"scare quote after verb", `The envoy flew to Oslo to meet the king and hold "frank talks."`, "frank talks"},
		{"quoted term", `The idea of "lasting calm" is vague and could mean anything.`, "lasting calm"},
		{"listed term", `It can be read as support, "regret," or silence.`, "regret"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extract(t, tc.text)
			q := findQuote(d, tc.quote)
			if q == nil {
				t.Fatalf("no quote holding %q in %q", tc.quote, tc.text)
			}
			if q.SpeakerText != "" || q.Speaker != "" || q.Cue != nil {
				t.Errorf("got speaker %q cue %v for a quoted term, want none", q.SpeakerText, q.Cue)
			}
		})
	}
}

func TestUnclosed(t *testing.T) {
	d := extract(t, "The captain said: \"We will not sail until the storm passes.\n\nThe port stayed closed.")
	q := findQuote(d, "We will not sail")
	if q == nil {
		t.Fatal("no quote found")
	}
	if q.Closed == nil || *q.Closed {
		t.Errorf("got closed %v, want false", q.Closed)
	}
	if strings.Contains(q.Text, "port stayed") {
		t.Errorf("got %q, want the quotation to end with its paragraph", q.Text)
	}
	if q.SpeakerText != "The captain" {
		t.Errorf("got speaker %q, want %q", q.SpeakerText, "The captain")
	}
}

func TestAttributions(t *testing.T) {
	tests := []struct {
		name, text, claim, src, cue string
		via                         []string
	}{
		{"according to forward", `However, according to The Ledger, inspectors have found that the dam is unsafe.`,
			"inspectors have found that the dam is unsafe", "The Ledger", "according to", nil},
		{"nested finding", `However, according to The Ledger, inspectors have found that the dam is unsafe.`,
			"the dam is unsafe", "inspectors", "found", []string{"The Ledger"}},
		{"according to backward", `The dam will be closed for a year, according to engineers.`,
			"The dam will be closed for a year", "engineers", "according to", nil},
		{"according to mid-sentence", `Catches would fall by a fifth, according to the Fish Council, more than twice its last estimate.`,
			"Catches would fall by a fifth", "the Fish Council", "according to", nil},
		{"belief", `And the council believes that the river may flood the lower town.`,
			"the river may flood the lower town", "the council", "believes", nil},
		{"writes about this", "The dam is unsafe and must close.\n\nThe Ledger writes about this.",
			"The dam is unsafe and must close", "The Ledger", "writes", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extract(t, tc.text)
			var a *doc.Attribution
			for i := range d.Attributions {
				if strings.Contains(d.Attributions[i].Claim.Text, tc.claim) && d.Attributions[i].Cue.Text == tc.cue {
					a = &d.Attributions[i]
				}
			}
			if a == nil {
				t.Fatalf("no attribution with cue %q holding %q in %q; got %+v", tc.cue, tc.claim, tc.text, d.Attributions)
			}
			if a.SourceText != tc.src || strings.Join(a.Via, "|") != strings.Join(tc.via, "|") {
				t.Errorf("got source %q via %v, want %q via %v", a.SourceText, a.Via, tc.src, tc.via)
			}
		})
	}
}

func TestVoice(t *testing.T) {
	text := "The port reopened on Monday. Officials said the quota would fall. \"We are ready for anything,\" the director said."
	d := &doc.Document{Text: text}
	for _, s := range []string{"The port reopened on Monday.", "Officials said the quota would fall.", "\"We are ready for anything,\" the director said."} {
		i := strings.Index(text, s)
		d.Sentences = append(d.Sentences, doc.Sentence{Start: i, End: i + len(s), Block: doc.BlockBody})
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Extract(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	want := []string{"outlet", "attributed", "quoted"}
	for i, s := range d.Sentences {
		if s.Voice != want[i] {
			t.Errorf("sentence %d %q: got voice %q, want %q", i, text[s.Start:s.End], s.Voice, want[i])
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"unknown class", "speach say", "t.txt:1: unknown class"},
		{"duplicate", "speech say\nspeech say", "t.txt:2: duplicate"},
		{"bad flag", "speech say loud", "t.txt:1: unknown flag"},
		{"bad lemma", "speech Say", "t.txt:1: lemma"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadLexicon("t.txt", tc.text)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestInflections(t *testing.T) {
	lx, err := LoadLexicon("t.txt", "speech say past=said\nspeech admit double\nspeech deny\nspeech state\nspeech tell past=told obj")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"says", "said", "saying", "admits", "admitted", "admitting", "denies", "denied", "denying", "stating", "stated", "told", "telling"} {
		if _, ok := lx.forms[w]; !ok {
			t.Errorf("form %q missing", w)
		}
	}
}

// checkSpans asserts that every span's text equals the document's text at its offsets.
func checkSpans(t *testing.T, d *doc.Document) {
	t.Helper()
	at := func(s, e int, text, what string) {
		if s < 0 || e > len(d.Text) || s > e || d.Text[s:e] != text {
			t.Errorf("%s span [%d,%d) text %q does not match the document", what, s, e, text)
		}
	}
	for _, q := range d.Quotes {
		at(q.Start, q.End, q.Text, "quote")
		if q.Cue != nil {
			at(q.Cue.Start, q.Cue.End, q.Cue.Text, "quote cue")
		}
	}
	for _, a := range d.Attributions {
		at(a.Claim.Start, a.Claim.End, a.Claim.Text, "claim")
		at(a.Cue.Start, a.Cue.End, a.Cue.Text, "attribution cue")
	}
}

func TestUnclosedWithAttribution(t *testing.T) {
	d := extract(t, "The minister spoke. “Our waters are not a free-for-all, he told a news conference.\n\nThe talks went on.")
	q := findQuote(d, "Our waters")
	if q == nil {
		t.Fatal("no quote found")
	}
	if q.Text != "Our waters are not a free-for-all" || q.SpeakerText != "he" || q.Closed == nil || *q.Closed {
		t.Errorf("got %q by %q closed %v, want the words before the attribution, by he, unclosed", q.Text, q.SpeakerText, q.Closed)
	}
}

// TestConcurrent runs one extractor from several goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		`"The harbour will reopen in May," the port director told reporters.`,
		`However, according to The Ledger, inspectors have found that the dam is unsafe.`,
		`The quota will be cut by a third next year, officials said.`,
	}
	want := make([]int, len(texts))
	for i, s := range texts {
		d := &doc.Document{Text: s}
		if err := x.Extract(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		want[i] = len(d.Quotes) + len(d.Attributions)
	}
	done := make(chan string, 40)
	for g := 0; g < 40; g++ {
		go func(g int) {
			i := g % len(texts)
			d := &doc.Document{Text: texts[i]}
			if err := x.Extract(context.Background(), d); err != nil {
				done <- err.Error()
				return
			}
			if n := len(d.Quotes) + len(d.Attributions); n != want[i] {
				done <- fmt.Sprintf("text %d: got %d items, want %d", i, n, want[i])
				return
			}
			done <- ""
		}(g)
	}
	for g := 0; g < 40; g++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

func TestPassiveWithoutSource(t *testing.T) {
	d := extract(t, "It was reported that the ferry had sunk near the harbour.")
	a := findAttr(d, "the ferry had sunk near the harbour")
	if a == nil {
		t.Fatalf("no attribution; got %+v", d.Attributions)
	}
	if a.SourceText != "" || a.Source != "" {
		t.Errorf("got source %q, want none", a.SourceText)
	}
}

func TestToldBareClause(t *testing.T) {
	d := extract(t, "The mayor told reporters the ferry deal was dead.")
	q := findQuote(d, "the ferry deal was dead")
	if q == nil || q.SpeakerText != "The mayor" || q.Text != "the ferry deal was dead" {
		t.Errorf("got %+v, want the clause after the object, by The mayor", q)
	}
}

func TestHedge(t *testing.T) {
	d := extract(t, "The lack of boats seems to be a real problem for the harbour.")
	a := findAttr(d, "The lack of boats")
	if a == nil || a.SourceText != "" || a.Cue.Text != "seems" {
		t.Errorf("got %+v, want an attribution without source, cue seems", a)
	}
}

func TestOwnWordingKeepsOutletVoice(t *testing.T) {
	tests := []struct{ name, text string }{
		{"hedge", "The lack of boats seems to be a real problem for the harbour."},
		{"position", "The ministry opposed the reckless closure of the harbour."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			testOutletVoice(t, tc.text)
		})
	}
}

func testOutletVoice(t *testing.T, text string) {
	d := &doc.Document{Text: text, Sentences: []doc.Sentence{{Start: 0, End: len(text), Block: doc.BlockBody}}}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Extract(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.Sentences[0].Voice != "outlet" {
		t.Errorf("got voice %q, want outlet", d.Sentences[0].Voice)
	}
}

// TestPossessiveRole checks that "its spokesman" speaks for the body "its" stands for: the
// speaker of the sentence before, or the organisation or place that opens it, never a
// person and never the nearest noun.
func TestPossessiveRole(t *testing.T) {
	tests := []struct {
		name, text string
		names      map[string]string // mention text -> type, entity id is "e:"+text
		quote      string
		want       string // speaker entity
	}{
		{"speaker before", "The Harbour Board said the quay would stay shut. Its spokesman said repairs would take a month.",
			map[string]string{"Harbour Board": "ORG"}, "repairs would take a month", "e:Harbour Board"},
		{"subject of the sentence before", "Floods hit Tarvik and the Vela valley on Monday. Its mayor said two bridges had collapsed.",
			map[string]string{"Tarvik": "GPE", "Vela": "LOC"}, "two bridges had collapsed", "e:Tarvik"},
		{"a person opens the sentence before", "Ana Ruiz met the Harbour Board on Friday. Its spokesman said the talks had failed.",
			map[string]string{"Ana Ruiz": "PERSON", "Harbour Board": "ORG"}, "the talks had failed", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, err := New()
			if err != nil {
				t.Fatal(err)
			}
			d := &doc.Document{Text: tc.text}
			for name, typ := range tc.names {
				i := strings.Index(tc.text, name)
				d.Mentions = append(d.Mentions, doc.Mention{Start: i, End: i + len(name), Text: name, Type: typ, Kind: "name", Entity: "e:" + name})
			}
			sort.Slice(d.Mentions, func(a, b int) bool { return d.Mentions[a].Start < d.Mentions[b].Start })
			if err := x.Extract(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			q := findQuote(d, tc.quote)
			if q == nil {
				t.Fatalf("no quote holding %q; got %+v", tc.quote, d.Quotes)
			}
			if q.Speaker != tc.want || q.SpeakerText == "" {
				t.Errorf("got speaker %q (%q), want %q", q.Speaker, q.SpeakerText, tc.want)
			}
		})
	}
}
