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
// more, at least one in every 150 words. It reads every document, so it scans the text in
// place: no word list, no lower-cased copies.
func sportsReport(d *doc.Document) bool {
	var seen map[string]bool
	var buf [16]byte // every cue word is shorter
	words, hits := 0, 0
	text := d.Text
	for i := 0; i < len(text); {
		if !wordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && wordByte(text[j]) {
			j++
		}
		words++
		if n := j - i; n <= len(buf) {
			for k := range n {
				c := text[i+k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[k] = c
			}
			if w := buf[:n]; sportsCues[string(w)] { // no allocation: a map lookup on a []byte conversion
				if seen == nil {
					seen = map[string]bool{}
				}
				seen[string(w)] = true
				hits++
			}
		}
		i = j
	}
	return len(seen) >= 4 && hits*150 >= words
}

// wordByte reports whether b is part of a word for sportsReport: an ASCII letter or a hyphen.
func wordByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '-' }

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
