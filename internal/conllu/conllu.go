package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word of a sentence (multi-word token lines such as "1-2" and empty
// nodes such as "1.1" are not words and are skipped).
type Word struct {
	ID                      int
	Form, Lemma, UPOS, XPOS string
	Head                    int // 0 for the root, or when the column is "_"
	Deprel, Misc            string
}

// SpaceAfter reports whether the text has a space after the word (MISC lacks
// SpaceAfter=No).
func (w Word) SpaceAfter() bool { return !strings.Contains(w.Misc, "SpaceAfter=No") }

// Sentence is one sentence: the comment lines before it, in order and without their "# "
// ("newpar", "text = ..."), its words, and the line number of its last line.
type Sentence struct {
	Comments []string
	Words    []Word
	Line     int
}

// Comment returns the value of the comment "key = value", or "".
func (s Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		if v, ok := strings.CutPrefix(c, key+" = "); ok {
			return v
		}
	}
	return ""
}

// Has reports whether the sentence has the comment key, bare ("newpar") or with a value
// ("newdoc id = x").
func (s Sentence) Has(key string) bool {
	for _, c := range s.Comments {
		if c == key || strings.HasPrefix(c, key+" ") {
			return true
		}
	}
	return false
}

// Read calls fn with each sentence of r in order; name names r in errors. A line with other
// than ten columns or a head that is not a number is an error with its line; so is an error
// fn returns, which stops the reading. Comments after the last sentence are dropped.
func Read(r io.Reader, name string, fn func(Sentence) error) error {
	var cur Sentence
	flush := func() error {
		if len(cur.Words) == 0 {
			return nil
		}
		err := fn(cur)
		cur = Sentence{}
		return err
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		switch {
		case strings.TrimSpace(l) == "":
			if err := flush(); err != nil {
				return err
			}
			continue
		case strings.HasPrefix(l, "#"):
			if len(cur.Words) > 0 { // a comment without the blank line before it
				if err := flush(); err != nil {
					return err
				}
			}
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(l, "#")))
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return fmt.Errorf("conllu: %s:%d: want 10 columns, got %d", name, n, len(f))
		}
		cur.Line = n
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return fmt.Errorf("conllu: %s:%d: bad word id %q", name, n, f[0])
		}
		head := 0
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil {
				return fmt.Errorf("conllu: %s:%d: bad head %q", name, n, f[6])
			}
		}
		cur.Words = append(cur.Words, Word{ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: head, Deprel: f[7], Misc: f[9]})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("conllu: %s: %w", name, err)
	}
	return flush()
}

// ReadFile reads the file at path with Read.
func ReadFile(path string, fn func(Sentence) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("conllu: %w", err)
	}
	defer f.Close()
	return Read(f, path, fn)
}
