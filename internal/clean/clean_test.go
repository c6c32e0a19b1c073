package clean

import (
	"errors"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

// checkDoc asserts the properties every cleaned document holds: spans in range, boilerplate
// raw text equal to its raw bytes, and every source-map piece a faithful copy.
func checkDoc(t testing.TB, raw []byte, d *doc.Document) {
	t.Helper()
	n := len(d.Text)
	for _, b := range d.Blocks {
		if b.Start != nil {
			if *b.Start < 0 || *b.End > n || *b.Start > *b.End {
				t.Fatalf("block %s [%d,%d) out of range (text %d bytes)", b.Kind, *b.Start, *b.End, n)
			}
			continue
		}
		if b.RawStart != nil && string(raw[*b.RawStart:*b.RawEnd]) != b.Raw {
			t.Fatalf("boilerplate raw %q is not the raw bytes %q", b.Raw, raw[*b.RawStart:*b.RawEnd])
		}
	}
	for _, no := range d.Notes {
		if no.Start < 0 || no.End > n || no.Start > no.End {
			t.Fatalf("note %s [%d,%d) out of range (text %d bytes)", no.Kind, no.Start, no.End, n)
		}
	}
	last := 0
	for _, p := range d.SourceMap {
		if p.Clean < last || p.Len <= 0 || p.Clean+p.Len > n || p.Raw < 0 || p.Raw+p.Len > len(raw) {
			t.Fatalf("source map piece %+v out of order or range", p)
		}
		if d.Text[p.Clean:p.Clean+p.Len] != string(raw[p.Raw:p.Raw+p.Len]) {
			t.Fatalf("source map piece %+v: clean %q != raw %q", p, d.Text[p.Clean:p.Clean+p.Len], raw[p.Raw:p.Raw+p.Len])
		}
		last = p.Clean + p.Len
	}
}

func blockText(d *doc.Document, kind string) []string {
	var out []string
	for _, b := range d.Blocks {
		if b.Kind != kind {
			continue
		}
		if b.Start == nil {
			out = append(out, b.Raw)
		} else {
			out = append(out, d.Text[*b.Start:*b.End])
		}
	}
	return out
}

// noteNear reports whether d has a note of kind whose raw, or the text within 40 bytes of
// its span, contains near.
func noteNear(d *doc.Document, kind, near string) bool {
	for _, n := range d.Notes {
		if n.Kind != kind {
			continue
		}
		w := n.Raw + " " + d.Text[max(0, n.Start-40):min(len(d.Text), n.End+40)]
		if strings.Contains(w, near) {
			return true
		}
	}
	return false
}

func TestClean(t *testing.T) {
	tests := []struct {
		name   string
		format string
		in     string
		// want
		title, subtitle, dateline string
		blocks                    map[string][]string // kind -> texts that must be blocks of it
		notes                     map[string]string   // kind -> text near the note
		noNotes                   []string            // kinds that must not appear
		contains, lacks           []string            // cleaned text
	}{
		{
			name:     "headline, standfirst on the next line, glued dateline",
			in:       "Storm floods the harbour town\nFishermen count losses after the worst night in decades.\n\nLisbonThe storm reached the coast at dawn. Boats sank in the harbour.\n",
			title:    "Storm floods the harbour town",
			subtitle: "Fishermen count losses after the worst night in decades.",
			dateline: "Lisbon",
			blocks:   map[string][]string{"dateline": {"Lisbon"}, "body": {"The storm reached the coast at dawn. Boats sank in the harbour."}},
			notes:    map[string]string{"missing_space": "LisbonThe"},
			contains: []string{"Lisbon\n\nThe storm"},
		},
		{
			name:     "headline in title case ending with a full stop",
			in:       "Harbour Town Counts The Cost Of The Storm.\n\nFishermen returned to the harbour on Monday to find their boats sunk or wrecked on the rocks.\n",
			title:    "Harbour Town Counts The Cost Of The Storm.",
			contains: []string{"Fishermen returned"},
		},
		{
			name:     "short headline ending with a full stop before a long paragraph",
			in:       "Judge rejects request to unseal the file.\n\nA judge on Thursday rejected a request by a newspaper to unseal the divorce file of a candidate, saying privacy came first.\n",
			title:    "Judge rejects request to unseal the file.",
			contains: []string{"A judge on Thursday"},
		},
		{
			name:     "section label above the headline",
			in:       "World\n\nFerry services resume after week-long storm\n\nThe first ferry left the harbour at dawn on Monday, a week after the storm closed the port.\n",
			title:    "Ferry services resume after week-long storm",
			blocks:   map[string][]string{"boilerplate": {"World"}},
			contains: []string{"Ferry services resume"},
		},
		{
			name:     "caption first line is not a title",
			in:       "The mayor greets the crew on Tuesday. Photo: City press office\n\nThe mayor of the town welcomed the crew of the ferry, which had been stranded for two days. She thanked the coastguard.\n",
			blocks:   map[string][]string{"caption": {"The mayor greets the crew on Tuesday. Photo: City press office"}},
			contains: []string{"The mayor of the town welcomed"},
		},
		{
			name: "boilerplate lines leave the text, headings stay",
			in: "Talks resume in the capital\n\nNegotiators met again on Friday after a week of silence. Both sides said progress was slow.\n\nAdvertisement\n\n" +
				"What comes next?\n\nA second round is planned for next month, officials said.\n\nRead more: Earlier talks collapsed\n\nShare this article\n\n" +
				"Hopes in the markets\n\nTraders welcomed the news. Shares rose on Friday.\n",
			title:    "Talks resume in the capital",
			blocks:   map[string][]string{"boilerplate": {"Advertisement", "Read more: Earlier talks collapsed", "Share this article"}, "heading": {"What comes next?", "Hopes in the markets"}},
			lacks:    []string{"Advertisement", "Read more", "Share this"},
			contains: []string{"progress was slow.\n\nWhat comes next?\n\nA second round"},
		},
		{
			name:    "glued sentences split, camel-case names kept",
			in:      "The new model of the iPhone reached McDonald's stores and LinkedIn offices across the regionThey sold out in hours. Critics were unimpressed.\n",
			notes:   map[string]string{"missing_space": "regionThey"},
			lacks:   []string{"regionThey", "i Phone", "Mc Donald", "Linked In"},
			noNotes: []string{"fragment"},
		},
		{
			name:     "bylines and promos are boilerplate, a sentence starting with By is not",
			in:       "Drones downed overnight\n\nBy Jane Doe and John Roe, Reuters\n\nThe air force said it shot down 40 drones.\n\nBy Monday, Russia had fired 52 more.\n\nWatch: Drones over the capital\n\nThe talks resume on Friday.\n",
			title:    "Drones downed overnight",
			blocks:   map[string][]string{"boilerplate": {"By Jane Doe and John Roe, Reuters", "Watch: Drones over the capital"}, "body": {"By Monday, Russia had fired 52 more."}},
			contains: []string{"By Monday, Russia"},
		},
		{
			name:   "live time stamps are headings",
			in:     "Storm live\n\n10:45 GMT\n\nWinds reached 140 km/h.\n\n10:30 GMT\n\nThe road is closed.\n",
			title:  "Storm live",
			blocks: map[string][]string{"heading": {"10:45 GMT", "10:30 GMT"}},
		},
		{
			name:     "advertisement markers inside running text",
			in:       "Negotiators met again on Friday. Advertisement Both sides said progress was slow.ADVERTISEMENTThe next round is in May. Advertisement revenue fell, the paper said.\n",
			blocks:   map[string][]string{"boilerplate": {"Advertisement", "ADVERTISEMENT"}},
			contains: []string{"on Friday. Both sides", "was slow. The next round", "Advertisement revenue fell"},
			lacks:    []string{"ADVERTISEMENT", "Advertisement Both"},
		},
		{
			name:     "missing space after a full stop",
			in:       "Officials met at noon.They agreed on a ceasefire that will begin on Sunday.\n",
			notes:    map[string]string{"missing_space": "noon.They"},
			contains: []string{"noon. They agreed"},
		},
		{
			name:    "fragments where text was lost",
			in:      "The ministry said the convoy was delayed. supplies were sent by another road, the army said.\n\nwhich it denied in a statement on Monday. The talks continue.\n",
			notes:   map[string]string{"fragment": "supplies were sent by another road"},
			noNotes: []string{"unbalanced_quote"},
		},
		{
			name:    "paragraph starting in lower case is a fragment",
			in:      "The ministry said the convoy was delayed by the storm.\n\nwhich it denied in a statement on Monday. The talks continue.\n",
			notes:   map[string]string{"fragment": "which it denied"},
			noNotes: []string{"truncated"},
		},
		{
			name:    "abbreviations and initials are not fragments",
			in:      "The U.S. envoy met Gen. Smith at 9 a.m. local time. J. R. Doe, a spokesman, said talks went well e.g. on trade.\n",
			noNotes: []string{"fragment", "missing_space"},
		},
		{
			name:  "closing quote without an opening one",
			in:    "The rebels said they would hold their positions. There has been no attack so far\".\n\nThe army did not comment.\n",
			notes: map[string]string{"unbalanced_quote": "no attack so far"},
		},
		{
			name:  "quotation never closed",
			in:    "He said the plan was \"dead on arrival. Officials did not reply.\n\nThe vote is on Monday.\n",
			notes: map[string]string{"unbalanced_quote": "dead on arrival"},
		},
		{
			name:    "balanced straight and curly quotes",
			in:      "He called it \"a mistake\" and “a disgrace,” adding: \"We will appeal.\"\n",
			noNotes: []string{"unbalanced_quote"},
		},
		{
			name:     "number glued to the next sentence",
			in:       "The fleet has grown every year since 2019The navy says it needs more ships. Its G7 partners and S-300Ms agree.\n",
			notes:    map[string]string{"missing_space": "2019The"},
			contains: []string{"since 2019\n\nThe navy", "G7 partners", "S-300Ms"},
		},
		{
			name:     "missing space after a closing quotation mark",
			in:       "“We will not give up,” he said.”Officials did not comment. \"Never,\" she said.\"They left.\n",
			notes:    map[string]string{"missing_space": "said.”Officials"},
			contains: []string{"said.” Officials", "said.\" They left"},
		},
		{
			name:    "a quotation running over paragraphs is not unbalanced",
			in:      "“We will not stop,” he said. “The fight goes on.\n\n“We have the men and the weapons. Nobody will stop us.”\n\nThe army did not reply.\n",
			noNotes: []string{"unbalanced_quote"},
		},
		{
			name:     "a label opening the text is not a dateline",
			in:       "Ferry strike ends\n\nUPDATE - The ferry workers returned to work on Monday, the union said.\n",
			title:    "Ferry strike ends",
			contains: []string{"UPDATE - The ferry"},
		},
		{
			name:    "acronym opening a paragraph is not a dateline",
			in:      "Allies meet in Brussels\n\nNATO — the alliance of 32 countries — met on Monday to discuss the war.\n",
			title:   "Allies meet in Brussels",
			noNotes: []string{"fragment"},
		},
		{
			name:    "nested, mixed and reversed marks, inch signs",
			in:      "She said: “I’d rather live in what he calls “hell” than here.”\n\n”Fear. I am afraid,” she said.\n\n“Immunity deals are wrong,\" he said. It was rated “Mostly False.“\n\nHe is 6'3\" tall and weighs 200 pounds.\n",
			noNotes: []string{"unbalanced_quote"},
		},
		{
			name:     "decomposed accents are composed",
			in:       "Luci\u0301a Arrieta met Toma\u0301s Ibarra.\n",
			contains: []string{"Lucía Arrieta met Tomás Ibarra."},
		},
		{
			name:    "a letter with a combining mark is not a glued word",
			in:      "He told one of his young protegA\u0303\u00a9s that the plan had failed.\n",
			noNotes: []string{"missing_space"},
		},
		{
			name:     "mojibake repaired",
			in:       "The cafÃ© owner said the raidâ€™s damage was severe, like President FranÃƒÂ§ois Hollande.\n",
			notes:    map[string]string{"mojibake": "café"},
			contains: []string{"café owner", "raid’s damage", "President François Hollande"},
		},
		{
			name:  "duplicate paragraph",
			in:    "The bridge reopened on Monday after repairs lasting a year.\n\nDrivers welcomed the news.\n\nThe bridge reopened on Monday after repairs lasting a year.\n",
			notes: map[string]string{"duplicate_paragraph": "The bridge reopened"},
		},
		{
			name:  "truncated ending",
			in:    "The bridge reopened on Monday. Drivers welcomed the news, and the mayor said that the\n",
			notes: map[string]string{"truncated": "the mayor said that the"},
		},
		{
			name:  "paragraph cut mid-sentence inside the text",
			title: "Bridge reopens",
			in:    "Bridge reopens\n\nThe bridge reopened on Monday after a year of repairs, and the mayor said that the city would\n\nDrivers welcomed the news. Traffic was light.\n\nThe following roads are still closed:\n\nHigh Street and Mill Lane.\n",
			notes: map[string]string{"truncated": "the mayor said that the city would"},
		},
		{
			name:     "CRLF, tabs, NBSP and blank-line runs",
			in:       "First\u00a0paragraph here.\r\n\r\n\r\n\r\nSecond\tparagraph   with  spaces.\r\n",
			contains: []string{"First paragraph here.\n\nSecond paragraph with spaces."},
		},
		{
			name:     "hard-wrapped text is joined",
			in:       "The council voted on Tuesday to close the old market hall, which has\nstood in the square since 1890, despite protests from traders who say\nthe building is the heart of the town and should be restored instead\nof being sold to developers.\n\nThe mayor defended the decision.\n",
			contains: []string{"which has stood in the square", "should be restored instead of being sold"},
		},
		{
			name:     "reuters-style dateline",
			in:       "Ceasefire holds\n\nKYIV, June 3 (Reuters) - The ceasefire held overnight, officials said.\n",
			title:    "Ceasefire holds",
			dateline: "Kyiv",
			blocks:   map[string][]string{"dateline": {"KYIV, June 3 (Reuters) -"}, "body": {"The ceasefire held overnight, officials said."}},
		},
		{
			name:     "dateline glued to a one-letter word",
			in:       "Ferry sinks\n\nLisbonA ferry sank near the harbour on Monday.\n",
			title:    "Ferry sinks",
			dateline: "Lisbon",
			blocks:   map[string][]string{"dateline": {"Lisbon"}, "body": {"A ferry sank near the harbour on Monday."}},
		},
		{
			name:     "wire dateline closed by a full stop after the date",
			in:       "Talks resume\n\nVILNIUS, 4 March. Negotiators met again on Monday, the ministry said.\n",
			title:    "Talks resume",
			dateline: "Vilnius",
			blocks:   map[string][]string{"dateline": {"VILNIUS, 4 March."}, "body": {"Negotiators met again on Monday, the ministry said."}},
		},
		{
			name:     "front matter gives metadata",
			in:       "---\ntitle: Port strike ends\noutlet: Harbour Daily\npublished: 2025-03-04\nlang: en\n---\nPort strike ends\n\nDock workers returned to work on Tuesday.\n",
			title:    "Port strike ends",
			blocks:   map[string][]string{"title": {"Port strike ends"}},
			contains: []string{"Dock workers"},
			lacks:    []string{"outlet:"},
		},
		{
			name:     "markdown headings, emphasis and links",
			format:   "markdown",
			in:       "# Port strike ends\n\nDock workers **returned** to work, the [union said](https://example.org/u).\n\n## What changed\n\nPay rose by 4%.\n",
			title:    "Port strike ends",
			blocks:   map[string][]string{"heading": {"What changed"}},
			contains: []string{"Dock workers returned to work, the union said."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			format := tt.format
			if format == "" {
				format = "text"
			}
			src := &doc.Source{Name: "fixture.txt", Format: format, Raw: []byte(tt.in)}
			d := Clean(src)
			if d.Error != "" {
				t.Fatalf("error %s", d.Error)
			}
			checkDoc(t, src.Raw, d)
			if d.Title != tt.title {
				t.Errorf("title %q, want %q", d.Title, tt.title)
			}
			if tt.subtitle != "" && d.Subtitle != tt.subtitle {
				t.Errorf("subtitle %q, want %q", d.Subtitle, tt.subtitle)
			}
			if d.Dateline != tt.dateline {
				t.Errorf("dateline %q, want %q", d.Dateline, tt.dateline)
			}
			for kind, texts := range tt.blocks {
				got := blockText(d, kind)
				for _, want := range texts {
					found := false
					for _, g := range got {
						found = found || g == want
					}
					if !found {
						t.Errorf("no %s block %q; %s blocks: %q", kind, want, kind, got)
					}
				}
			}
			for kind, near := range tt.notes {
				if !noteNear(d, kind, near) {
					t.Errorf("no %s note near %q; notes %+v", kind, near, d.Notes)
				}
			}
			for _, kind := range tt.noNotes {
				for _, n := range d.Notes {
					if n.Kind == kind {
						t.Errorf("unwanted %s note %+v at %q", kind, n, d.Text[n.Start:n.End])
					}
				}
			}
			for _, s := range tt.contains {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, d.Text)
				}
			}
			for _, s := range tt.lacks {
				if strings.Contains(d.Text, s) {
					t.Errorf("text has %q:\n%s", s, d.Text)
				}
			}
		})
	}
}

