package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/parallax-news/parallax/internal/doc"
)

// isFeed reports whether b looks like an RSS, Atom or RDF feed.
func isFeed(b []byte) bool {
	head := bytes.ToLower(b[:min(len(b), 1024)])
	return bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) ||
		bytes.Contains(head, []byte("<rdf:rdf"))
}

// feed emits one source per feed item that carries its article (content or description),
// named "name#N". The feed's title is the outlet of its items unless they name their own.
func (w *walker) feed(name, file string, b []byte) error {
	srcs, err := FeedItems(b)
	if err != nil {
		return w.fail(name, file, err)
	}
	for i, s := range srcs {
		s.Name, s.File = name+"#"+strconv.Itoa(i+1), file
		if len(s.Raw) == 0 {
			s.Err = fmt.Errorf("ingest: %s: feed item has no content (only a link: %s)", s.Name, s.URL)
		}
		if err := w.emit(s); err != nil {
			return err
		}
	}
	return nil
}

// FeedItems parses an RSS, Atom or JSON feed into sources, one per item, in feed order.
// An item's text is its content, else its description (both may be HTML).
func FeedItems(b []byte) ([]*doc.Source, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("invalid feed: %w", err)
	}
	if len(f.Items) == 0 {
		return nil, errors.New("feed has no items")
	}
	var out []*doc.Source
	for _, it := range f.Items {
		s := &doc.Source{Title: strings.TrimSpace(it.Title), URL: it.Link, Outlet: strings.TrimSpace(f.Title), Lang: strings.ToLower(f.Language)}
		if i := strings.IndexAny(s.Lang, "-_"); i > 0 {
			s.Lang = s.Lang[:i]
		}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		if strings.TrimSpace(body) != "" {
			s.Raw, s.Format = []byte(body), "text"
			if looksHTML(body) || strings.Contains(body, "</") {
				s.Format = "html"
			}
		}
		switch {
		case it.PublishedParsed != nil:
			s.Published = it.PublishedParsed.UTC().Format(time.RFC3339)
		case it.Published != "":
			s.Published = it.Published
		case it.UpdatedParsed != nil:
			s.Published = it.UpdatedParsed.UTC().Format(time.RFC3339)
		}
		out = append(out, s)
	}
	return out, nil
}
