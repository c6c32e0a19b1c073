package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records a failure instead of stopping the test.
type recorder struct {
	testing.TB
	failed string
}

func (r *recorder) Helper() {}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = format
	panic(r)
}

func check(path string, got []byte) (failed string) {
	r := &recorder{}
	defer func() {
		if p := recover(); p != nil && p != r {
			panic(p)
		}
		failed = r.failed
	}()
	Check(r, path, got)
	return ""
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.golden")
	if err := os.WriteFile(path, []byte("one\ntwo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, got string
		fails     bool
	}{
		{"same", "one\ntwo\n", false},
		{"line differs", "one\nTWO\n", true},
		{"longer", "one\ntwo\nthree\n", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if f := check(path, []byte(tc.got)); (f != "") != tc.fails {
				t.Errorf("Check(%q) failed=%q, want failure %v", tc.got, f, tc.fails)
			}
		})
	}
	if f := check(filepath.Join(dir, "missing.golden"), []byte("x")); f == "" {
		t.Error("a missing golden file should fail")
	}
}
