package ner

import (
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/internal/conllu"
	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
)

// gumDoc is a GUM document rebuilt as cleaned text with its sentences, tokens and the spans of
// its named mentions (mentions headed by a proper noun) of people, organisations and places.
type gumDoc struct {
	name string
	d    doc.Document
	gold []gumMention
}

type gumMention struct {
	start, end int
	typ        string
}

// gumTypes maps GUM's entity types to the scored types.
var gumTypes = map[string]string{"person": "PER", "organization": "ORG", "place": "LOC"}

// GUMWord is a GUM token placed in a text rebuilt from the tokens: its byte span there.
type GUMWord struct {
	GUMToken
	Start, End int
}

// GUMSpan is a named mention of GUMNames as a byte span of the rebuilt text.
type GUMSpan struct {
	Start, End int
	Type       string
}

// GUMSpans returns the named mentions of one sentence (see GUMNames) as byte spans.
func GUMSpans(sent []GUMWord) ([]GUMSpan, error) {
	toks := make([]GUMToken, len(sent))
	for i, t := range sent {
		toks[i] = t.GUMToken
	}
	names, err := GUMNames(toks)
	if err != nil {
		return nil, err
	}
	out := make([]GUMSpan, 0, len(names))
	for _, n := range names {
		out = append(out, GUMSpan{sent[n.From].Start, sent[n.To].End, n.Type})
	}
	return out, nil
}

// readGUM reads a GUM CoNLL-U file.
func readGUM(path string) (*gumDoc, error) {
	g := &gumDoc{name: strings.TrimSuffix(filepath.Base(path), ".conllu")}
	var text strings.Builder
	var sent []GUMWord
	err := conllu.ReadFile(path, func(s conllu.Sentence) error {
		sent = sent[:0]
		for i, w := range s.Words {
			if i > 0 && s.Words[i-1].SpaceAfter() {
				text.WriteByte(' ')
			}
			t := GUMWord{GUMToken: GUMToken{Form: w.Form, UPOS: w.UPOS, XPOS: w.XPOS, Head: w.Head, Deprel: w.Deprel, Misc: w.Misc}, Start: text.Len()}
			text.WriteString(w.Form)
			t.End = text.Len()
			sent = append(sent, t)
		}
		ms, err := gumMentions(sent)
		if err != nil {
			return fmt.Errorf("ner: %s:%d: %w", path, s.Line, err)
		}
		g.gold = append(g.gold, ms...)
		g.d.Sentences = append(g.d.Sentences, doc.Sentence{Start: sent[0].Start, End: sent[len(sent)-1].End})
		for _, t := range sent {
			g.d.Tokens = append(g.d.Tokens, doc.Token{Start: t.Start, End: t.End, Tag: t.UPOS})
		}
		text.WriteString("\n")
		return nil
	})
	if err != nil {
		return nil, err
	}
	g.d.Text = text.String()
	return g, nil
}

