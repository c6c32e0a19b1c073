package ner

import (
	"reflect"
	"testing"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		name   string
		labels []string
		want   []Chunk
	}{
		{"none", []string{"O", "O"}, nil},
		{"one run", []string{"O", "B-PER", "I-PER", "O"}, []Chunk{{1, 3, "PER"}}},
		{"adjacent runs", []string{"B-ORG", "B-LOC", "I-LOC"}, []Chunk{{0, 1, "ORG"}, {1, 3, "LOC"}}},
		{"type change ends a run", []string{"B-PER", "I-ORG"}, []Chunk{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{"stray I opens a run", []string{"O", "I-GPE", "I-GPE"}, []Chunk{{1, 3, "GPE"}}},
		{"malformed label skipped", []string{"B", "B-PER"}, []Chunk{{1, 2, "PER"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Chunks(tc.labels); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Chunks(%q) = %v, want %v", tc.labels, got, tc.want)
			}
		})
	}
}
