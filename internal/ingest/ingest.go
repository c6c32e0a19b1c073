package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/parallax-news/parallax/examples"
	"github.com/parallax-news/parallax/internal/doc"
)

// DefaultMaxBytes is the largest input read unless Options.MaxBytes says otherwise.
const DefaultMaxBytes = 16 << 20

// Options control a walk.
type Options struct {
	// AllowPrivate lets URL fetches reach private, loopback and link-local addresses.
	AllowPrivate bool
	Logger       *slog.Logger
	// MaxBytes caps the size of one input (a file, a URL's body, standard input); 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// Timeout bounds one URL fetch; 0 means 30 seconds.
	Timeout time.Duration
	// MaxRedirects bounds the redirects one URL fetch follows; 0 means 5.
	MaxRedirects int
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
	// Examples holds the example stories for "example:" inputs; nil means examples.Stories.
	Examples fs.FS
	// Transport, when set, replaces the network transport of URL fetches (tests). The
	// private-address check lives in the default transport's dialer.
	Transport http.RoundTripper
}

func (o *Options) defaults() {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 5
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	if o.Examples == nil {
		o.Examples = examples.Stories
	}
}

// Walk reads every input in order and calls fn with each source: directories recursively in
// lexical order, one source per JSON record. An input that cannot be read yields a Source
// with Err set, naming the input. Walk returns an error only when ctx is cancelled or fn
// fails.
func Walk(ctx context.Context, inputs []string, opts Options, fn func(*doc.Source) error) error {
	opts.defaults()
	w := &walker{opts: opts, fn: fn, ctx: ctx}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.input(in); err != nil {
			return err
		}
	}
	return ctx.Err()
}

type walker struct {
	opts   Options
	fn     func(*doc.Source) error
	ctx    context.Context
	client *http.Client
}

// fail emits a source that carries an error.
func (w *walker) fail(name, file string, err error) error {
	w.opts.Logger.Debug("cannot read input", "input", name, "err", err) // the pipeline reports it
	return w.emit(&doc.Source{Name: name, File: file, Err: fmt.Errorf("ingest: %s: %w", name, err)})
}

func (w *walker) emit(src *doc.Source) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	return w.fn(src)
}

func (w *walker) input(in string) error {
	switch {
	case in == "-":
		b, err := readCapped(w.opts.Stdin, w.opts.MaxBytes)
		if err != nil {
			return w.fail("-", "", err)
		}
		return w.bytes("-", "", "", "", b)
	case in == "example:" || strings.HasPrefix(in, "example:"):
		return w.examples(strings.TrimPrefix(in, "example:"))
	case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
		return w.url(in)
	case strings.HasPrefix(in, "file://"):
		u, err := url.Parse(in)
		if err != nil || (u.Host != "" && u.Host != "localhost") {
			return w.fail(in, "", errors.New("bad file URL"))
		}
		in = u.Path
	}
	info, err := os.Stat(in)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return w.fail(in, in, errors.New("no such file or directory"))
		}
		return w.fail(in, in, err)
	}
	if info.IsDir() {
		return w.dir(in)
	}
	return w.file(in, info, true)
}

// articleExts are the file extensions read from directories.
var articleExts = map[string]string{
	".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
	".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json", ".jsonl": "jsonl",
	".ndjson": "jsonl", ".rss": "feed", ".atom": "feed", ".xml": "xml",
}

