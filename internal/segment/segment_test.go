package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/doc"
)

func tokenTexts(text string) []string {
	var out []string
	for _, s := range Tokens(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"possessive", "Putin's army", []string{"Putin", "'s", "army"}},
		{"curly possessive", "Iran’s nuclear", []string{"Iran", "’s", "nuclear"}},
		{"negation", "don't stop", []string{"do", "n't", "stop"}},
		{"curly negation", "wasn’t really", []string{"was", "n’t", "really"}},
		{"plural possessive", "the agents' utilities", []string{"the", "agents", "'", "utilities"}},
		{"name with apostrophe", "O'Brien said", []string{"O'Brien", "said"}},
		{"weapon", "the S-400 system", []string{"the", "S-400", "system"}},
		{"hyphenated", "empty-handed.", []string{"empty-handed", "."}},
		{"dotted abbreviation", "the U.S. said", []string{"the", "U.S.", "said"}},
		{"dotted at end", "in the U.S.", []string{"in", "the", "U.S."}},
		{"title", "Gen. Gerasimov", []string{"Gen.", "Gerasimov"}},
		{"number", "1,000.5 troops", []string{"1,000.5", "troops"}},
		{"number then period", "$100.00. It", []string{"$", "100.00", ".", "It"}},
		{"list of numbers", "1998,2000", []string{"1998", ",", "2000"}},
		{"time", "at 10:30 a.m.", []string{"at", "10:30", "a.m."}},
		{"percent", "5% rise", []string{"5", "%", "rise"}},
		{"url", "see https://example.org/a_b.html. Then", []string{"see", "https://example.org/a_b.html", ".", "Then"}},
		{"email", "Jane.Doe@example.com. I", []string{"Jane.Doe@example.com", ".", "I"}},
		{"domain", "told reuters.com on", []string{"told", "reuters.com", "on"}},
		{"initial", "Jonas E. Smith", []string{"Jonas", "E.", "Smith"}},
		{"quotes", `"serious consultations."`, []string{`"`, "serious", "consultations", ".", `"`}},
		{"curly quotes", "“Yes,” he said", []string{"“", "Yes", ",", "”", "he", "said"}},
		{"ellipsis", "I mean...see", []string{"I", "mean", "...", "see"}},
		{"spaced ellipsis", "is . . . I", []string{"is", ". . .", "I"}},
		{"double marks", "Hello?! Is", []string{"Hello", "?!", "Is"}},
		{"dash", "claim -- he", []string{"claim", "--", "he"}},
		{"ampersand", "AT&T and S&P", []string{"AT&T", "and", "S&P"}},
		{"number abbreviation", "No. 5 and No.", []string{"No.", "5", "and", "No", "."}},
		{"name with mark", "at Yahoo! in", []string{"at", "Yahoo!", "in"}},
		{"accents", "Janša’s café", []string{"Janša", "’s", "café"}},
		{"glued period", "information.As", []string{"information", ".", "As"}},
		{"year decade", "the 1990s", []string{"the", "1990s"}},
		{"ordinal", "5th st.", []string{"5th", "st."}},
		{"date", "on 2025-06-23,", []string{"on", "2025-06-23", ","}},
		{"cannot", "They cannot share", []string{"They", "can", "not", "share"}},
		{"hashtag and handle", "(#MeToo) via @Reuters_World.", []string{"(", "#MeToo", ")", "via", "@Reuters_World", "."}},
		{"number sign", "#1 seed", []string{"#", "1", "seed"}},
		{"bbc domain", "on bbc.co.uk/news", []string{"on", "bbc.co.uk", "/", "news"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokenTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Tokens(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

// TestSentences holds cases written for news text beyond the golden rules.
func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"quote closes sentence", `He wants to hold "serious consultations." The talks began.`,
			[]string{`He wants to hold "serious consultations."`, "The talks began."}},
		{"quote then attribution", `"It has no articles on defence," the president told reporters.`,
			[]string{`"It has no articles on defence," the president told reporters.`}},
		{"period after quote", `It got nothing but "deep concern". Then it left.`,
			[]string{`It got nothing but "deep concern".`, "Then it left."}},
		{"curly quotes", "He said: “We will win.” Nobody believed him.",
			[]string{"He said: “We will win.”", "Nobody believed him."}},
		{"question in quote", `"Why?" he asked. She shrugged.`,
			[]string{`"Why?" he asked.`, "She shrugged."}},
		{"title before name", "Gen. Valery Gerasimov met Lt. Col. Ivan Petrov. They talked.",
			[]string{"Gen. Valery Gerasimov met Lt. Col. Ivan Petrov.", "They talked."}},
		{"U.S. before name", "The U.S. Secretary of State spoke.", []string{"The U.S. Secretary of State spoke."}},
		{"U.S. at end", "Iran is alone against the U.S. The Kremlin said nothing.",
			[]string{"Iran is alone against the U.S.", "The Kremlin said nothing."}},
		{"month", "On Jan. 5 the talks began.", []string{"On Jan. 5 the talks began."}},
		{"initial in name", "The founder L. Ron Hubbard wrote it.", []string{"The founder L. Ron Hubbard wrote it."}},
		{"plan letter", "They chose Plan B. The rest failed.", []string{"They chose Plan B.", "The rest failed."}},
		{"company end", "He works for Acme Inc. He likes it.", []string{"He works for Acme Inc.", "He likes it."}},
		{"line breaks", "Warning in NATO\nThe alliance met.", []string{"Warning in NATO", "The alliance met."}},
		{"carriage returns", "Warning in NATO\r\nThe alliance met.\rIt ended.", []string{"Warning in NATO", "The alliance met.", "It ended."}},
		{"line separator", "Warning in NATO\u2028The alliance met.", []string{"Warning in NATO", "The alliance met."}},
		{"numbered section", "See section 1. The text follows.", []string{"See section 1.", "The text follows."}},
		{"trailing ellipsis", "He paused... Then he left.", []string{"He paused...", "Then he left."}},
		{"abbreviation in a closed quote", `He said "we live in the U.S." Officials agreed.`, []string{`He said "we live in the U.S."`, "Officials agreed."}},
		{"ellipsis before I", "It was ... I forget.", []string{"It was ... I forget."}},
		{"ellipsis quote", `"We will see..." The crowd left.`, []string{`"We will see..."`, "The crowd left."}},
		{"decimal", "Growth was 2.5 percent. It rose.", []string{"Growth was 2.5 percent.", "It rose."}},
		{"empty", "", nil},
		{"only spaces", "  \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func intp(i int) *int { return &i }

func TestSegmentBlocks(t *testing.T) {
	text := "Talks in Moscow\nMoscow\nThe minister left. He said \"no.\"\n\nA photo of the talks."
	d := &doc.Document{Text: text, Blocks: []doc.Block{
		{Kind: doc.BlockTitle, Start: intp(0), End: intp(15)},
		{Kind: doc.BlockDateline, Start: intp(16), End: intp(22)},
		{Kind: doc.BlockBoilerplate, Raw: "Advertisement"},
		{Kind: doc.BlockBody, Start: intp(23), End: intp(55)},
		{Kind: doc.BlockCaption, Start: intp(57), End: intp(78)},
	}}
	Segment(d)
	want := []struct{ text, block string }{
		{"Talks in Moscow", "title"},
		{"Moscow", "dateline"},
		{"The minister left.", "body"},
		{`He said "no."`, "body"},
		{"A photo of the talks.", "caption"},
	}
	if len(d.Sentences) != len(want) {
		t.Fatalf("got %d sentences %+v, want %d", len(d.Sentences), d.Sentences, len(want))
	}
	for i, w := range want {
		s := d.Sentences[i]
		if got := text[s.Start:s.End]; got != w.text || s.Block != w.block {
			t.Errorf("sentence %d: got %q in %s, want %q in %s", i, got, s.Block, w.text, w.block)
		}
	}
	if len(d.Tokens) != 20 {
		t.Errorf("got %d tokens, want 20", len(d.Tokens))
	}
}

func TestSegmentNoBlocks(t *testing.T) {
	d := &doc.Document{Text: "First paragraph here.\n\nSecond one. Third sentence."}
	Segment(d)
	var got []string
	for _, s := range d.Sentences {
		got = append(got, d.Text[s.Start:s.End]+"/"+s.Block)
	}
	want := []string{"First paragraph here./body", "Second one./body", "Third sentence./body"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// insideRune reports whether offset off falls inside a valid multi-byte rune.
func insideRune(text string, off int) bool {
	for k := off - 1; k >= 0 && k >= off-3; k-- {
		if utf8.RuneStart(text[k]) {
			r, n := utf8.DecodeRuneInString(text[k:])
			return !(r == utf8.RuneError && n == 1) && k+n > off
		}
	}
	return false
}

// checkSpans asserts the properties every segmentation holds.
func checkSpans(t *testing.T, text string, d *doc.Document) {
	t.Helper()
	prev := 0
	for _, s := range d.Sentences {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %+v out of order or range (prev end %d, len %d) in %q", s, prev, len(text), text)
		}
		if insideRune(text, s.Start) || insideRune(text, s.End) {
			t.Fatalf("sentence %+v splits a rune in %q", s, text)
		}
		if strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
			t.Fatalf("sentence %+v has surrounding space in %q", s, text)
		}
		if strings.Contains(text[s.Start:s.End], "\n") {
			t.Fatalf("sentence %+v crosses a line in %q", s, text)
		}
		prev = s.End
	}
	prev = 0
	for _, tk := range d.Tokens {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %+v out of order or range (prev end %d) in %q", tk, prev, text)
		}
		if insideRune(text, tk.Start) || insideRune(text, tk.End) {
			t.Fatalf("token %+v splits a rune in %q", tk, text)
		}
		prev = tk.End
	}
	// Every sentence starts and ends on a token boundary.
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, tk := range d.Tokens {
		starts[tk.Start] = true
		ends[tk.End] = true
	}
	for _, s := range d.Sentences {
		if !starts[s.Start] || !ends[s.End] {
			t.Fatalf("sentence %+v does not align with tokens in %q", s, text)
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"Hello World. My name is Jonas.",
		"I live in the U.S. How about you?",
		"1.) The first item 2.) The second item",
		"• 9. The first item • 10. The second item",
		"Her email is Jane.Doe@example.com. I sent her an email.",
		"The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
		"compounds. . . . The practice was not abandoned. . . .",
		"“the laws of the universe will appear less complex. . . .”",
		"Putin's don’t O'Brien S-400 1,000.5 a) b) c.",
		"\xff\xfe. A\u00a0B. \u2026 C.",
		"Talks\n\nMoscow\r\nThe end.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := &doc.Document{Text: text}
		Segment(d)
		checkSpans(t, text, d)
		if n := len(text) / 3; n > 0 {
			d2 := &doc.Document{Text: text, Blocks: []doc.Block{
				{Kind: doc.BlockTitle, Start: intp(0), End: intp(n)},
				{Kind: doc.BlockBody, Start: intp(n), End: intp(len(text))},
			}}
			Segment(d2)
			checkSpans(t, text, d2)
		}
	})
}

func TestSentencesReferencesAndHeadings(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"reference mark", "He died in 2014. [4] His work lives on.", []string{"He died in 2014. [4]", "His work lives on."}},
		{"two marks", "It was held in 1805. [7] [8]", []string{"It was held in 1805. [7] [8]"}},
		{"range mark", "Bias was studied. [1 - 3] Others agreed.", []string{"Bias was studied. [1 - 3]", "Others agreed."}},
		{"section number", "2.1. Institutional structure", []string{"2.1. Institutional structure"}},
		{"numbered heading", "1. Introduction", []string{"1. Introduction"}},
		{"lost text", "Peru recalled its ambassador last week. the coast guard, which had escorted two boats.",
			[]string{"Peru recalled its ambassador last week.", "the coast guard, which had escorted two boats."}},
		{"abbreviation then lower case", "He met the Gov. and the mayor.", []string{"He met the Gov. and the mayor."}},
		{"word like a state", "He fell ill. Doctors said so.", []string{"He fell ill.", "Doctors said so."}},
		{"street at the end", "The shop is on Main St. The owner left.", []string{"The shop is on Main St.", "The owner left."}},
		{"saint", "They flew to St. Louis on Monday.", []string{"They flew to St. Louis on Monday."}},
		{"unit", "It weighs 200 lbs. of steel.", []string{"It weighs 200 lbs. of steel."}},
		{"time then name", "The strike came at 5 a.m. Israeli jets flew low.", []string{"The strike came at 5 a.m.", "Israeli jets flew low."}},
		{"time then day", "The strike came at 5 a.m. Sunday near Gaza.", []string{"The strike came at 5 a.m. Sunday near Gaza."}},
		{"time then zone", "The talks began at 10 a.m. GMT in Vienna.", []string{"The talks began at 10 a.m. GMT in Vienna."}},
		{"local time", "Sirens sounded at 4 p.m. Moscow time on Monday.", []string{"Sirens sounded at 4 p.m. Moscow time on Monday."}},
		{"time then month", "It ended at 9 p.m. Jan. 5 in Kyiv.", []string{"It ended at 9 p.m. Jan. 5 in Kyiv."}},
		{"word like a reference", "He loves modern art. Critics disagree.", []string{"He loves modern art.", "Critics disagree."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestPathological runs inputs that would be slow if any rule rescanned the line; they must
// still give well-formed spans.
func TestPathological(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"letters and dots", strings.Repeat("abc.", 50000)},
		{"abbreviations without end", strings.Repeat("the U.S. and ", 20000)},
		{"stops only", strings.Repeat(". ", 50000)},
		{"list markers", strings.Repeat("1) a ", 20000)},
		{"quotes", strings.Repeat(`"a." `, 20000)},
		{"long word", strings.Repeat("x", 200000) + "."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Text: tt.text}
			Segment(d)
			checkSpans(t, tt.text, d)
		})
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct {
		name, abbrs, starters, want string
	}{
		{"unknown class", "Gen.\tgeneral\n", "", `segment: abbreviations.txt:1: unknown class "general"`},
		{"missing period", "# comment\nGen\ttitle\n", "", `segment: abbreviations.txt:2: "Gen" must end with its period`},
		{"duplicate", "Gen.\ttitle\ngen.\ttitle\n", "", `segment: abbreviations.txt:2: duplicate "gen."`},
		{"bad fields", "Gen. title extra words\n", "", `segment: abbreviations.txt:1: want "FORM [exact] CLASS", got "Gen. title extra words"`},
		{"lower-case starter", "", "The\nthe\n", `segment: starters.txt:2: want one capitalised word, got "the"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseLexicon(tt.abbrs, tt.starters)
			if err == nil || err.Error() != tt.want {
				t.Errorf("parseLexicon: got error %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := parseLexicon(abbreviationsFile, startersFile); err != nil {
		t.Errorf("embedded lists: %v", err)
	}
}
