package main

import (
	"archive/zip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/charmap"

	"github.com/parallax-news/parallax/internal/postag"
)

// gmbTags maps GMB's tag spellings to GUM's (Penn Treebank as GUM writes it).
var gmbTags = map[string]string{"LRB": "-LRB-", "RRB": "-RRB-", ";": ":"}

// readGMB reads the GMB extract (ner_dataset.csv in a zip, Windows-1252) as tagged
// sentences. GMB tags every quotation mark “; within a sentence the second of a pair
// becomes ” as in GUM.
func readGMB(path string) ([]postag.Sentence, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var f *zip.File
	for _, zf := range zr.File {
		if strings.HasSuffix(zf.Name, ".csv") {
			f = zf
		}
	}
	if f == nil {
		return nil, errors.New("no csv in " + path)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	r := csv.NewReader(charmap.Windows1252.NewDecoder().Reader(rc))
	r.FieldsPerRecord = 4
	r.LazyQuotes = true
	if _, err := r.Read(); err != nil {
		return nil, err
	}
	var out []postag.Sentence
	var cur postag.Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			open := false
			for i, t := range cur.Tags {
				if t == "``" {
					if open {
						cur.Tags[i] = "''"
					}
					open = !open
				}
			}
			out = append(out, cur)
		}
		cur = postag.Sentence{}
	}
	for n := 2; ; n++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if strings.HasPrefix(rec[0], "Sentence:") {
			flush()
		}
		w, t := rec[1], rec[2]
		if m, ok := gmbTags[t]; ok {
			t = m
		}
		w = strings.NewReplacer("\u201c", "\"", "\u201d", "\"", "\u2019", "'", "\u2018", "'").Replace(w)
		cur.Words = append(cur.Words, w)
		cur.Tags = append(cur.Tags, t)
	}
	flush()
	return out, nil
}
