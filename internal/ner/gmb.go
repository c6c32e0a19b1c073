package ner

import (
	"archive/zip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// Sentence is one annotated sentence: its words and their BIO labels over Types.
type Sentence struct {
	N      int // the sentence's number in its corpus (GMB: "Sentence: N")
	Words  []string
	Labels []string
}

// HeldOut reports whether GMB sentence number n belongs to the evaluation split (n%10 == 9).
// The model never trains on those, nor on the tuning split (n%10 == 8).
func HeldOut(n int) bool { return n%10 == 9 }

// Tuning reports whether GMB sentence number n belongs to the split used to tune training.
func Tuning(n int) bool { return n%10 == 8 }

// gmbTypes maps GMB's tag suffixes to Types; tim (time) is not a name and maps to "". GMB's
// gpe is nearly always a nationality ("Iraqi", "Palestinians": POS JJ or NNS) and stays GPE
// (OntoNotes would say NORP); the few proper-noun gpe ("Nepal") are places like GMB's geo
// countries, so LOC.
var gmbTypes = map[string]string{
	"per": "PER", "org": "ORG", "geo": "LOC", "gpe": "GPE",
	"art": "ART", "eve": "EVENT", "nat": "NAT", "tim": "",
}

// ReadGMB reads the GMB extract (ner_dataset.csv, latin-1, in a zip or bare) and returns its
// sentences with labels mapped to Types. Sequences GMB leaves invalid (an I- after O) are
// repaired to start with B-.
func ReadGMB(path string) ([]Sentence, error) {
	var rc io.ReadCloser
	if strings.HasSuffix(path, ".zip") {
		zr, err := zip.OpenReader(path)
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		defer zr.Close()
		var f *zip.File
		for _, zf := range zr.File {
			if strings.HasSuffix(zf.Name, ".csv") {
				f = zf
				break
			}
		}
		if f == nil {
			return nil, fmt.Errorf("ner: %s: no csv file inside", path)
		}
		r, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("ner: %s: %w", path, err)
		}
		rc = r
	} else {
		r, err := openFile(path)
		if err != nil {
			return nil, err
		}
		rc = r
	}
	defer rc.Close()
	return parseGMB(charmap.Windows1252.NewDecoder().Reader(rc), path)
}

func parseGMB(r io.Reader, name string) ([]Sentence, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	var out []Sentence
	line := 0
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			return nil, fmt.Errorf("ner: %s: %w", name, err)
		}
		if line == 1 && len(rec) > 0 && strings.HasPrefix(rec[0], "Sentence #") {
			continue
		}
		if len(rec) != 4 {
			return nil, fmt.Errorf("ner: %s:%d: want 4 fields, got %d", name, line, len(rec))
		}
		if s, ok := strings.CutPrefix(rec[0], "Sentence:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil {
				return nil, fmt.Errorf("ner: %s:%d: bad sentence number %q", name, line, rec[0])
			}
			out = append(out, Sentence{N: n})
		}
		if len(out) == 0 {
			return nil, fmt.Errorf("ner: %s:%d: token before the first sentence", name, line)
		}
		label, err := gmbLabel(rec[3], rec[2])
		if err != nil {
			return nil, fmt.Errorf("ner: %s:%d: %w", name, line, err)
		}
		s := &out[len(out)-1]
		prev := "O"
		if len(s.Labels) > 0 {
			prev = s.Labels[len(s.Labels)-1]
		}
		if strings.HasPrefix(label, "I-") && (prev == "O" || prev[2:] != label[2:]) {
			label = "B-" + label[2:]
		}
		s.Words = append(s.Words, strings.Clone(rec[1]))
		s.Labels = append(s.Labels, label)
	}
	return out, nil
}

func gmbLabel(tag, pos string) (string, error) {
	if tag == "O" {
		return "O", nil
	}
	bio, typ, ok := strings.Cut(tag, "-")
	ty, known := gmbTypes[typ]
	if !ok || !known || (bio != "B" && bio != "I") {
		return "", fmt.Errorf("unknown tag %q", tag)
	}
	if ty == "" {
		return "O", nil
	}
	if ty == "GPE" && strings.HasPrefix(pos, "NNP") {
		ty = "LOC"
	}
	return bio + "-" + ty, nil
}
