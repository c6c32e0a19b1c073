package timex

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

// want is one expected expression: its text, and value (and type when given).
type want struct {
	text, value, typ, mod string
}

func extract(t *testing.T, text, published string) *doc.Document {
	t.Helper()
	d := &doc.Document{Text: text, Published: published}
	if err := Extract(context.Background(), d); err != nil {
		t.Fatalf("Extract(%q): %v", text, err)
	}
	for _, x := range d.Times {
		if x.Text != text[x.Start:x.End] {
			t.Fatalf("Extract(%q): text %q != slice %q", text, x.Text, text[x.Start:x.End])
		}
	}
	return d
}

func TestExtract(t *testing.T) {
	// 2025-06-23 is a Monday in ISO week 26.
	const pub = "2025-06-23"
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"today comma weekday", "Today, Monday, the minister left for Moscow.", []want{{"Today, Monday", "2025-06-23", "DATE", ""}}},
		{"yesterday other weekday", "Yesterday, Friday, nothing moved.", []want{{"Yesterday", "2025-06-22", "DATE", ""}, {"Friday", "2025-06-20", "DATE", ""}}},
		{"month day past", "The president said on June 22 that the treaty was vague.", []want{{"June 22", "2025-06-22", "DATE", ""}}},
		{"last week", "He stated last week that the offer was rejected.", []want{{"last week", "2025-W25", "DATE", ""}}},
		{"last month name", "The missile was first launched last November in the east.", []want{{"last November", "2024-11", "DATE", ""}}},
		{"past verb before, future in a relative clause after", "The minister signed a pact on Friday under which the bank will lend the city money.", []want{{"Friday", "2025-06-20", "DATE", ""}}},
		{"future right after the weekday", "Talks on Friday will settle the budget.", []want{{"Friday", "2025-06-27", "DATE", ""}}},
		{"for three years", "The city has been shelled for three years.", []want{{"three years", "P3Y", "DURATION", ""}}},
		{"year and a half", "after a year and a half of war with its neighbour", []want{{"a year and a half", "P18M", "DURATION", ""}}},
		{"weekday future", "The talks will resume on Friday in Geneva.", []want{{"Friday", "2025-06-27", "DATE", ""}}},
		{"weekday past", "The talks resumed on Friday in Geneva.", []want{{"Friday", "2025-06-20", "DATE", ""}}},
		{"clock with day", "The strike began at 08:15 GMT on Monday.", []want{{"08:15 GMT on Monday", "2025-06-23T08:15Z", "TIME", ""}}},
		{"clock pm", "Voting closed at 8 p.m. yesterday.", []want{{"8 p.m. yesterday", "2025-06-22T20:00", "TIME", ""}}},
		{"year", "The two leaders last met in 2022 in Tehran.", []want{{"2022", "2022", "DATE", ""}}},
		{"decade", "Sanctions date back to the 1990s.", []want{{"the 1990s", "199", "DATE", ""}}},
		{"year range", "Output fell between 2019 and 2021.", []want{{"between 2019 and 2021", "P2Y", "DURATION", ""}, {"2019", "2019", "DATE", ""}, {"2021", "2021", "DATE", ""}}},
		{"day range", "The summit ran June 20-22 in Brussels.", []want{{"June 20", "2025-06-20", "DATE", ""}, {"22", "2025-06-22", "DATE", ""}}},
		{"set", "Inspectors visit the plant every week.", []want{{"every week", "P1W", "SET", ""}}},
		{"ago", "The deal was signed two weeks ago.", []want{{"two weeks ago", "2025-06-09", "DATE", ""}}},
		{"vague ago", "The government rejected the offer months ago.", []want{{"months ago", "PAST_REF", "DATE", ""}}},
		{"early weekday morning", "the bombing of the capital early Monday morning left eight dead", []want{{"early Monday morning", "2025-06-23TMO", "TIME", "EARLY"}}},
		{"quarter", "Profits rose in the third quarter of 2024.", []want{{"the third quarter of 2024", "2024-Q3", "DATE", ""}}},
		{"vague refs", "Prices rose recently and may fall in the future.", []want{{"recently", "PAST_REF", "DATE", ""}, {"the future", "FUTURE_REF", "DATE", ""}}},
		{"last summer", "Fighting flared last summer.", []want{{"last summer", "2024-SU", "DATE", ""}}},
		{"full date", "The treaty was signed on January 17, 2025 in Moscow.", []want{{"January 17, 2025", "2025-01-17", "DATE", ""}}},
		{"day month year", "Elections are due on 5 October 2025.", []want{{"5 October 2025", "2025-10-05", "DATE", ""}}},
		{"iso date", "Filed 2025-06-20 by the ministry.", []want{{"2025-06-20", "2025-06-20", "DATE", ""}}},
		{"this year", "Growth will slow this year and next year.", []want{{"this year", "2025", "DATE", ""}, {"next year", "2026", "DATE", ""}}},
		{"yesterday tonight", "Talks failed yesterday; a vote is expected tonight.", []want{{"yesterday", "2025-06-22", "DATE", ""}, {"tonight", "2025-06-23TNI", "TIME", ""}}},
		{"approx duration", "The siege lasted nearly five months.", []want{{"nearly five months", "P5M", "DURATION", "LESS_THAN"}}},
		{"hours", "The ceasefire held for 48 hours.", []want{{"48 hours", "PT48H", "DURATION", ""}}},
		{"written number", "It took twenty-five years and a couple of weeks.", []want{{"twenty-five years", "P25Y", "DURATION", ""}, {"a couple of weeks", "P2W", "DURATION", ""}}},
		{"the past n", "Attacks doubled over the past three months.", []want{{"the past three months", "P3M", "DURATION", ""}}},
		{"now", "The city is now calm.", []want{{"now", "PRESENT_REF", "DATE", ""}}},
		{"month alone past", "The talks collapsed in March.", []want{{"March", "2025-03", "DATE", ""}}},
		{"month alone future past month", "The talks collapsed in September.", []want{{"September", "2024-09", "DATE", ""}}},
		{"month year", "The plant opened in May 2008.", []want{{"May 2008", "2008-05", "DATE", ""}}},
		{"mid year", "Deliveries start in mid-2026.", []want{{"mid-2026", "2026", "DATE", "MID"}}},
		{"end of year", "The troops leave by the end of this year.", []want{{"the end of this year", "2025", "DATE", "END"}}},
		{"twice a year", "The council meets twice a year.", []want{{"a year", "P1Y", "SET", ""}}},
		{"season year", "The offensive began in the spring of 2024.", []want{{"the spring of 2024", "2024-SP", "DATE", ""}}},
		{"century", "It was the worst war of the 20th century.", []want{{"the 20th century", "19", "DATE", ""}}},
		{"next weekday", "They meet again next Tuesday.", []want{{"next Tuesday", "2025-07-01", "DATE", ""}}},
		{"this morning", "Sirens sounded this morning.", []want{{"this morning", "2025-06-23TMO", "TIME", ""}}},
		{"last night", "Drones struck the port last night.", []want{{"last night", "2025-06-22TNI", "TIME", ""}}},
		{"weekend", "Protests are planned this weekend.", []want{{"this weekend", "2025-W26-WE", "DATE", ""}}},
		{"per", "The plant makes 40 drones per day.", []want{{"per day", "P1D", "SET", ""}}},
		{"the day", "Shares rose on Tuesday and ended the day higher.", []want{{"Tuesday", "2025-06-17", "DATE", ""}, {"the day", "2025-06-17", "DATE", ""}}},
		{"decade", "Exports grew over the past decade and for decades before.", []want{{"the past decade", "P10Y", "DURATION", ""}, {"decades", "PXDE", "DURATION", ""}}},
		{"since 82", "Stocks hit their lowest level since '82.", []want{{"'82", "1982", "DATE", ""}}},
		{"later shift", "The vote came three days later than planned.", []want{{"three days later", "P3D", "DURATION", ""}}},
		{"would future", "He said the plant would close on Friday.", []want{{"Friday", "2025-06-27", "DATE", ""}}},
		{"announced date", "GM said it closed the deal, effective July 1.", []want{{"July 1", "2025-07-01", "DATE", ""}}},
		{"past tense far date", "The attack happened on September 5.", []want{{"September 5", "2024-09-05", "DATE", ""}}},
		{"weekend past", "Talks took place during the weekend.", []want{{"the weekend", "2025-W25-WE", "DATE", ""}}},
		{"holiday", "Shops closed on Christmas Eve and reopen after New Year's Day.", []want{{"Christmas Eve", "2024-12-24", "DATE", ""}, {"New Year's Day", "2025-01-01", "DATE", ""}}},
		{"easter year", "Pilgrims came for Easter 2024.", []want{{"Easter 2024", "2024-03-31", "DATE", ""}}},
		{"next day", "He was arrested on June 12 and charged the next day.", []want{{"June 12", "2025-06-12", "DATE", ""}, {"the next day", "2025-06-13", "DATE", ""}}},
		{"month of last year", "Prices peaked in June of last year.", []want{{"June of last year", "2024-06", "DATE", ""}}},
		{"british clock", "The train left at 3.30pm.", []want{{"3.30pm", "2025-06-23T15:30", "TIME", ""}}},
		{"abbreviated month", "The law took effect Jan. 5, 2024.", []want{{"Jan. 5, 2024", "2024-01-05", "DATE", ""}}},
		{"year earlier", "Sales fell 5 percent from a year earlier.", []want{{"a year earlier", "2024", "DATE", ""}}},
		{"reporting frame", "The storm is expected to hit late Thursday or early Friday, forecasters said.", []want{{"late Thursday", "2025-06-26", "DATE", "LATE"}, {"early Friday", "2025-06-27", "DATE", "EARLY"}}},
		{"announced weekday", "The company announced Friday that it will cut jobs.", []want{{"Friday", "2025-06-20", "DATE", ""}}},
		{"has until", "The government has until the end of September to respond.", []want{{"the end of September", "2025-09", "DATE", "END"}}},
		{"quoted future", "On 20 June, the minister said the country \"will not wait\".", []want{{"20 June", "2025-06-20", "DATE", ""}}},
		{"number range", "The process would take between 60 and 90 days, or two to three months.", []want{{"60", "P60D", "DURATION", ""}, {"90 days", "P90D", "DURATION", ""}, {"two", "P2M", "DURATION", ""}, {"three months", "P3M", "DURATION", ""}}},
		{"late in the day", "Stocks rebounded late in the day.", []want{{"late in the day", "2025-06-23", "DATE", "LATE"}}},
		{"end dash month", "Output should recover by end-September.", []want{{"end-September", "2025-09", "DATE", "END"}}},
		{"overnight", "Russia launched 40 drones overnight, officials said.", []want{{"overnight", "2025-06-22TNI", "TIME", ""}}},
		{"in the morning", "The strike came on Friday. In the morning, sirens sounded and that day ended quietly.", []want{{"Friday", "2025-06-20", "DATE", ""}, {"the morning", "2025-06-20TMO", "TIME", ""}, {"that day", "2025-06-20", "DATE", ""}}},
		{"month range", "Last year's summit was held from Nov. 30 to Dec. 12.", []want{{"Last year", "2024", "DATE", ""}, {"Nov. 30", "2024-11-30", "DATE", ""}, {"Dec. 12", "2024-12-12", "DATE", ""}}},
		{"range over new year", "The holiday runs from Dec. 20 to Jan. 5.", []want{{"Dec. 20", "2025-12-20", "DATE", ""}, {"Jan. 5", "2026-01-05", "DATE", ""}}},
		{"weekday of last week", "Police released video on Thursday of last week.", []want{{"Thursday of last week", "2025-06-19", "DATE", ""}}},
		{"year end", "Rates will be cut by year-end.", []want{{"year-end", "2025", "DATE", "END"}}},
		{"the year", "Rates may rise later in the year, after the year 2000 rules lapse.", []want{{"the year", "2025", "DATE", ""}, {"the year 2000", "2000", "DATE", ""}}},
		{"unicode around", "«Today» — the talks ended.", []want{{"Today", "2025-06-23", "DATE", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extract(t, tc.text, pub)
			if len(d.Times) != len(tc.want) {
				t.Fatalf("Extract(%q): got %d times %v, want %d %v", tc.text, len(d.Times), d.Times, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				g := d.Times[i]
				if g.Text != w.text || g.Value != w.value || g.Type != w.typ || g.Mod != w.mod {
					t.Errorf("Extract(%q) #%d: got %q %s %s mod %q, want %q %s %s mod %q", tc.text, i, g.Text, g.Value, g.Type, g.Mod, w.text, w.value, w.typ, w.mod)
				}
			}
		})
	}
}