func TestMetadataTitleLeadsText(t *testing.T) {
	src := &doc.Source{Name: "r.json#1", Format: "text", Title: "Port  strike ends", Raw: []byte("Dock workers returned to work on Tuesday.\n")}
	d := Clean(src)
	checkDoc(t, src.Raw, d)
	if got := blockText(d, "title"); len(got) != 1 || got[0] != "Port strike ends" || !strings.HasPrefix(d.Text, "Port strike ends\n\nDock workers") {
		t.Errorf("title blocks %q, text %q: want the metadata title leading the text", got, d.Text)
	}
	src = &doc.Source{Name: "s.txt", Format: "text", Title: "Port strike ends", Raw: []byte("Port strike ends\n\nDock workers returned to work on Tuesday.\n")}
	if d := Clean(src); strings.Count(d.Text, "Port strike ends") != 1 {
		t.Errorf("title repeated: %q", d.Text)
	}
}

func TestCleanErrors(t *testing.T) {
	tests := []struct {
		name string
		src  doc.Source
		want string
	}{
		{"read error", doc.Source{Name: "a.txt", Err: errors.New("ingest: a.txt: empty input")}, "ingest: a.txt: empty input"},
		{"only boilerplate", doc.Source{Name: "b.txt", Format: "text", Raw: []byte("Advertisement\n\nShare\n")}, "clean: b.txt: no article text"},
		{"white space", doc.Source{Name: "c.txt", Format: "text", Raw: []byte(" \n\t\n")}, "clean: c.txt: no article text"},
		{"html without article", doc.Source{Name: "d.html", Format: "html", Raw: []byte("<html><body><script>x()</script></body></html>")}, "clean: d.html: no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Clean(&tt.src)
			if !strings.HasPrefix(d.Error, tt.want) {
				t.Errorf("error %q, want prefix %q", d.Error, tt.want)
			}
			if d.Blocks == nil || d.Notes == nil {
				t.Errorf("blocks and notes must be empty lists, not null")
			}
		})
	}
}

func TestID(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"file", "../shared/seeds/000_abc.txt", "000_abc"},
		{"record", "feed.jsonl#12", "feed#12"},
		{"stdin", "-", "stdin"},
		{"url", "https://news.example.org/world/2025/iran-talks.html?utm=x", "iran-talks"},
		{"example", "example:fishing-boats/harbour-gazette.txt", "harbour-gazette"},
		{"no extension", "notes/README", "README"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ID(tt.in); got != tt.want {
				t.Errorf("ID(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestKnowledgeLoads(t *testing.T) {
	k, err := loadKnowledge()
	if err != nil {
		t.Fatal(err)
	}
	if len(k.datelines) < 100 || len(k.starters) < 50 || k.boiler == nil {
		t.Errorf("knowledge looks short: %d datelines, %d starters, %v boilerplate", len(k.datelines), len(k.starters), k.boiler)
	}
}

func TestCaptionHints(t *testing.T) {
	pats, _, err := dataLines(dataFS, "data/captions.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pats {
		found := false
		for _, h := range captionHints {
			found = found || strings.Contains(strings.ToLower(p), h)
		}
		if !found {
			t.Errorf("caption pattern %q contains none of captionHints: add its word there", p)
		}
	}
}
