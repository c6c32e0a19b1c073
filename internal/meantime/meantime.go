// Package meantime reads the MEANTIME corpus (NewsReader, English Wikinews articles in CAT
// XML): each article's text rebuilt from its tokens with byte offsets, its time expressions,
// and its entity mentions with the entity instance each refers to. Instance ids are shared
// by the articles of one corpus, so they give cross-document identity.
package meantime

import (
	"encoding/xml"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// AnnotatedSentences is how many sentences (title and creation-time line included) of each
// article carry the time and entity annotation; the rest is annotated for other layers only.
const AnnotatedSentences = 6

// Article is one annotated article.
type Article struct {
	Name   string // the file's name
	Corpus string // the folder it is in ("corpus_apple"): one topic
	Text   string
	// Scope is the end of the annotated part of the text (sentences before
	// AnnotatedSentences).
	Scope int
	// DateLine is the span of the creation-time line (sentence 1); empty if none.
	DateLine [2]int
	Timexes  []Timex
	Mentions []Mention
}

// Timex is an annotated time expression. Start is -1 for one anchored to no token (a
// creation time given only as a value).
type Timex struct {
	Start, End int
	Type       string
	Value      string
	Function   string // "CREATION_TIME" for the article's own date
}

// Mention is an annotated entity mention: its span, its syntactic type (NAM for a name,
// PRE.NAM for a name modifying a noun, NOM, PRO, APP, CONJ, ...), and the type (PER, ORG,
// LOC, PRO, FIN, MIX) and instance id of the entity it refers to, empty when the
// annotation links it to none.
type Mention struct {
	Start, End int
	Syntactic  string
	Type       string
	Instance   string
}

type anchor struct {
	ID string `xml:"t_id,attr"`
}

type catXML struct {
	Tokens []struct {
		ID       string `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Timex []struct {
			Type     string   `xml:"type,attr"`
			Value    string   `xml:"value,attr"`
			Function string   `xml:"functionInDocument,attr"`
			Anchors  []anchor `xml:"token_anchor"`
		} `xml:"TIMEX3"`
		Mentions []struct {
			ID        string   `xml:"m_id,attr"`
			Syntactic string   `xml:"syntactic_type,attr"`
			Anchors   []anchor `xml:"token_anchor"`
		} `xml:"ENTITY_MENTION"`
		Entities []struct {
			ID       string `xml:"m_id,attr"`
			Type     string `xml:"ent_type,attr"`
			Instance string `xml:"instance_id,attr"`
		} `xml:"ENTITY"`
	} `xml:"Markables"`
	Relations struct {
		RefersTo []struct {
			Sources []struct {
				ID string `xml:"m_id,attr"`
			} `xml:"source"`
			Target struct {
				ID string `xml:"m_id,attr"`
			} `xml:"target"`
		} `xml:"REFERS_TO"`
	} `xml:"Relations"`
}

// noSpaceBefore and noSpaceAfter rebuild the original spacing around tokens.
var noSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, "!": true, "?": true,
	")": true, "]": true, "%": true, "'s": true, "n't": true, "'": true, "'re": true, "'ve": true,
	"'ll": true, "'d": true, "'m": true}
var noSpaceAfter = map[string]bool{"(": true, "[": true, "$": true, "US$": true, "#": true}

// Parse reads one article. The title and the creation-time line are paragraphs of their
// own; other tokens are joined by spaces except around punctuation.
func Parse(name string, data []byte) (*Article, error) {
	var x catXML
	if err := xml.Unmarshal(data, &x); err != nil {
		return nil, fmt.Errorf("meantime: %s: %w", name, err)
	}
	var b strings.Builder
	offs := make(map[string][2]int, len(x.Tokens))
	a := &Article{Name: name}
	prevSent, prevTok := -1, ""
	for _, t := range x.Tokens {
		txt := strings.TrimSpace(t.Text)
		if b.Len() > 0 {
			switch {
			case t.Sentence != prevSent && prevSent < 2:
				b.WriteString("\n\n")
			case noSpaceBefore[txt] || noSpaceAfter[prevTok]:
			default:
				b.WriteByte(' ')
			}
		}
		s := b.Len()
		b.WriteString(txt)
		offs[t.ID] = [2]int{s, b.Len()}
		if t.Sentence == 1 {
			if a.DateLine[1] == 0 {
				a.DateLine[0] = s
			}
			a.DateLine[1] = b.Len()
		}
		if t.Sentence < AnnotatedSentences {
			a.Scope = b.Len()
		}
		prevSent, prevTok = t.Sentence, txt
	}
	a.Text = b.String()
	span := func(what string, as []anchor) (int, int, error) {
		s, e := -1, -1
		for _, an := range as {
			o, ok := offs[an.ID]
			if !ok {
				return 0, 0, fmt.Errorf("meantime: %s: %s anchors unknown token %q", name, what, an.ID)
			}
			if s < 0 || o[0] < s {
				s = o[0]
			}
			if o[1] > e {
				e = o[1]
			}
		}
		return s, e, nil
	}
	for _, tx := range x.Markables.Timex {
		s, e, err := span("TIMEX3", tx.Anchors)
		if err != nil {
			return nil, err
		}
		a.Timexes = append(a.Timexes, Timex{Start: s, End: e, Type: tx.Type, Value: tx.Value, Function: tx.Function})
	}
	type ent struct{ typ, inst string }
	ents := map[string]ent{}
	for _, e := range x.Markables.Entities {
		ents[e.ID] = ent{e.Type, e.Instance}
	}
	refers := map[string]string{}
	for _, r := range x.Relations.RefersTo {
		for _, s := range r.Sources {
			refers[s.ID] = r.Target.ID
		}
	}
	for _, m := range x.Markables.Mentions {
		if len(m.Anchors) == 0 {
			continue
		}
		s, e, err := span("ENTITY_MENTION", m.Anchors)
		if err != nil {
			return nil, err
		}
		en := ents[refers[m.ID]]
		a.Mentions = append(a.Mentions, Mention{Start: s, End: e, Syntactic: m.Syntactic, Type: en.typ, Instance: en.inst})
	}
	sort.SliceStable(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
	return a, nil
}

// Load reads every .xml article under path (a file or a directory), sorted by path. An
// article's Corpus is the name of the folder it is in.
func Load(path string) ([]*Article, error) {
	var files []string
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("meantime: %w", err)
	}
	if !st.IsDir() {
		files = []string{path}
	} else {
		err = filepath.WalkDir(path, func(p string, de fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !de.IsDir() && strings.HasSuffix(p, ".xml") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("meantime: %w", err)
		}
	}
	sort.Strings(files)
	var out []*Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("meantime: %w", err)
		}
		a, err := Parse(filepath.Base(f), data)
		if err != nil {
			return nil, err
		}
		a.Corpus = filepath.Base(filepath.Dir(f))
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("meantime: no .xml articles under %s", path)
	}
	return out, nil
}