func (w *walker) dir(root string) error {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return w.fail(p, p, err)
		}
		name := d.Name()
		if p != root && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			if _, ok := articleExts[strings.ToLower(filepath.Ext(name))]; ok {
				files = append(files, p)
			} else {
				w.opts.Logger.Debug("skipping file with unknown extension", "file", p)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, p := range files {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		info, err := os.Stat(p)
		if err != nil {
			if err := w.fail(p, p, err); err != nil {
				return err
			}
			continue
		}
		if err := w.file(p, info, false); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) file(p string, info fs.FileInfo, explicit bool) error {
	if !info.Mode().IsRegular() {
		return w.fail(p, p, errors.New("not a regular file"))
	}
	if info.Size() > w.opts.MaxBytes {
		return w.fail(p, p, fmt.Errorf("file is %s, over the %s limit", size(info.Size()), size(w.opts.MaxBytes)))
	}
	f, err := os.Open(p)
	if err != nil {
		return w.fail(p, p, err)
	}
	b, err := readCapped(f, w.opts.MaxBytes)
	f.Close()
	if err != nil {
		return w.fail(p, p, err)
	}
	format := articleExts[strings.ToLower(filepath.Ext(p))]
	if !explicit && format == "xml" && !isFeed(b) {
		w.opts.Logger.Debug("skipping XML file that is not a feed", "file", p)
		return nil
	}
	return w.bytes(p, p, "", format, b)
}

// examples walks the embedded example stories; sel is "", a story or story/file.
func (w *walker) examples(sel string) error {
	root := "stories"
	if sel != "" {
		root = path.Join("stories", path.Clean(sel))
	}
	info, err := fs.Stat(w.opts.Examples, root)
	if err != nil {
		return w.fail("example:"+sel, "", fmt.Errorf("no example %q (see `parallax compare example:`)", sel))
	}
	var files []string
	if info.IsDir() {
		err = fs.WalkDir(w.opts.Examples, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
				if _, ok := articleExts[strings.ToLower(path.Ext(p))]; ok {
					files = append(files, p)
				}
			}
			return nil
		})
		if err != nil {
			return w.fail("example:"+sel, "", err)
		}
	} else {
		files = []string{root}
	}
	sort.Strings(files)
	for _, p := range files {
		b, err := fs.ReadFile(w.opts.Examples, p)
		name := "example:" + strings.TrimPrefix(p, "stories/")
		if err != nil {
			if err := w.fail(name, p, err); err != nil {
				return err
			}
			continue
		}
		if err := w.bytes(name, p, "", articleExts[strings.ToLower(path.Ext(p))], b); err != nil {
			return err
		}
	}
	return nil
}

// bytes turns one input's bytes into sources: checks, format, and records for JSON.
func (w *walker) bytes(name, file, url, format string, b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return w.fail(name, file, errors.New("empty input"))
	}
	if kind := binaryKind(b); kind != "" {
		return w.fail(name, file, fmt.Errorf("binary data (%s), not text, HTML or JSON", kind))
	}
	if format == "" {
		format = sniff(b)
	}
	b, enc, err := toUTF8(b, format)
	if err != nil {
		return w.fail(name, file, err)
	}
	if enc != "" {
		w.opts.Logger.Info("input is not UTF-8; decoded", "input", name, "encoding", enc)
	}
	if (format == "" || format == "html" || format == "xml" || format == "feed") && isFeed(b) {
		format = "feed"
	}
	switch format {
	case "json", "jsonl":
		return w.records(name, file, url, b, format == "jsonl", enc)
	case "feed":
		return w.feed(name, file, b)
	case "xml":
		return w.fail(name, file, errors.New("XML that is not an RSS or Atom feed is not supported"))
	}
	return w.emit(&doc.Source{Name: name, File: file, URL: url, Format: format, Raw: b, Encoding: enc})
}

// sniff guesses the format of bytes with no telling extension.
func sniff(b []byte) string {
	t := bytes.TrimLeft(b, " \t\r\n\ufeff")
	t = bytes.TrimPrefix(t, []byte("\xef\xbb\xbf"))
	head := strings.ToLower(string(t[:min(len(t), 512)]))
	switch {
	case strings.HasPrefix(head, "{") || strings.HasPrefix(head, "["):
		if bytes.Count(t, []byte("\n{")) > 0 && !strings.HasPrefix(head, "[") {
			return "jsonl"
		}
		return "json"
	case isFeed(t):
		return "feed"
	case strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<html") ||
		strings.HasPrefix(head, "<") && (strings.Contains(head, "<p") || strings.Contains(head, "<div") || strings.Contains(head, "<body") || strings.Contains(head, "<head")):
		return "html"
	case strings.HasPrefix(head, "# ") || strings.HasPrefix(head, "---\n") && strings.Contains(head, "\n# "):
		return "markdown"
	}
	return "text"
}

// binaryKind names the kind of binary data b holds, or "" for text.
func binaryKind(b []byte) string {
	magic := []struct{ prefix, kind string }{
		{"%PDF-", "PDF"}, {"PK\x03\x04", "zip archive or office document"}, {"\x1f\x8b", "gzip"},
		{"\x89PNG", "PNG image"}, {"\xff\xd8\xff", "JPEG image"}, {"GIF8", "GIF image"},
		{"\x7fELF", "executable"}, {"{\\rtf", "RTF document"}, {"\xd0\xcf\x11\xe0", "office document"},
	}
	for _, m := range magic {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			return m.kind
		}
	}
	head := b[:min(len(b), 8192)]
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return "" // UTF-16 with a byte order mark
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return "contains NUL bytes"
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctrl++
		}
	}
	if ctrl*20 > len(head) {
		return "control characters"
	}
	return ""
}

// readCapped reads r up to max bytes; more is an error.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("input is over the %s limit", size(max))
	}
	return b, nil
}

func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 10<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
