package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

func TestCommands(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{"no arguments", nil, 2, "", "Usage"},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"version", []string{"version"}, 0, "parallax/", ""},
		{"help", []string{"help"}, 0, "parallax compare", ""},
		{"analyze without input", []string{"analyze"}, 2, "", "no input"},
		{"bad published date", []string{"analyze", "--published", "next spring", "x.txt"}, 2, "", "--published"},
		{"eval unknown task", []string{"eval", "nonsense", "."}, 2, "", `unknown task "nonsense"`},
		{"eval without path", []string{"eval", "speed"}, 2, "", "usage: parallax eval"},
		{"unknown format", []string{"compare", "--format", "pdf"}, 2, "", "pdf"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, tc.args...)
			if code != tc.code {
				t.Errorf("parallax %v: exit %d, want %d (stderr %q)", tc.args, code, tc.code, errs)
			}
			if !strings.Contains(out, tc.inStdout) {
				t.Errorf("parallax %v: stdout %q, want it to contain %q", tc.args, out, tc.inStdout)
			}
			if !strings.Contains(errs, tc.inStderr) {
				t.Errorf("parallax %v: stderr %q, want it to contain %q", tc.args, errs, tc.inStderr)
			}
		})
	}
}

// TestBadInputsDoNotStopTheBatch feeds good and bad inputs together: every bad one gets an
// error naming it, the good ones are analysed, and the exit status says some failed.
func TestBadInputsDoNotStopTheBatch(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	write(t, good, "Ministers met in Oslo on Monday.\n\nThey agreed to meet again in May.\n")
	empty := filepath.Join(dir, "empty.txt")
	write(t, empty, "")
	binary := filepath.Join(dir, "image.txt")
	write(t, binary, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	missing := filepath.Join(dir, "missing.txt")

	code, out, errs := run(t, "analyze", "--format", "json", "--published", "2026-03-10", good, empty, binary, missing)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (stderr %q)", code, errs)
	}
	var rep struct {
		Documents []struct {
			File      string `json:"file"`
			Error     string `json:"error"`
			Sentences []any  `json:"sentences"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("stdout is not the JSON report: %v\n%s", err, out)
	}
	if len(rep.Documents) != 4 {
		t.Fatalf("got %d documents, want 4", len(rep.Documents))
	}
	if rep.Documents[0].Error != "" || len(rep.Documents[0].Sentences) != 2 {
		t.Errorf("good document: error %q, %d sentences; want no error, 2 sentences", rep.Documents[0].Error, len(rep.Documents[0].Sentences))
	}
	for i, name := range []string{empty, binary, missing} {
		d := rep.Documents[i+1]
		if d.Error == "" {
			t.Errorf("%s: no error in the JSON", name)
		}
		if !strings.Contains(errs, filepath.Base(name)) {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
}

func TestCompareExampleStory(t *testing.T) {
	code, out, errs := run(t, "compare", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var rep struct {
		Schema    string            `json:"schema"`
		Documents []json.RawMessage `json:"documents"`
		Claims    []json.RawMessage `json:"claims"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("stdout is not JSON: %v", err)
	}
	if len(rep.Documents) != 3 || len(rep.Claims) == 0 || rep.Schema == "" {
		t.Errorf("example story: %d documents, %d claims, schema %q; want 3 documents, some claims, a schema", len(rep.Documents), len(rep.Claims), rep.Schema)
	}
}

func TestOutputFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.md")
	code, out, errs := run(t, "compare", "--format", "md", "-o", path)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if out != "" {
		t.Errorf("stdout %q, want nothing when -o is given", out)
	}
	data, err := os.ReadFile(path)
	if err != nil || len(data) == 0 {
		t.Errorf("report file: %v, %d bytes", err, len(data))
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
