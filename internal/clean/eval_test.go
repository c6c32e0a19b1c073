package clean

import (
	"context"
	"testing"

	"github.com/parallax-news/parallax/internal/eval"
)

func TestEvaluatePolNeAR(t *testing.T) {
	dir := sharedDir(t, "data/attribution/polnear-dev")
	res, err := Evaluate(context.Background(), dir, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Value < 0.99 {
		t.Errorf("only %.4f of annotated spans survive cleaning; first losses: %q", res.Value, res.Errors[:min(5, len(res.Errors))])
	}
	if res.Scores["title_accuracy"] < 0.85 {
		t.Errorf("headline found in only %.4f of the articles", res.Scores["title_accuracy"])
	}
	if res.Scores["text_kept"] < 0.97 {
		t.Errorf("cleaning keeps only %.4f of the input", res.Scores["text_kept"])
	}
}
