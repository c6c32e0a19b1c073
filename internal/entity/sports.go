package entity

import (
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// sportsCues are words that sports reports use and other news rarely does; a document with
// several different ones is a sports report.
var sportsCues = map[string]bool{
	"match": true, "goal": true, "goals": true, "scored": true, "scoring": true,
	"striker": true, "midfielder": true, "goalkeeper": true, "defender": true,
	"penalty": true, "header": true, "half-time": true, "halftime": true, "kick-off": true,
	"innings": true, "wicket": true, "wickets": true, "touchdown": true, "quarterback": true,
	"playoff": true, "playoffs": true, "semifinal": true, "semi-final": true, "quarterfinal": true,
	"quarter-final": true, "tournament": true, "league": true, "championship": true,
	"coach": true, "squad": true, "substituted": true, "equaliser": true, "equalizer": true,
	"referee": true, "stadium": true, "fixture": true, "rugby": true, "cricket": true,
	"football": true, "soccer": true, "hockey": true, "olympic": true, "medal": true,
}

// sportsReport reports whether the document is a sports report: four different cue words or
// more, at least one in every 150 words.
func sportsReport(d *doc.Document) bool {
	seen := map[string]bool{}
	words, hits := 0, 0
	for _, f := range strings.FieldsFunc(d.Text, func(r rune) bool {
		return r != '-' && (r < 'a' || r > 'z') && (r < 'A' || r > 'Z')
	}) {
		words++
		if l := strings.ToLower(f); sportsCues[l] {
			seen[l] = true
			hits++
		}
	}
	return len(seen) >= 4 && hits*150 >= words
}

// teamsNotPlaces reads the countries a sports report names as sides as their teams:
// organisations standing for their country (metonyms with the role "team"), not the
// states: "Belgium beat Panama 3-0", "a second goal for Belgium". A country the text puts
// something in or at ("in Russia") stays the country.
func teamsNotPlaces(d *doc.Document, cs []cand) {
	for i := range cs {
		c := &cs[i]
		if c.kind != doc.MentionName || c.actor == nil || c.typ != "GPE" || c.titled {
			continue
		}
		// Countries, and the nations that field their own sides ("England", "Wales").
		if !c.actor.IsCountry() && (c.actor.Country == "" || strings.HasPrefix(c.actor.Key, "city-")) {
			continue
		}
		prev := lastWord(d.Text[:c.start])
		switch strings.ToLower(prev) {
		case "in", "at", "near", "across", "inside", "outside", "into", "throughout", "of":
			continue
		}
		// The side stands for its country the way "the Kremlin" stands for Russia's
		// government: one entity, the country, read here as an organisation (its team).
		c.typ, c.metonym, c.weak, c.role = "ORG", true, false, "team"
	}
}

// lastWord returns the last word of s, or "".
func lastWord(s string) string {
	s = strings.TrimRight(s, " \t\n")
	i := strings.LastIndexAny(s, " \t\n")
	return s[i+1:]
}
