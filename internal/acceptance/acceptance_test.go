package acceptance

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

const (
	// storiesDir holds the stories, relative to this package.
	storiesDir = "../../testdata/acceptance"
	// checker is the shared seeds checker, relative to this package (../shared from the
	// repository root).
	checker = "../../../shared/tools/check-seeds"
)

// expectation is the part of a story's expect.json the test needs to run the check.
type expectation struct {
	Published string `json:"published"`
	Documents []struct {
		File string `json:"file"`
	} `json:"documents"`
}

// story is one directory of testdata/acceptance.
type story struct {
	name   string
	dir    string
	expect expectation
	files  []string // the articles, in the order of expect.json's documents
	floor  int
	musts  int // must items written in expect.json (the checker adds a few per document)
}

// loadStory reads and validates a story directory.
func loadStory(dir string) (story, error) {
	s := story{name: filepath.Base(dir), dir: dir}
	raw, err := os.ReadFile(filepath.Join(dir, "expect.json"))
	if err != nil {
		return s, fmt.Errorf("acceptance: %w", err)
	}
	if err := json.Unmarshal(raw, &s.expect); err != nil {
		return s, fmt.Errorf("acceptance: %s: %w", filepath.Join(dir, "expect.json"), err)
	}
	if _, err := time.Parse("2006-01-02", s.expect.Published); err != nil {
		return s, fmt.Errorf("acceptance: %s: published %q is not YYYY-MM-DD", s.name, s.expect.Published)
	}
	if len(s.expect.Documents) < 2 {
		return s, fmt.Errorf("acceptance: %s: %d documents, want at least 2", s.name, len(s.expect.Documents))
	}
	keys := map[string]bool{}
	for _, d := range s.expect.Documents {
		if len(d.File) < 3 || keys[d.File[:3]] {
			return s, fmt.Errorf("acceptance: %s: document file %q must start with a unique three-character key", s.name, d.File)
		}
		keys[d.File[:3]] = true
		p := filepath.Join(dir, d.File)
		if _, err := os.Stat(p); err != nil {
			return s, fmt.Errorf("acceptance: %s: %w", s.name, err)
		}
		s.files = append(s.files, p)
	}
	s.musts = bytes.Count(raw, []byte(`"level": "must"`))
	fl, err := os.ReadFile(filepath.Join(dir, "floor"))
	if err != nil {
		return s, fmt.Errorf("acceptance: %s: %w", s.name, err)
	}
	s.floor, err = strconv.Atoi(strings.TrimSpace(string(fl)))
	if err != nil || s.floor < 1 {
		return s, fmt.Errorf("acceptance: %s: floor %q is not a positive count of must items", s.name, strings.TrimSpace(string(fl)))
	}
	return s, nil
}

func loadStories(t *testing.T) []story {
	t.Helper()
	dirs, err := os.ReadDir(storiesDir)
	if err != nil {
		t.Fatal(err)
	}
	var out []story
	for _, de := range dirs {
		if !de.IsDir() {
			continue
		}
		s, err := loadStory(filepath.Join(storiesDir, de.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		t.Fatalf("no stories in %s", storiesDir)
	}
	return out
}

// TestStoryFiles holds without the checker: every story is complete and consistent.
func TestStoryFiles(t *testing.T) {
	for _, s := range loadStories(t) {
		t.Run(s.name, func(t *testing.T) {
			if s.musts == 0 {
				t.Errorf("%s: no must items", s.name)
			}
			for _, f := range s.files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if len(bytes.TrimSpace(b)) == 0 {
					t.Errorf("%s: empty article", f)
				}
			}
		})
	}
}

var tally = regexp.MustCompile(`(?m)^(must|should): (\d+) passed, (\d+) failed$`)

// counts reads the checker's tally lines: passed and failed per level.
func counts(out string) (map[string][2]int, error) {
	got := map[string][2]int{}
	for _, m := range tally.FindAllStringSubmatch(out, -1) {
		p, _ := strconv.Atoi(m[2])
		f, _ := strconv.Atoi(m[3])
		got[m[1]] = [2]int{p, f}
	}
	if _, ok := got["must"]; !ok {
		return nil, fmt.Errorf("acceptance: no 'must: N passed, M failed' line in the checker's output")
	}
	return got, nil
}

func TestCounts(t *testing.T) {
	tests := []struct {
		name    string
		out     string
		must    [2]int
		wantErr bool
	}{
		{"both levels", "FAIL [must] x\nshould: 3 passed, 1 failed\nmust: 40 passed, 2 failed\n", [2]int{40, 2}, false},
		{"report unreadable", "check-seeds: could not read the report: x\nmust: 0 passed, 1 failed\n", [2]int{0, 1}, false},
		{"no tally", "Traceback (most recent call last):\n", [2]int{}, true},
		{"tally inside a line", "FAIL [must] quotes 000: 'must: 3 passed, 0 failed'\n", [2]int{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := counts(tt.out)
			if (err != nil) != tt.wantErr {
				t.Fatalf("counts(%q) error %v, want error %v", tt.out, err, tt.wantErr)
			}
			if err == nil && got["must"] != tt.must {
				t.Errorf("counts(%q) must = %v, want %v", tt.out, got["must"], tt.must)
			}
		})
	}
}

// TestStories runs `parallax compare` on every story through the shared checker and fails when
// fewer must items pass than the story's floor.
func TestStories(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the parallax binary; run without -short")
	}
	if _, err := os.Stat(checker); err != nil {
		t.Skipf("the shared checker %s is absent (it lives in ../shared/tools beside the repository): %v", checker, err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not on PATH; the checker is a Python script (apt-get install -y python3)")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH; it is needed to build the parallax binary")
	}
	stories := loadStories(t)
	bin := filepath.Join(t.TempDir(), "parallax")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	build := exec.CommandContext(ctx, goBin, "build", "-o", bin, "github.com/parallax-news/parallax/cmd/parallax")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, s := range stories {
		t.Run(s.name, func(t *testing.T) {
			args := []string{checker, "--expect", filepath.Join(s.dir, "expect.json"), "--",
				bin, "compare", "--published", s.expect.Published, "--format", "json"}
			args = append(args, s.files...)
			cmd := exec.CommandContext(ctx, python, args...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			runErr := cmd.Run() // exits 1 whenever a must item fails: read the tally instead
			got, err := counts(stdout.String())
			if err != nil {
				t.Fatalf("%v (exit: %v)\nstdout:\n%s\nstderr:\n%s", err, runErr, stdout.String(), stderr.String())
			}
			t.Logf("%s: must %d passed, %d failed; should %d passed, %d failed; floor %d\n%s",
				s.name, got["must"][0], got["must"][1], got["should"][0], got["should"][1], s.floor, stdout.String())
			if total := got["must"][0] + got["must"][1]; s.floor > total {
				t.Errorf("%s: floor %d is above the %d must items the checker counts", s.name, s.floor, total)
			}
			if got["must"][0] < s.floor {
				t.Errorf("%s: %d must items pass, below the floor of %d (%s); the failing items are logged above",
					s.name, got["must"][0], s.floor, filepath.Join(s.dir, "floor"))
			}
		})
	}
}
