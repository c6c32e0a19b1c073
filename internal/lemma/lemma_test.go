package lemma

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/eval"
	"github.com/parallax-news/parallax/internal/segment"
)

func TestLemma(t *testing.T) {
	tests := []struct {
		name, word, tag, want string
	}{
		{"irregular past", "left", "VBD", "leave"},
		{"irregular participle", "taken", "VBN", "take"},
		{"base form stays", "saw", "VB", "saw"},
		{"regular past", "announced", "VBD", "announce"},
		{"doubled consonant", "stopped", "VBD", "stop"},
		{"y plural verb", "carries", "VBZ", "carry"},
		{"gerund e", "making", "VBG", "make"},
		{"gerund doubled", "running", "VBG", "run"},
		{"be", "was", "VBD", "be"},
		{"contraction", "'re", "VBP", "be"},
		{"typographic contraction", "’s", "VBZ", "be"},
		{"negation", "n't", "RB", "not"},
		{"possessive", "'s", "POS", "'s"},
		{"pronoun", "them", "PRP", "they"},
		{"capitalised pronoun", "Him", "PRP", "he"},
		{"plural", "missiles", "NNS", "missile"},
		{"irregular plural", "men", "NNS", "man"},
		{"ies plural", "countries", "NNS", "country"},
		{"ches plural", "churches", "NNS", "church"},
		{"unknown plural", "drones", "NNS", "drone"},
		{"unknown verb", "tweeted", "VBD", "tweet"},
		{"proper noun lower-cased", "Putin", "NNP", "putin"},
		{"comparative", "bigger", "JJR", "big"},
		{"irregular comparative", "better", "JJR", "good"},
		{"superlative", "largest", "JJS", "large"},
		{"adverb comparative", "later", "RBR", "late"},
		{"noun singular", "news", "NN", "news"},
		{"article", "an", "DT", "a"},
		{"number", "40,000", "CD", "40000"},
		{"decimal number", "1,200.5", "CD", "1200.5"},
		{"not a number", "1,2", "CD", "1,2"},
		{"plural-only noun", "remains", "NNS", "remains"},
		{"no doubling in nouns", "odds", "NNS", "odd"},
		{"plural of -se noun", "senses", "NNS", "sense"},
		{"American spelling", "installing", "VBG", "install"},
		{"bus", "buses", "NNS", "bus"},
		{"hyphenated participle", "one-sided", "VBN", "one-side"},
		{"hyphenated plural", "ex-ministers", "NNS", "ex-minister"},
		{"hyphenated irregular", "war-torn", "VBN", "war-tear"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Lemma(tt.word, tt.tag); got != tt.want {
				t.Errorf("Lemma(%q, %q) = %q, want %q", tt.word, tt.tag, got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, exc, closed, want string
	}{
		{"bad exception", "went\tv\n", "", "lemma: exceptions.txt:1: want inflected<TAB>class<TAB>lemma"},
		{"bad class", "went\tq\tgo\n", "", "lemma: exceptions.txt:1: want inflected<TAB>class<TAB>lemma"},
		{"duplicate closed", "", "me\tPRP\ti\nme\tPRP\ti\n", "lemma: closed.txt:2: duplicate me/PRP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(wordnetFile, tt.exc, tt.closed)
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse: got error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestGUMLemmas(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "entities", "gum", "dep")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("GUM absent (%v): run from a checkout next to ../shared", err)
	}
	res, err := Evaluate(context.Background(), dir, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("GUM lemma accuracy with gold tags %.4f (inflected words %.4f)", res.Value, res.Scores["inflected_accuracy"])
	for i, e := range res.Errors {
		if i < 30 {
			t.Log(e)
		}
	}
	if res.Value < 0.97 {
		t.Errorf("GUM lemma accuracy %.4f, want at least 0.97", res.Value)
	}
}

func TestEvaluateFixture(t *testing.T) {
	res, err := Evaluate(context.Background(), filepath.Join("..", "postag", "testdata", "tiny.conllu"), eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// 12 words; GUM's convention keeps "Moscow" capitalised, compared lower-cased.
	if res.Rows[0].Total != 12 || res.Value != 1 {
		t.Errorf("got %d/%d words right, want 12/12 (%q)", res.Rows[0].Correct, res.Rows[0].Total, res.Errors)
	}
}

func TestDocument(t *testing.T) {
	tests := []struct {
		name string
		text string
		tags []string
		want string
	}{
		{"has been", "She's been there", []string{"PRP", "VBZ", "VBN", "RB"}, "she have be there"},
		{"is", "It's over", []string{"PRP", "VBZ", "RB"}, "it be over"},
		{"has not got", "He's not got it", []string{"PRP", "VBZ", "RB", "VBN", "PRP"}, "he have not get it"},
	}
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Text: tt.text}
			for _, sp := range segment.Tokens(tt.text) {
				d.Tokens = append(d.Tokens, doc.Token{Start: sp.Start, End: sp.End})
			}
			if len(d.Tokens) != len(tt.tags) {
				t.Fatalf("got %d tokens, want %d", len(d.Tokens), len(tt.tags))
			}
			for i := range d.Tokens {
				d.Tokens[i].Tag = tt.tags[i]
			}
			l.Document(d)
			var got []string
			for _, tk := range d.Tokens {
				got = append(got, tk.Lemma)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("lemmas of %q: got %q, want %q", tt.text, strings.Join(got, " "), tt.want)
			}
		})
	}
}
