// Package golden compares a test's output with a golden file in the package's testdata and,
// when the tests run with -update, rewrites the file first. Every golden-file test of the
// project uses it, so that one flag and one report serve them all.
package golden

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Update reports whether the tests run with -update.
func Update() bool { return *update }

// Check compares got with the file at path, rewriting the file first under -update. A
// difference fails t with the first line that differs, a missing file with how to create it.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the tests with -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(gl) && i < len(wl); i++ {
		if !bytes.Equal(gl[i], wl[i]) {
			t.Fatalf("%s:%d differs\n got %q\nwant %q\n(run the tests with -update if the change is intended, and review the diff)", path, i+1, gl[i], wl[i])
		}
	}
	t.Fatalf("%s: got %d lines, want %d (run the tests with -update if the change is intended)", path, len(gl), len(wl))
}
