package eval

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestPRF(t *testing.T) {
	tests := []struct {
		name     string
		prf      PRF
		p, r, f1 float64
	}{
		{"perfect", PRF{TP: 4}, 1, 1, 1},
		{"nothing predicted", PRF{FN: 3}, 0, 0, 0},
		{"half right", PRF{TP: 2, FP: 2, FN: 2}, 0.5, 0.5, 0.5},
		{"precise, incomplete", PRF{TP: 1, FN: 3}, 1, 0.25, 0.4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.prf.Precision(); math.Abs(got-tc.p) > 1e-9 {
				t.Errorf("%+v precision: got %v, want %v", tc.prf, got, tc.p)
			}
			if got := tc.prf.Recall(); math.Abs(got-tc.r) > 1e-9 {
				t.Errorf("%+v recall: got %v, want %v", tc.prf, got, tc.r)
			}
			if got := tc.prf.F1(); math.Abs(got-tc.f1) > 1e-9 {
				t.Errorf("%+v f1: got %v, want %v", tc.prf, got, tc.f1)
			}
		})
	}
}

func TestPrintEndsWithScore(t *testing.T) {
	r := &Result{Task: "demo", Dataset: "fixture", Rows: []Row{{Label: "PER", PRF: &PRF{TP: 3, FP: 1}}, {Label: "values", Correct: 2, Total: 4}},
		Errors: []string{"e1", "e2", "e3"}, Metric: "micro_f1", Value: 0.75, Scores: map[string]float64{"b": 2, "a": 1}}
	var buf bytes.Buffer
	r.Print(&buf, 2)
	out := buf.String()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if last := lines[len(lines)-1]; last != "SCORE demo micro_f1 0.7500" {
		t.Errorf("last line %q, want the headline SCORE line", last)
	}
	for _, want := range []string{"PER", "accuracy 0.5000 (2/4)", "errors (2 of 3)", "SCORE demo a 1.0000\nSCORE demo b 2.0000"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "e3") {
		t.Errorf("printed more errors than asked:\n%s", out)
	}
}