// gumMentions returns the named person, organisation and place mentions of one sentence
// as byte spans (see GUMNames for which and how they are cut).
func gumMentions(sent []GUMWord) ([]gumMention, error) {
	spans, err := GUMSpans(sent)
	if err != nil {
		return nil, err
	}
	out := make([]gumMention, len(spans))
	for i, sp := range spans {
		out[i] = gumMention{sp.Start, sp.End, sp.Type}
	}
	return out, nil
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// gumGlue are the function words and hyphens a name may hold ("Daughters of the American
// Revolution", "Udvar - Hazy" as GUM splits it).
var gumGlue = map[string]bool{"of": true, "the": true, "and": true, "for": true, "&": true, "de": true, "-": true, "–": true}

// isTitleWord reports whether a capitalised word is a title ("President", "Ambassador"),
// by the title list and, for full words, the shape of common title words.
func isTitleWord(w string) bool {
	l := strings.TrimSuffix(lowerFold(w), ".")
	return titleWords[l] || extraTitles[l]
}

// extraTitles are titles common in news beyond those the tagger's lexicon test finds.
var extraTitles = map[string]bool{
	"ambassador": true, "minister": true, "prime": true, "general": true, "governor": true,
	"mayor": true, "chancellor": true, "premier": true, "judge": true, "justice": true,
	"chairman": true, "chairwoman": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "director": true, "administrator": true, "mp": true, "mps": true, "commissioner": true, "representative": true,
	"pastor": true, "reverend": true, "coach": true, "professor": true, "doctor": true,
	"officer": true, "detective": true, "sergeant": true, "captain": true, "colonel": true,
	"lieutenant": true, "admiral": true, "commander": true, "chief": true, "foreign": true,
	"defence": true, "defense": true, "vice": true, "deputy": true, "acting": true, "former": true,
}

// evaluateGUM scores Spans on every GUM CoNLL-U file in dir: exact spans of named person,
// organisation and place mentions (GPE and the other model types are not scored; a leading
// "the" is dropped from both sides).
func evaluateGUM(t *Tagger, dir string, maxErrors int) (scores, int, error) {
	r := scores{byType: map[string]*eval.PRF{"PER": {}, "ORG": {}, "LOC": {}}}
	all, err := filepath.Glob(filepath.Join(dir, "*.conllu"))
	if err != nil {
		return r, 0, fmt.Errorf("ner: %w", err)
	}
	trained := map[string]bool{}
	for _, l := range strings.Fields(gumTrained) {
		trained[l] = true
	}
	var files []string
	for _, f := range all {
		if !trained[strings.TrimSuffix(filepath.Base(f), ".conllu")] {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		return r, 0, fmt.Errorf("ner: no .conllu files in %s that the model did not train on", dir)
	}
	sort.Strings(files)
	for _, f := range files {
		g, err := readGUM(f)
		if err != nil {
			return r, 0, err
		}
		r.words += len(g.d.Tokens)
		gold := map[gumMention]bool{}
		for _, m := range g.gold {
			gold[m] = true
		}
		got := map[gumMention]bool{}
		{
			for _, sp := range t.Document(&g.d) {
				ty := sp.Type
				if ty != "PER" && ty != "ORG" && ty != "LOC" {
					continue
				}
				start := sp.Start
				if w := g.d.Text[start:sp.End]; len(w) > 4 && strings.EqualFold(w[:4], "the ") {
					start += 4
				}
				m := gumMention{start, sp.End, ty}
				got[m] = true
				if gold[m] {
					r.byType[ty].TP++
				} else {
					r.byType[ty].FP++
					if len(r.errors) < maxErrors {
						r.errors = append(r.errors, fmt.Sprintf("%s: false %s %q", g.name, ty, g.d.Text[m.start:m.end]))
					}
				}
			}
		}
		for _, m := range g.gold {
			if !got[m] {
				r.byType[m.typ].FN++
				if len(r.errors) < maxErrors {
					r.errors = append(r.errors, fmt.Sprintf("%s: missed %s %q", g.name, m.typ, g.d.Text[m.start:m.end]))
				}
			}
		}
	}
	for _, ty := range []string{"PER", "ORG", "LOC"} {
		r.micro.Add(*r.byType[ty])
	}
	return r, len(files), nil
}

// ReadGUMTrain reads the GUM documents that splits (GUM's splits.md) lists under "## train"
// from dir and returns their sentences labelled with the named mentions evaluateGUM scores
// (flat: an outer name wins over one nested in it), plus GPE (nationalities, as GMB tags them) for capitalised adjectives
// and plural proper nouns outside any name ("Afghan", "Muslims"), which GMB tags gpe.
//
// Only documents of the given genres (the part of the name after "GUM_": "news", "academic",
// ...) are read, none when genres is empty, and none that exclude names. It also returns the
// names of the documents read.
func ReadGUMTrain(dir, splits string, genres []string, exclude ...string) ([]Sentence, []string, error) {
	b, err := os.ReadFile(splits)
	if err != nil {
		return nil, nil, fmt.Errorf("ner: %w", err)
	}
	var train, read []string
	section := ""
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if h, ok := strings.CutPrefix(l, "## "); ok {
			section = strings.TrimSpace(h)
			continue
		}
		if name, ok := strings.CutPrefix(l, "* "); ok && section == "train" {
			name = strings.TrimSpace(name)
			for _, g := range genres {
				if strings.HasPrefix(name, "GUM_"+g+"_") && !slices.Contains(exclude, name) {
					train = append(train, name)
				}
			}
		}
	}
	sort.Strings(train)
	var out []Sentence
	n := 0
	for _, name := range train {
		path := filepath.Join(dir, name+".conllu")
		if _, err := os.Stat(path); err != nil {
			continue // the folder holds only some genres
		}
		g, err := readGUM(path)
		if err != nil {
			return nil, nil, err
		}
		read = append(read, name)
		gi := 0
		ti := 0
		for _, sent := range g.d.Sentences {
			var s Sentence
			n++
			s.N = -n
			first := ti
			for ti < len(g.d.Tokens) && g.d.Tokens[ti].End <= sent.End {
				tk := g.d.Tokens[ti]
				s.Words = append(s.Words, g.d.Text[tk.Start:tk.End])
				s.Labels = append(s.Labels, "O")
				ti++
			}
			toks := g.d.Tokens[first:ti]
			for ; gi < len(g.gold) && g.gold[gi].start < sent.End; gi++ {
				m := g.gold[gi]
				i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.start })
				j := sort.Search(len(toks), func(k int) bool { return toks[k].End >= m.end })
				if i >= len(toks) || j >= len(toks) || toks[i].Start != m.start || toks[j].End != m.end {
					continue
				}
				free := true
				for k := i; k <= j; k++ {
					free = free && s.Labels[k] == "O"
				}
				if !free {
					continue
				}
				for k := i; k <= j; k++ {
					s.Labels[k] = "I-" + m.typ
				}
				s.Labels[i] = "B-" + m.typ
			}
			for k, tk := range toks {
				w := s.Words[k]
				if s.Labels[k] == "O" && k > 0 && capitalised(w) && (tk.Tag == "ADJ" || strings.HasSuffix(w, "s") && tk.Tag == "PROPN" && !isTitleWord(w)) && gumDemonym(w) {
					s.Labels[k] = "B-GPE"
				}
			}
			out = append(out, s)
		}
	}
	return out, read, nil
}

// gumDemonym reports whether a capitalised word looks like a nationality or group name by
// its ending ("Afghan", "Iraqi", "Chinese", "Muslims").
func gumDemonym(w string) bool {
	l := strings.TrimSuffix(strings.ToLower(w), "s")
	for _, suf := range []string{"an", "ian", "ese", "ish", "i", "ic", "ch", "im"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// gumTrained lists the GUM documents the embedded model was trained on, one a line (written
// by tools/trainner); evaluateGUM leaves them out.
//
//go:embed gumtrain.txt
var gumTrained string

// GUMF1 is the micro F1 of t's Spans on the GUM CoNLL-U files in dir (see Evaluate).
func GUMF1(t *Tagger, dir string) (float64, error) {
	r, _, err := evaluateGUM(t, dir, 0)
	return r.micro.F1(), err
}