func TestExtractNoFalsePositives(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"may verb", "Officials said the ban May be lifted, and it may not."},
		{"march verb", "Thousands march to the square. They March on."},
		{"weapon", "Iran wants S-300 or S-400 batteries."},
		{"count", "Some 2,000 troops and 1,500 police were deployed."},
		{"section", "Section 230 and Article 1995 were debated."},
		{"age", "A 40-year-old man, aged 45, and a woman 30 years old were hurt."},
		{"percent", "Prices rose 15 percent, or 2025%, in one survey."},
		{"ordinal alone", "He finished 3rd and the second of them left."},
		{"one alone", "One of them said one thing."},
		{"number alone", "The attack left eight dead and thirty wounded."},
		{"quarter fraction", "A quarter of the vote and three-quarters of seats."},
		{"names", "April Ryan met June Carter and Arab Spring activists."},
		{"newspaper", "The Daily Telegraph reported it."},
		{"product year", "Apple showed iLife '11 and a soon-to-open store."},
		{"named war", "Veterans of the Six-Day War met."},
		{"weekday name", "The Sunday Times and Black Friday sales."},
		{"as soon as", "They will leave as soon as possible."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extract(t, tc.text, "2025-06-23")
			if len(d.Times) != 0 {
				t.Errorf("Extract(%q): got %v, want none", tc.text, d.Times)
			}
		})
	}
}

