package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// records emits one source per JSON record: a single object, an array of objects, or (JSON
// Lines) one object per line. Each is named "name#N", N counting records from 1.
func (w *walker) records(name, file, url string, b []byte, lines bool, enc string) error {
	recs, err := Records(b, lines)
	if err != nil && len(recs) == 0 {
		return w.fail(name, file, err)
	}
	for i, r := range recs {
		rn := name + "#" + strconv.Itoa(i+1)
		if r.err != nil {
			if err := w.fail(rn, file, r.err); err != nil {
				return err
			}
			continue
		}
		src := r.src
		src.Name, src.File, src.Encoding = rn, file, enc
		if src.URL == "" {
			src.URL = url
		}
		if err := w.emit(&src); err != nil {
			return err
		}
	}
	return nil
}

// Record is one parsed JSON record: a source (without its name) or the reason it is unusable.
type Record struct {
	src doc.Source
	err error
}

// Source returns the record's source and its error.
func (r Record) Source() (doc.Source, error) { return r.src, r.err }

// Records parses JSON or JSON Lines articles. Fields understood (case-insensitive): text,
// body, content, article, html, content_html (the article); title, headline; subtitle,
// description, summary; outlet, source, publisher, site_name, site, domain (a string, or an
// object with a name); url, link; published, date, published_at, datePublished, pubDate;
// lang, language.
func Records(b []byte, lines bool) ([]Record, error) {
	t := bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))
	var raws []json.RawMessage
	switch {
	case !lines && len(t) > 0 && t[0] == '[':
		if err := json.Unmarshal(t, &raws); err != nil {
			return nil, fmt.Errorf("invalid JSON: %w", err)
		}
	case !lines:
		var one json.RawMessage
		if err := json.Unmarshal(t, &one); err != nil {
			if bytes.Contains(t, []byte("\n{")) {
				return Records(b, true)
			}
			return nil, fmt.Errorf("invalid JSON: %w", err)
		}
		raws = []json.RawMessage{one}
	default:
		var out []Record
		for i, l := range bytes.Split(t, []byte("\n")) {
			l = bytes.TrimSpace(l)
			if len(l) == 0 {
				continue
			}
			if !json.Valid(l) {
				out = append(out, Record{err: fmt.Errorf("line %d: invalid JSON", i+1)})
				continue
			}
			out = append(out, record(l))
		}
		if len(out) == 0 {
			return nil, errors.New("no JSON records")
		}
		return out, nil
	}
	if len(raws) == 0 {
		return nil, errors.New("no JSON records")
	}
	out := make([]Record, 0, len(raws))
	for _, r := range raws {
		out = append(out, record(r))
	}
	return out, nil
}

func record(raw json.RawMessage) Record {
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return Record{err: errors.New("record is not a JSON object")}
	}
	f := map[string]any{}
	for k, v := range m {
		f[strings.ToLower(strings.ReplaceAll(k, "-", "_"))] = v
	}
	get := func(keys ...string) string {
		for _, k := range keys {
			switch v := f[k].(type) {
			case string:
				if strings.TrimSpace(v) != "" {
					return strings.TrimSpace(v)
				}
			case map[string]any:
				if n, ok := v["name"].(string); ok && n != "" {
					return n
				}
			case float64:
				return strconv.FormatFloat(v, 'f', -1, 64)
			}
		}
		return ""
	}
	var src doc.Source
	if s := get("text", "body", "content", "article", "maintext", "full_text", "fulltext"); s != "" {
		src.Raw, src.Format = []byte(s), "text"
		if looksHTML(s) {
			src.Format = "html"
		}
	} else if s := get("html", "content_html", "body_html", "raw_html"); s != "" {
		src.Raw, src.Format = []byte(s), "html"
	} else {
		return Record{err: errors.New("record has no text or html field")}
	}
	src.Title = get("title", "headline")
	src.Subtitle = get("subtitle", "description", "summary", "dek")
	src.Outlet = get("outlet", "source", "publisher", "site_name", "sitename", "site", "domain", "source_domain")
	src.URL = get("url", "link", "canonical_url")
	src.Published = get("published", "date", "published_at", "datepublished", "pubdate", "date_publish", "publish_date", "seendate")
	src.Lang = strings.ToLower(get("lang", "language"))
	return Record{src: src}
}

// looksHTML reports whether a text field holds markup.
func looksHTML(s string) bool {
	h := strings.ToLower(s[:min(len(s), 2048)])
	return strings.Contains(h, "<p>") || strings.Contains(h, "<p ") || strings.Contains(h, "<div") ||
		strings.Contains(h, "<br") || strings.Contains(h, "<html")
}
