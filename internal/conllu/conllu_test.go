package conllu

import (
	"strings"
	"testing"
)

const sample = "# newdoc id = d1\n# newpar\n# text = Aid arrived.\n" +
	"1\tAid\taid\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n" +
	"2\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
	"3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n" +
	"# text = Don't go.\n" +
	"1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n" +
	"2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n" +
	"2.1\tghost\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"

func TestRead(t *testing.T) {
	var got []Sentence
	if err := Read(strings.NewReader(sample), "sample", func(s Sentence) error {
		got = append(got, s)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d sentences, want 2", len(got))
	}
	s := got[0]
	if !s.Has("newdoc") || !s.Has("newpar") || s.Comment("text") != "Aid arrived." || s.Line != 6 {
		t.Errorf("first sentence comments %q, line %d", s.Comments, s.Line)
	}
	if w := s.Words[1]; w.Form != "arrived" || w.Lemma != "arrive" || w.UPOS != "VERB" || w.XPOS != "VBD" || w.Head != 0 || w.Deprel != "root" || w.SpaceAfter() {
		t.Errorf("word 2 = %+v", w)
	}
	if s.Words[0].Head != 2 || !s.Words[0].SpaceAfter() {
		t.Errorf("word 1 = %+v", s.Words[0])
	}
	if forms := len(got[1].Words); forms != 3 || got[1].Has("newpar") {
		t.Errorf("second sentence: %d words (want 3: the range and the empty node skipped), comments %q", forms, got[1].Comments)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"columns", "1\tAid\taid\n", "sample:1: want 10 columns, got 3"},
		{"head", "1\tAid\taid\tNOUN\tNN\t_\tx\tnsubj\t_\t_\n", "sample:1: bad head \"x\""},
		{"id", "a\tAid\taid\tNOUN\tNN\t_\t1\tnsubj\t_\t_\n", "sample:1: bad word id \"a\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Read(strings.NewReader(tc.in), "sample", func(Sentence) error { return nil })
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Read = %v, want an error with %q", err, tc.want)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("# x\n\n\n1\t\t\t\t\t\t\t\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		_ = Read(strings.NewReader(in), "fuzz", func(s Sentence) error {
			if len(s.Words) == 0 {
				t.Fatalf("empty sentence passed on: %+v", s)
			}
			return nil
		})
	})
}
