package e2e

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/report"
)

// artifacts is where the browser test leaves the HTML and its screenshot (gitignored).
const artifacts = "../../testdata/artifacts"

func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found; CI must run the browser test (apt-get install -y chromium)")
	}
	t.Skip("chromium not found: install it with `apt-get install -y chromium` to run the HTML report in a headless browser")
	return ""
}

func headless(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", bin, args, err, stderr.String())
	}
	return out
}

// TestHTMLInBrowser renders the example story, plus an article carrying markup, in a real
// headless browser: the page must show the claims and the highlighted evidence, and the
// article's <script> and <b> must arrive as text, not as elements.
func TestHTMLInBrowser(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	injected := filepath.Join(dir, "injected-outlet.txt")
	body := "Peru's foreign minister Lucía Arrieta met Chilean President Tomás Ibarra in Santiago on Tuesday. " +
		"<script>document.title='pwned'</script> The talks were <b>tense</b>, officials said.\n"
	if err := os.WriteFile(injected, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runStory(t, []string{"example:fishing-boats", injected}, "2026-03-10")
	var page bytes.Buffer
	if err := report.Write(&page, r, report.Options{Format: "html", Compare: true}); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(filepath.Join(artifacts, "fishing-boats.html"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(abs, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := string(headless(t, bin, "--dump-dom", "file://"+abs))
	for _, want := range []string{`id="claim-c001"`, `<mark id="ev-c001-0"`, `class="corroborated"`, "<svg", "Claims by outlet", "&lt;script&gt;document.title", "&lt;b&gt;tense&lt;/b&gt;"} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered DOM lacks %q", want)
		}
	}
	for _, bad := range []string{"<script>document.title", "<b>tense</b>", "<title>pwned"} {
		if strings.Contains(dom, bad) {
			t.Errorf("rendered DOM holds %q: article text was not escaped", bad)
		}
	}
	shot, err := filepath.Abs(filepath.Join(artifacts, "fishing-boats.png"))
	if err != nil {
		t.Fatal(err)
	}
	headless(t, bin, "--screenshot="+shot, "--window-size=1400,2000", "file://"+abs)
	if st, err := os.Stat(shot); err != nil || st.Size() == 0 {
		t.Errorf("no screenshot at %s: %v", shot, err)
	}
}
