package ingest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/parallax-news/parallax/internal/doc"
)

// collect walks inputs and returns the sources.
func collect(t *testing.T, inputs []string, opts Options) []*doc.Source {
	t.Helper()
	var out []*doc.Source
	err := Walk(context.Background(), inputs, opts, func(s *doc.Source) error {
		out = append(out, s)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return out
}

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestWalkFiles(t *testing.T) {
	dir := t.TempDir()
	article := []byte("Storm hits the coast\n\nThe storm reached the coast at dawn.\n")
	tests := []struct {
		name    string
		file    string
		content []byte
		opts    Options
		// want
		format, errLike, encoding string
		raw                       string
	}{
		{name: "plain text", file: "a.txt", content: article, format: "text"},
		{name: "markdown", file: "b.md", content: []byte("# Title\n\nBody text.\n"), format: "markdown"},
		{name: "html", file: "c.html", content: []byte("<html><body><p>Hello there.</p></body></html>"), format: "html"},
		{name: "unknown extension sniffed as html", file: "d.page", content: []byte("<!DOCTYPE html><html><p>x</p></html>"), format: "html"},
		{name: "unknown extension sniffed as text", file: "e.dat", content: article, format: "text"},
		{name: "empty file", file: "empty.txt", content: nil, errLike: "empty.txt: empty input"},
		{name: "white space only", file: "blank.txt", content: []byte("  \n\n\t"), errLike: "blank.txt: empty input"},
		{name: "binary file", file: "bin.txt", content: []byte("abc\x00\x01\x02def"), errLike: "bin.txt: binary data"},
		{name: "pdf", file: "doc.txt", content: []byte("%PDF-1.7\n..."), errLike: "doc.txt: binary data (PDF)"},
		{name: "latin-1 decoded", file: "latin.txt", content: []byte("Caf\xe9 au lait co\xfbte 2 \x80.\n"), format: "text", encoding: "windows-1252", raw: "Café au lait coûte 2 €.\n"},
		{name: "utf-16 with BOM", file: "u16.txt", content: []byte("\xff\xfeH\x00i\x00\n\x00"), format: "text", encoding: "utf-16le", raw: "Hi\n"},
		{name: "size cap", file: "big.txt", content: []byte(strings.Repeat("word ", 300)), opts: Options{MaxBytes: 1000}, errLike: "big.txt: file is 1500 bytes, over the 1000 bytes limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.file, tt.content)
			srcs := collect(t, []string{p}, tt.opts)
			if len(srcs) != 1 {
				t.Fatalf("got %d sources, want 1", len(srcs))
			}
			s := srcs[0]
			if s.Name != p || s.File != p {
				t.Errorf("name %q file %q, want %q", s.Name, s.File, p)
			}
			if tt.errLike != "" {
				if s.Err == nil || !strings.Contains(s.Err.Error(), tt.errLike) || !strings.HasPrefix(s.Err.Error(), "ingest: ") {
					t.Fatalf("error %v, want one containing %q", s.Err, tt.errLike)
				}
				return
			}
			if s.Err != nil {
				t.Fatalf("error %v", s.Err)
			}
			if s.Format != tt.format {
				t.Errorf("format %q, want %q", s.Format, tt.format)
			}
			if s.Encoding != tt.encoding {
				t.Errorf("encoding %q, want %q", s.Encoding, tt.encoding)
			}
			if tt.raw != "" && string(s.Raw) != tt.raw {
				t.Errorf("raw %q, want %q", s.Raw, tt.raw)
			}
		})
	}
}

func TestWalkDirAndOrder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b/2.txt", []byte("two"))
	write(t, dir, "b/1.md", []byte("one"))
	write(t, dir, "a.txt", []byte("zero"))
	write(t, dir, "image.png", []byte("\x89PNG"))
	write(t, dir, ".hidden/x.txt", []byte("hidden"))
	write(t, dir, "c.jsonl", []byte(`{"text":"r1"}`+"\n"+`{"title":"no text"}`+"\n"+`{"html":"<p>r3</p>"}`+"\n"))
	write(t, dir, "sitemap.xml", []byte(`<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>`))
	missing := filepath.Join(dir, "missing.txt")
	srcs := collect(t, []string{dir, missing, "-"}, Options{Stdin: strings.NewReader("from stdin")})
	var got []string
	for _, s := range srcs {
		name := strings.TrimPrefix(s.Name, dir+string(filepath.Separator))
		if s.Err != nil {
			name += " ERR"
		}
		got = append(got, name)
	}
	want := []string{"a.txt", "b/1.md", "b/2.txt", "c.jsonl#1", "c.jsonl#2 ERR", "c.jsonl#3", "missing.txt ERR", "-"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if srcs[len(srcs)-1].Err != nil || string(srcs[len(srcs)-1].Raw) != "from stdin" {
		t.Errorf("stdin source %+v", srcs[len(srcs)-1])
	}
	if !strings.Contains(srcs[6].Err.Error(), "no such file") {
		t.Errorf("missing file error %v", srcs[6].Err)
	}
	if srcs[5].Format != "html" {
		t.Errorf("record with html field has format %q", srcs[5].Format)
	}
}

func TestFileURL(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.txt", []byte("An article."))
	srcs := collect(t, []string{"file://" + p, "file://remote.example/x.txt"}, Options{})
	if len(srcs) != 2 || srcs[0].Err != nil || srcs[0].File != p || srcs[1].Err == nil {
		t.Fatalf("got %+v", srcs)
	}
}

func TestRecords(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		lines bool
		want  []string // per record: "title|outlet|published|url|lang|format|raw" or "ERR"
	}{
		{
			name: "single object with nested publisher",
			in:   `{"headline":"Port strike ends","body":"Workers returned.","publisher":{"name":"Harbour Daily"},"datePublished":"2025-03-04","url":"https://x.example/a","language":"EN"}`,
			want: []string{"Port strike ends|Harbour Daily|2025-03-04|https://x.example/a|en|text|Workers returned."},
		},
		{
			name: "array",
			in:   `[{"title":"A","text":"one"},{"title":"B","content":"<p>two</p>"},{"title":"C"}]`,
			want: []string{"A|||||text|one", "B|||||html|<p>two</p>", "ERR"},
		},
		{
			name:  "json lines with a bad line",
			in:    "{\"text\":\"one\"}\nnot json\n\n{\"text\":\"three\",\"source\":\"Wire\"}\n",
			lines: true,
			want:  []string{"||||||text|one", "ERR", "|Wire||||text|three"},
		},
		{
			name: "not an object",
			in:   `[1, "two"]`,
			want: []string{"ERR", "ERR"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := Records([]byte(tt.in), tt.lines)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range recs {
				s, err := r.Source()
				if err != nil {
					got = append(got, "ERR")
					continue
				}
				got = append(got, strings.Join([]string{s.Title, s.Outlet, s.Published, s.URL, s.Lang, s.Format, string(s.Raw)}, "|"))
			}
			if len(got) == len(tt.want) {
				for i := range got {
					if got[i] != tt.want[i] && !(tt.want[i] != "ERR" && strings.Count(tt.want[i], "|") != 6) {
						t.Errorf("record %d: got %q, want %q", i+1, got[i], tt.want[i])
					}
				}
			} else {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if _, err := Records([]byte("{broken"), false); err == nil {
		t.Error("broken JSON: no error")
	}
}

func TestFeed(t *testing.T) {
	rss := `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour Daily</title><language>en-gb</language>
<item><title>Port strike ends</title><link>https://harbour.example/strike</link>
<pubDate>Tue, 04 Mar 2025 08:30:00 GMT</pubDate>
<description><![CDATA[<p>Dock workers returned to work on Tuesday after a week-long strike.</p>]]></description></item>
<item><title>Link only</title><link>https://harbour.example/link</link></item>
<item><title>Plain</title><description>Ferries run again.</description></item>
</channel></rss>`
	atom := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Wire</title>
<entry><title>Storm passes</title><link href="https://wire.example/storm"/><updated>2025-03-05T10:00:00Z</updated>
<content type="html">&lt;p&gt;The storm passed overnight.&lt;/p&gt;</content></entry></feed>`
	dir := t.TempDir()
	p1 := write(t, dir, "news.rss", []byte(rss))
	p2 := write(t, dir, "wire.xml", []byte(atom))
	p3 := write(t, dir, "other.xml", []byte(`<?xml version="1.0"?><doc><p>x</p></doc>`))
	var got []string
	for _, s := range collect(t, []string{p1, p2, p3}, Options{}) {
		name := filepath.Base(s.Name)
		if s.Err != nil {
			got = append(got, name+" ERR")
			continue
		}
		got = append(got, strings.Join([]string{name, s.Title, s.Outlet, s.URL, s.Published, s.Lang, s.Format}, "|"))
	}
	want := []string{
		"news.rss#1|Port strike ends|Harbour Daily|https://harbour.example/strike|2025-03-04T08:30:00Z|en|html",
		"news.rss#2 ERR",
		"news.rss#3|Plain|Harbour Daily|||en|text",
		"wire.xml#1|Storm passes|Coast Wire|https://wire.example/storm|2025-03-05T10:00:00Z||html",
		"other.xml ERR",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestExamples(t *testing.T) {
	fsys := fstest.MapFS{
		"stories/boats/a.txt":  {Data: []byte("Boats return\n\nThe boats returned.")},
		"stories/boats/b.md":   {Data: []byte("# Boats\n\nBack.")},
		"stories/other/c.txt":  {Data: []byte("Other story.")},
		"stories/other/notes":  {Data: []byte("not an article")},
		"stories/boats/.draft": {Data: []byte("hidden")},
	}
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"all", "example:", []string{"stories/boats/a.txt", "stories/boats/b.md", "stories/other/c.txt"}},
		{"one story", "example:boats", []string{"stories/boats/a.txt", "stories/boats/b.md"}},
		{"one file", "example:other/c.txt", []string{"stories/other/c.txt"}},
		{"missing", "example:nope", []string{"ERR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range collect(t, []string{tt.in}, Options{Examples: fsys}) {
				if s.Err != nil {
					got = append(got, "ERR")
					continue
				}
				got = append(got, s.File)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEmbeddedExamples(t *testing.T) {
	srcs := collect(t, []string{"example:"}, Options{})
	if len(srcs) == 0 {
		t.Skip("no embedded example stories yet")
	}
	for _, s := range srcs {
		if s.Err != nil {
			t.Errorf("%s: %v", s.Name, s.Err)
		}
	}
}

func TestURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><body><article><p>Hello from the article.</p></article></body></html>")
	})
	mux.HandleFunc("/feed.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `[{"title":"A","text":"one"},{"title":"B","text":"two"}]`)
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, strings.Repeat("x", 5000))
	})
	mux.HandleFunc("/missing", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	tests := []struct {
		name    string
		path    string
		opts    Options
		want    []string // formats, or "ERR:<substring>"
		wantURL string
	}{
		{name: "html", path: "/article", opts: Options{AllowPrivate: true}, want: []string{"html"}, wantURL: srv.URL + "/article"},
		{name: "json records", path: "/feed.json", opts: Options{AllowPrivate: true}, want: []string{"text", "text"}},
		{name: "redirect followed", path: "/redirect", opts: Options{AllowPrivate: true}, want: []string{"html"}, wantURL: srv.URL + "/article"},
		{name: "redirect loop", path: "/loop", opts: Options{AllowPrivate: true}, want: []string{"ERR:redirects"}},
		{name: "size cap", path: "/big", opts: Options{AllowPrivate: true, MaxBytes: 1000}, want: []string{"ERR:limit"}},
		{name: "not found", path: "/missing", opts: Options{AllowPrivate: true}, want: []string{"ERR:404"}},
		{name: "loopback refused", path: "/article", want: []string{"ERR:private"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			srcs := collect(t, []string{srv.URL + tt.path}, tt.opts)
			for _, s := range srcs {
				if s.Err != nil {
					got = append(got, "ERR:"+s.Err.Error())
					continue
				}
				got = append(got, s.Format)
				if tt.wantURL != "" && s.URL != tt.wantURL {
					t.Errorf("url %q, want %q", s.URL, tt.wantURL)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				w := tt.want[i]
				if strings.HasPrefix(w, "ERR:") {
					if !strings.HasPrefix(got[i], "ERR:ingest: "+srv.URL) || !strings.Contains(got[i], strings.TrimPrefix(w, "ERR:")) {
						t.Errorf("got %q, want an error naming the URL and containing %q", got[i], w[4:])
					}
				} else if got[i] != w {
					t.Errorf("got %q, want %q", got[i], w)
				}
			}
		})
	}
}

func TestUnreachableURL(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL
	srv.Close()
	srcs := collect(t, []string{u + "/gone"}, Options{AllowPrivate: true})
	if len(srcs) != 1 || srcs[0].Err == nil || !strings.Contains(srcs[0].Err.Error(), "unreachable") {
		t.Fatalf("got %+v, want one source with an unreachable error", srcs)
	}
}

func TestURLTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	srcs := collect(t, []string{srv.URL + "/slow"}, Options{AllowPrivate: true, Timeout: 200 * time.Millisecond})
	if len(srcs) != 1 || srcs[0].Err == nil || !strings.Contains(srcs[0].Err.Error(), "timed out") {
		t.Fatalf("got %+v, want one source with a timeout error", srcs)
	}
}

func TestPublic(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		{"8.8.8.8", true}, {"2606:4700::1111", true}, {"127.0.0.1", false}, {"10.1.2.3", false},
		{"192.168.0.1", false}, {"172.16.5.4", false}, {"169.254.169.254", false}, {"::1", false},
		{"fe80::1", false}, {"fd00::1", false}, {"::ffff:127.0.0.1", false}, {"100.64.0.1", false},
		{"0.0.0.0", false}, {"224.0.0.1", false},
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			err := publicOnly("tcp", net.JoinHostPort(tt.ip, "80"), nil)
			if (err == nil) != tt.want {
				t.Errorf("publicOnly(%s) = %v, want allowed %v", tt.ip, err, tt.want)
			}
			if err != nil && !errors.Is(err, errPrivate) {
				t.Errorf("error %v does not wrap errPrivate", err)
			}
		})
	}
}

func TestCancel(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte("one"))
	write(t, dir, "b.txt", []byte("two"))
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Walk(ctx, []string{dir}, Options{}, func(*doc.Source) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("err %v after %d sources, want context.Canceled after 1", err, n)
	}
	stop := errors.New("stop")
	err = Walk(context.Background(), []string{dir}, Options{}, func(*doc.Source) error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("err %v, want fn's error", err)
	}
}

func FuzzRecords(f *testing.F) {
	f.Add([]byte(`{"title":"A","text":"one"}`), false)
	f.Add([]byte(`[{"html":"<p>x</p>","publisher":{"name":"P"}},{}]`), false)
	f.Add([]byte("{\"text\":\"a\"}\n{bad\n"), true)
	f.Fuzz(func(t *testing.T, b []byte, lines bool) {
		recs, err := Records(b, lines)
		if err != nil {
			return
		}
		for _, r := range recs {
			s, err := r.Source()
			if err == nil && len(s.Raw) == 0 {
				t.Fatalf("record without error has no text")
			}
		}
	})
}
