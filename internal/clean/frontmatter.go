package clean

import "strings"

// metaKeys maps the header keys we understand to the metadata field they fill.
var metaKeys = map[string]string{
	"title": "title", "headline": "title",
	"subtitle": "subtitle", "description": "subtitle", "dek": "subtitle", "summary": "subtitle",
	"outlet": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet", "site_name": "outlet",
	"url": "url", "link": "url", "canonical": "url",
	"published": "published", "date": "published", "published_at": "published", "pubdate": "published",
	"datepublished": "published", "time": "published",
	"lang": "lang", "language": "lang",
	"author": "author", "authors": "author", "byline": "author",
	"tags": "tags", "category": "tags", "categories": "tags",
}

// FrontMatter reads an optional metadata header at the start of a text or Markdown input:
// either a block fenced by "---" lines (YAML-ish "key: value" lines) or a first paragraph
// made only of known "key: value" lines followed by a blank line. It returns the fields found
// (keys normalised: title, subtitle, outlet, url, published, lang, author, tags) and the byte
// offset where the body starts; body is 0 when there is no header.
func FrontMatter(raw string) (meta map[string]string, body int) {
	start := 0
	if strings.HasPrefix(raw, "\uFEFF") {
		start = 3
	}
	rest := raw[start:]
	if strings.TrimRight(rest[:lineEnd(rest, 0)], " \t\r") == "---" {
		{
			meta = map[string]string{}
			pos := nextLine(rest, 0)
			for pos < len(rest) {
				l := strings.TrimRight(rest[pos:lineEnd(rest, pos)], " \t\r")
				next := nextLine(rest, pos)
				if l == "---" || l == "..." {
					return meta, start + next
				}
				if k, v, ok := metaLine(l, false); ok {
					meta[k] = v
				}
				pos = next
			}
			return nil, 0 // never closed: not a header
		}
	}
	meta = map[string]string{}
	pos := 0
	for pos < len(rest) {
		l := strings.TrimRight(rest[pos:lineEnd(rest, pos)], " \t\r")
		next := nextLine(rest, pos)
		if strings.TrimSpace(l) == "" {
			if len(meta) == 0 {
				return nil, 0
			}
			return meta, start + next
		}
		k, v, ok := metaLine(l, true)
		if !ok {
			return nil, 0
		}
		meta[k] = v
		pos = next
	}
	return nil, 0 // a header with no body after it is the body
}

func lineEnd(s string, pos int) int {
	if i := strings.IndexByte(s[pos:], '\n'); i >= 0 {
		return pos + i
	}
	return len(s)
}

func nextLine(s string, pos int) int {
	e := lineEnd(s, pos)
	if e < len(s) {
		return e + 1
	}
	return e
}

// metaLine parses "key: value". In strict mode (a header without fences) the key must be
// known and the value non-empty.
func metaLine(l string, strict bool) (key, value string, ok bool) {
	i := strings.IndexByte(l, ':')
	if i <= 0 || i > 20 {
		return "", "", false
	}
	k := strings.ToLower(strings.TrimSpace(l[:i]))
	k = strings.ReplaceAll(k, "-", "_")
	field, known := metaKeys[k]
	if !known {
		if strict {
			return "", "", false
		}
		field = k
	}
	v := strings.TrimSpace(l[i+1:])
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		v = v[1 : len(v)-1]
	}
	if strict && v == "" {
		return "", "", false
	}
	return field, v, true
}
