package event

import "github.com/parallax-news/parallax/internal/doc"

// Accusation and denial frames. "X accused Y of shelling the village": the outlet asserts
// the accusation (CAMEO 112), not the shelling, so the acts inside the accusation's
// complement are left uncoded. "X denied firing on the village", "X rejected claims that
// it had shelled": the acts inside a denial's complement are negated.

// accuseLemmas open an accusation whose complement follows "of", "for" or "that".
var accuseLemmas = map[string]bool{"accuse": true, "blame": true, "allege": true, "accusation": true, "allegation": true, "accusations": true, "allegations": true}

// denyLemmas open a denial whose complement follows directly or after "that" or a claim noun.
var denyLemmas = map[string]bool{"deny": true, "reject": true, "dismiss": true, "refute": true, "rebuff": true}

// frameEnd words close the clause a frame reaches.
var frameEnd = map[string]bool{";": true, "but": true, "while": true, "whereas": true, "although": true, ":": true}

// frameScopes marks, for every token of the sentence, whether it lies inside the complement
// of an accusation (accused) or of a denial (denied). The frame's own trigger is outside.
func (s *sent) frameScopes() (accused, denied []bool) {
	n := len(s.toks)
	accused, denied = make([]bool, n), make([]bool, n)
	for k := 0; k < n; k++ {
		t := s.toks[k]
		switch {
		case denyLemmas[t.lemma] || denyLemmas[t.low]:
			// "denied firing", "denied that", "rejected accusations that", "denies shelling"
			j := k + 1
			for j < n && (auxLike(s.toks[j]) || determiners[s.toks[j].low]) {
				j++
			}
			if j < n && (accuseLemmas[s.toks[j].lemma] || accuseLemmas[s.toks[j].low] || s.toks[j].low == "reports" || s.toks[j].low == "claims" || s.toks[j].low == "claim" || s.toks[j].low == "suggestions") {
				j++
			}
			if j < n && s.toks[j].low == "that" {
				j++
			}
			mark(s, denied, j)
			k = j - 1 // "rejected accusations that": the accusation is the one denied
		case accuseLemmas[t.lemma] || accuseLemmas[t.low]:
			// "accused Y (on Tuesday) of", "blamed Y for", "accusations that", "alleged that"
			for j := k + 1; j < n && j <= k+8; j++ {
				u := s.toks[j].low
				if u == "on" && t.lemma == "blame" {
					// "blamed the deaths on a militia": the blamed act lies before "on".
					for q := k + 1; q < j; q++ {
						accused[q] = true
					}
					break
				}
				if u == "of" || u == "for" || u == "that" {
					mark(s, accused, j+1)
					break
				}
				if frameEnd[u] || u == "," || u == "." || u == "and" {
					break
				}
			}
		}
	}
	return accused, denied
}

// mark sets in[k] from token j to the end of the clause.
func mark(s *sent, in []bool, j int) {
	for k := j; k < len(s.toks); k++ {
		if frameEnd[s.toks[k].low] {
			return
		}
		in[k] = true
	}
}

// crowdNouns name collective, unnamed targets of coercion and accusation ("detained dozens
// of people", "fired tear gas at the crowd", "accused the opposition"), with their sector.
var crowdNouns = map[string]string{
	"protesters": "CVL", "protestors": "CVL", "demonstrators": "CVL", "rally": "CVL", "rallies": "CVL",
	"crowd": "CVL", "crowds": "CVL", "people": "CVL", "marchers": "CVL", "protest": "CVL", "protests": "CVL",
	"demonstration": "CVL", "demonstrations": "CVL", "civilians": "CVL", "residents": "CVL", "villagers": "CVL",
	"students": "EDU", "journalists": "MED", "reporters": "MED", "activists": "CVL", "detainees": "CVL",
	"opposition": "OPP", "dissidents": "OPP", "critics": "OPP", "migrants": "REF", "refugees": "REF",
	"police": "COP", "officers": "COP", "policemen": "COP", "troops": "MIL", "soldiers": "MIL",
	"gunmen": "REB", "militants": "REB", "fighters": "REB", "rebels": "REB", "insurgents": "REB",
	"worshippers": "REL", "offenders": "CVL", "suspects": "CVL", "rioters": "CVL", "workers": "LAB", "strikers": "LAB",
}

// genericTarget finds an unnamed group as the object of the trigger ending at token b: the
// first group noun within the clause, a few words on. Its text is its name.
func (s *sent) genericTarget(b int) *doc.Actor {
	for k := b; k < len(s.toks) && k < b+10; k++ {
		t := s.toks[k]
		if t.ment >= 0 || frameEnd[t.low] || t.low == "," || t.low == "." || relPronouns[t.low] {
			return nil
		}
		if t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
			return nil
		}
		sec, ok := crowdNouns[t.low]
		if !ok || k+1 < len(s.toks) && s.compoundHead(k+1) {
			continue
		}
		sp := s.textSpan(k, k+1)
		return &doc.Actor{Name: sp.Text, Sector: sec, Code: sec, Text: sp.Text, Start: sp.Start, End: sp.End}
	}
	return nil
}

// genericSubject finds an unnamed group as the subject of the passive verb group starting
// at token a ("47 protesters had been detained").
func (s *sent) genericSubject(a int) *doc.Actor {
	k := a - 1
	for k >= 0 && auxLike(s.toks[k]) {
		k--
	}
	if k < 0 || s.toks[k].ment >= 0 {
		return nil
	}
	sec, ok := crowdNouns[s.toks[k].low]
	if !ok {
		return nil
	}
	sp := s.textSpan(k, k+1)
	return &doc.Actor{Name: sp.Text, Sector: sec, Code: sec, Text: sp.Text, Start: sp.Start, End: sp.End}
}

// armedNouns are the unnamed groups that can be the source of coercion or force
// ("Officers fired water cannon at the crowd").
var armedNouns = map[string]bool{"police": true, "officers": true, "policemen": true, "troops": true, "soldiers": true,
	"gunmen": true, "militants": true, "fighters": true, "rebels": true, "insurgents": true}

// genericSource finds an unnamed armed group as the subject of the active verb group
// starting at token a: the noun right before it (past auxiliaries), which opens the clause
// or follows a determiner or an adjective.
func (s *sent) genericSource(a int) *doc.Actor {
	k := a - 1
	for k >= 0 && auxLike(s.toks[k]) {
		k--
	}
	if k < 0 || s.toks[k].ment >= 0 || !armedNouns[s.toks[k].low] {
		return nil
	}
	sp := s.textSpan(k, k+1)
	sec := crowdNouns[s.toks[k].low]
	return &doc.Actor{Name: sp.Text, Sector: sec, Code: sec, Text: sp.Text, Start: sp.Start, End: sp.End}
}
