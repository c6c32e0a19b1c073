package e2e

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// ecbDoc is one ECB+ article: its tokens and their sentence numbers.
type ecbDoc struct {
	XMLName xml.Name   `xml:"Document"`
	Name    string     `xml:"doc_name,attr"`
	Tokens  []ecbToken `xml:"token"`
}

type ecbToken struct {
	Sentence int    `xml:"sentence,attr"`
	Text     string `xml:",chardata"`
}

// article is an ECB+ article rebuilt as text, with its topic and which of the topic's two
// events it reports ("ecb" or "ecbplus").
type article struct {
	Topic, Event, Name string
	Doc                *doc.Document
}

// readECB reads the ECB+ topics under root: root/<topic>/<topic>_<n>ecb.xml and
// ...ecbplus.xml, each an article of one of the topic's two events.
func readECB(root string) (map[string][]article, error) {
	topics, err := os.ReadDir(root)
	if err != nil {
		return nil, fmt.Errorf("e2e: %w", err)
	}
	out := map[string][]article{}
	for _, t := range topics {
		if !t.IsDir() {
			continue
		}
		files, err := filepath.Glob(filepath.Join(root, t.Name(), "*.xml"))
		if err != nil {
			return nil, fmt.Errorf("e2e: %w", err)
		}
		sort.Strings(files)
		for _, f := range files {
			ev := "ecb"
			if strings.HasSuffix(f, "ecbplus.xml") {
				ev = "ecbplus"
			}
			fh, err := os.Open(f)
			if err != nil {
				return nil, fmt.Errorf("e2e: %w", err)
			}
			d, err := parseECB(fh)
			fh.Close()
			if err != nil {
				return nil, fmt.Errorf("e2e: %s: %w", f, err)
			}
			d.File = f
			d.ID = filepath.Base(f)
			out[t.Name()] = append(out[t.Name()], article{Topic: t.Name(), Event: ev, Name: filepath.Base(f), Doc: d})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("e2e: no ECB+ topics under %s", root)
	}
	return out, nil
}

// noSpaceBefore and noSpaceAfter undo the tokenisation well enough to read.
var (
	noSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, "!": true, "?": true, ")": true, "]": true, "'s": true, "n't": true, "'re": true, "'ve": true, "'ll": true, "'d": true, "'m": true, "%": true, "''": true}
	noSpaceAfter  = map[string]bool{"(": true, "[": true, "``": true, "$": true}
)

// parseECB rebuilds the article's text from its tokens: one line per sentence, the first
// sentence (the headline in ECB+) as the title.
func parseECB(r io.Reader) (*doc.Document, error) {
	var x ecbDoc
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return nil, err
	}
	var b strings.Builder
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
		case "``":
			out = "\""
		case "''":
			out = "\""
		case "\"":
			openQuote = !openQuote
		}
		space := prev != "" && !noSpaceBefore[tok] && !noSpaceAfter[prev] && !(tok == "\"" && !openQuote) && !(prev == "\"" && openQuote)
		if space {
			b.WriteByte(' ')
		}
		b.WriteString(out)
		prev = tok
	}
	text := b.String()
	d := &doc.Document{Text: text, Lang: "en"}
	if i := strings.IndexByte(text, '\n'); i > 0 {
		d.Title = text[:i]
	}
	return d, nil
}
