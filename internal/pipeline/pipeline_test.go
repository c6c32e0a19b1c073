package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

// TestRunKeepsInputOrder checks that documents come out in input order whatever the number
// of workers, and that an unreadable input in the middle does not stop the others.
func TestRunKeepsInputOrder(t *testing.T) {
	dir := t.TempDir()
	var inputs []string
	for i := range 12 {
		p := filepath.Join(dir, fmt.Sprintf("a%02d.txt", i))
		body := fmt.Sprintf("Delegates from Norway met on Monday for round %d of the talks.\n\nThe talks ended without a deal.\n", i)
		if i == 5 {
			p = filepath.Join(dir, "missing.txt")
		} else if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, p)
	}
	for _, workers := range []int{1, 2, 4} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			p, err := New(Config{Workers: workers, Published: "2026-03-10"})
			if err != nil {
				t.Fatal(err)
			}
			docs, err := p.Collect(context.Background(), inputs)
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != len(inputs) {
				t.Fatalf("got %d documents, want %d", len(docs), len(inputs))
			}
			for i, d := range docs {
				if filepath.Base(d.File) != filepath.Base(inputs[i]) {
					t.Errorf("document %d is %s, want %s", i, d.File, inputs[i])
				}
				if (i == 5) != (d.Error != "") {
					t.Errorf("document %d (%s): error %q", i, d.File, d.Error)
				}
			}
		})
	}
}

func TestRunStopsOnCancel(t *testing.T) {
	p, err := New(Config{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	read := func(ctx context.Context, fn func(*doc.Source) error) error {
		for i := 0; ; i++ {
			if err := fn(&doc.Source{Name: fmt.Sprint(i), Format: "text", Raw: []byte("A short note on Monday.")}); err != nil {
				return err
			}
		}
	}
	err = p.RunSources(ctx, read, func(*doc.Document) error {
		n++
		if n == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestEmitErrorStopsTheRun(t *testing.T) {
	p, err := New(Config{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk full")
	read := func(ctx context.Context, fn func(*doc.Source) error) error {
		for i := range 100 {
			if err := fn(&doc.Source{Name: fmt.Sprint(i), Format: "text", Raw: []byte("A short note.")}); err != nil {
				return err
			}
		}
		return nil
	}
	err = p.RunSources(context.Background(), read, func(*doc.Document) error { return boom })
	if !errors.Is(err, boom) {
		t.Errorf("got %v, want %v", err, boom)
	}
}