func TestExtractWithoutPublished(t *testing.T) {
	d := extract(t, "On Monday the minister left; last week he spoke. He left in 2022.", "")
	got := map[string]string{}
	for _, x := range d.Times {
		got[x.Text] = x.Value
	}
	wantV := map[string]string{"Monday": "XXXX-WXX-1", "last week": "XXXX-WXX", "2022": "2022"}
	for k, v := range wantV {
		if got[k] != v {
			t.Errorf("without published: %q got %q, want %q", k, got[k], v)
		}
	}
	notes := 0
	for _, n := range d.Notes {
		if n.Kind == doc.NoteNoPublished {
			notes++
		}
	}
	if notes != 1 {
		t.Errorf("got %d no_published_date notes, want 1", notes)
	}
	// a second run does not add a second note
	if err := Extract(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	notes = 0
	for _, n := range d.Notes {
		if n.Kind == doc.NoteNoPublished {
			notes++
		}
	}
	if notes != 1 {
		t.Errorf("after a second run got %d notes, want 1", notes)
	}
}

func TestExtractPublishedDateTime(t *testing.T) {
	d := extract(t, "The vote was held yesterday.", "2025-06-23T08:15:00+02:00")
	if len(d.Times) != 1 || d.Times[0].Value != "2025-06-22" || d.Times[0].Anchor != "2025-06-23" {
		t.Errorf("got %+v, want yesterday = 2025-06-22 anchored at 2025-06-23", d.Times)
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"fields", "june month", "x.txt:1: want 3 fields"},
		{"month range", "# c\njune month 13", "x.txt:2: month \"13\""},
		{"class", "june mnth 6", "x.txt:1: unknown class"},
		{"case", "June month 6", "x.txt:1: word \"June\" is not lower case"},
		{"zone", "xyz zone 5", "x.txt:1: zone \"5\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseLexicon("x.txt", tc.text)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("parseLexicon(%q): got %v, want error containing %q", tc.text, err, tc.want)
			}
		})
	}
	if _, err := loadLexicon(); err != nil {
		t.Fatalf("embedded lexicon: %v", err)
	}
}

