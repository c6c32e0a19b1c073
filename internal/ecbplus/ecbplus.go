// Package ecbplus reads the ECB+ corpus (Cybulska and Vossen): news articles grouped in
// topics, each topic holding articles on two similar but distinct events (<topic>_<n>ecb.xml
// and <topic>_<n>ecbplus.xml), with their tokens, the mentions of the events' participants,
// times and places, and the instances those mentions refer to across articles.
package ecbplus

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Article is one article rebuilt as text: one line per sentence, tokens joined by spaces
// except around punctuation.
type Article struct {
	Name  string // the file's name
	Topic string // the folder it is in
	Event string // "ecb" or "ecbplus": which of the topic's two events it reports
	Text  string
	// Mentions are the annotated mentions of participants and places, with the instance a
	// cross-document relation gives them ("" when none does).
	Mentions []Mention
}

// Mention is an annotated mention: its span in Text, its ECB+ tag (HUMAN_PART_PER,
// HUMAN_PART_ORG, LOC_GEO, ...) and its instance.
type Mention struct {
	Start, End int
	Tag        string
	Instance   string
}

type token struct {
	ID       string `xml:"t_id,attr"`
	Sentence int    `xml:"sentence,attr"`
	Text     string `xml:",chardata"`
}

type markable struct {
	XMLName xml.Name
	ID      string `xml:"m_id,attr"`
	Anchors []struct {
		ID string `xml:"t_id,attr"`
	} `xml:"token_anchor"`
}

type relation struct {
	XMLName xml.Name
	Note    string `xml:"note,attr"`
	Sources []struct {
		ID string `xml:"m_id,attr"`
	} `xml:"source"`
}

type document struct {
	Tokens    []token `xml:"token"`
	Markables struct {
		Items []markable `xml:",any"`
	} `xml:"Markables"`
	Relations struct {
		Items []relation `xml:",any"`
	} `xml:"Relations"`
}

// noSpaceBefore and noSpaceAfter undo the tokenisation well enough to read.
var (
	noSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, "!": true, "?": true, ")": true, "]": true, "'s": true, "n't": true, "'re": true, "'ve": true, "'ll": true, "'d": true, "'m": true, "%": true, "''": true}
	noSpaceAfter  = map[string]bool{"(": true, "[": true, "``": true, "$": true}
)

// Parse reads one article.
func Parse(name string, r io.Reader) (*Article, error) {
	var x document
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return nil, fmt.Errorf("ecbplus: %s: %w", name, err)
	}
	var b strings.Builder
	offs := make(map[string][2]int, len(x.Tokens))
	sent := -1
	prev := ""
	openQuote := false
	for _, t := range x.Tokens {
		tok := strings.TrimSpace(t.Text)
		if tok == "" {
			continue
		}
		if t.Sentence != sent {
			if b.Len() > 0 {
				b.WriteString("\n")
			}
			sent = t.Sentence
			prev = ""
			openQuote = false
		}
		out := tok
		switch tok {
		case "``", "''":
			out = "\""
		case "\"":
			openQuote = !openQuote
		}
		if prev != "" && !noSpaceBefore[tok] && !noSpaceAfter[prev] && !(tok == "\"" && !openQuote) && !(prev == "\"" && openQuote) {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(out)
		offs[t.ID] = [2]int{start, b.Len()}
		prev = tok
	}
	a := &Article{Name: name, Text: b.String()}
	instance := map[string]string{}
	for _, rel := range x.Relations.Items {
		if rel.XMLName.Local != "CROSS_DOC_COREF" && rel.XMLName.Local != "INTRA_DOC_COREF" || rel.Note == "" {
			continue
		}
		for _, s := range rel.Sources {
			if instance[s.ID] == "" {
				instance[s.ID] = rel.Note
			}
		}
	}
	for _, m := range x.Markables.Items {
		if len(m.Anchors) == 0 {
			continue // an instance's own record, anchored to no token
		}
		start, end := -1, -1
		for _, an := range m.Anchors {
			o, ok := offs[an.ID]
			if !ok {
				continue
			}
			if start < 0 || o[0] < start {
				start = o[0]
			}
			end = max(end, o[1])
		}
		if start < 0 {
			continue
		}
		a.Mentions = append(a.Mentions, Mention{Start: start, End: end, Tag: m.XMLName.Local, Instance: instance[m.ID]})
	}
	sort.SliceStable(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
	return a, nil
}

// Load reads the ECB+ topics under root: root/<topic>/*.xml, in topic and file order.
func Load(root string) ([]*Article, error) {
	topics, err := os.ReadDir(root)
	if err != nil {
		return nil, fmt.Errorf("ecbplus: %w", err)
	}
	var out []*Article
	for _, t := range topics {
		if !t.IsDir() {
			continue
		}
		files, err := filepath.Glob(filepath.Join(root, t.Name(), "*.xml"))
		if err != nil {
			return nil, fmt.Errorf("ecbplus: %w", err)
		}
		sort.Strings(files)
		for _, f := range files {
			fh, err := os.Open(f)
			if err != nil {
				return nil, fmt.Errorf("ecbplus: %w", err)
			}
			a, err := Parse(f, fh) // an error names the file's whole path
			fh.Close()
			if err != nil {
				return nil, err
			}
			a.Name, a.Topic = filepath.Base(f), t.Name()
			a.Event = "ecb"
			if strings.HasSuffix(f, "ecbplus.xml") {
				a.Event = "ecbplus"
			}
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("ecbplus: no ECB+ topics under %s", root)
	}
	return out, nil
}

// Is reports whether root holds ECB+ topics: folders of <topic>_<n>ecb.xml or
// <topic>_<n>ecbplus.xml files.
func Is(root string) bool {
	for _, g := range []string{"*/*ecb.xml", "*/*ecbplus.xml"} {
		if m, _ := filepath.Glob(filepath.Join(root, g)); len(m) > 0 {
			return true
		}
	}
	return false
}
