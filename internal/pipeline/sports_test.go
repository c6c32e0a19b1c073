package pipeline

import (
	"context"
	"testing"
)

// TestSportsReportCodesNoConflict checks the whole chain on a sports report: the countries'
// sides are teams standing for their countries, and "England attacked" is no use of force
// between states (the false conflict events that sports news puts into event data).
func TestSportsReportCodesNoConflict(t *testing.T) {
	p, err := New(Config{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	text := "England attacked from the left and Tunisia defended deep. Kane scored a goal in the match, " +
		"and the coach praised the squad at half-time. Tunisia's goalkeeper made a penalty save as the tournament went on.\n\n" +
		"Officials in Tunisia said on Monday that the economy grew."
	d, err := p.AnalyzeText(context.Background(), "sports", text, "2026-06-20")
	if err != nil {
		t.Fatal(err)
	}
	teams := 0
	for _, m := range d.Mentions {
		if m.Role == "team" {
			teams++
			if m.Type != "ORG" {
				t.Errorf("side %q typed %s, want ORG", m.Text, m.Type)
			}
		}
	}
	if teams < 2 {
		t.Errorf("found %d sides, want England and Tunisia: %+v", teams, d.Mentions)
	}
	for _, e := range d.Events {
		if e.Source != nil && (e.Source.Country == "GBR" || e.Source.Country == "TUN") && e.CAMEO >= "14" {
			t.Errorf("conflict event coded from a sports report: %+v", e)
		}
	}
}