func TestSeasonYear(t *testing.T) {
	tests := []struct {
		name, ref, season string
		n, want           int
	}{
		{"last summer in february", "2023-02-23", "SU", -1, 2022},
		{"last summer in june", "2025-06-23", "SU", -1, 2024},
		{"last winter in june", "2025-06-23", "WI", -1, 2024},
		{"next winter in june", "2025-06-23", "WI", 1, 2025},
		{"this summer in june", "2025-06-23", "SU", 0, 2025},
		{"this winter in january", "2025-01-10", "WI", 0, 2024},
		{"next spring in december", "2025-12-10", "SP", 1, 2026},
		{"last autumn in october", "2025-10-10", "FA", -1, 2024},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ref, _ := publishedTime(tc.ref)
			if got := seasonYear(ref, tc.season, tc.n); got != tc.want {
				t.Errorf("seasonYear(%s, %s, %d) = %d, want %d", tc.ref, tc.season, tc.n, got, tc.want)
			}
		})
	}
}

func TestExtractUsesSentences(t *testing.T) {
	// "Mr. Smith" would end a sentence at the full stop; the segmenter knows better, and the
	// past tense of "met" then reaches Friday.
	text := "He said Mr. Smith met them on Friday."
	d := &doc.Document{Text: text, Published: "2025-06-23", Sentences: []doc.Sentence{{Start: 0, End: len(text)}}}
	if err := Extract(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Times) != 1 || d.Times[0].Value != "2025-06-20" {
		t.Errorf("got %+v, want Friday = 2025-06-20", d.Times)
	}
}
