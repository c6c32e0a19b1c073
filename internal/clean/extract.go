package clean

import (
	"errors"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extracted is the main text and metadata of an HTML page.
type extracted struct {
	title, subtitle, outlet, published, lang, url string
	paras                                         []para
	cut                                           bool // the page ends before </html>
}

// minArticleWords is the least main text, in words, that makes a page an article.
const minArticleWords = 12

// errNoArticle is returned for a page with no main text.
var errNoArticle = errors.New("no article text found in the HTML")

// extract finds the main text of an HTML page with go-trafilatura (go-readability as the
// fallback) and maps each of its paragraphs back to the bytes of the page.
func (c *cleaner) extract(raw, pageURL string) (*extracted, error) {
	ext := &extracted{cut: cutHTML(raw)}
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	var root *html.Node
	// The input is UTF-8 already (ingest decodes other encodings), so the page is parsed
	// here rather than by trafilatura, which would guess its charset again.
	page, err := html.Parse(strings.NewReader(raw))
	if err != nil {
		return nil, err
	}
	captions := figcaptions(page)
	res, err := trafilatura.ExtractDocument(page, trafilatura.Options{
		OriginalURL: u, EnableFallback: true, ExcludeComments: true, IncludeImages: true,
		// Dates from the page's metadata and markup only: a scan of the text finds copyright
		// years and "updated" stamps as readily as publication dates.
		HtmlDateMode: trafilatura.Fast,
	})
	if err == nil && res != nil && res.ContentNode != nil && strings.TrimSpace(res.ContentText) != "" {
		root = res.ContentNode
		m := res.Metadata
		ext.title, ext.subtitle, ext.outlet, ext.lang, ext.url = m.Title, m.Description, m.Sitename, m.Language, m.URL
		if !m.Date.IsZero() {
			ext.published = isoDate(m.Date)
		}
	} else if art, rerr := readability.FromReader(strings.NewReader(raw), u); rerr == nil && art.Node != nil {
		root = art.Node
		ext.title, ext.subtitle, ext.outlet, ext.lang = art.Title(), art.Excerpt(), art.SiteName(), art.Language()
		if t, terr := art.PublishedTime(); terr == nil {
			ext.published = isoDate(t)
		}
	}
	if root == nil {
		if ext.cut {
			return nil, errors.New("no article text found in the HTML, which is cut off before </html>")
		}
		return nil, errNoArticle
	}
	if i := strings.IndexAny(ext.lang, "-_"); i > 0 {
		ext.lang = ext.lang[:i]
	}
	ext.lang = strings.ToLower(ext.lang)
	stream := c.htmlText(raw)
	al := aligner{stream: stream}
	al.index()
	var blocks []htmlBlock
	leafBlocks(root, &blocks)
	if ext.title != "" && (len(blocks) == 0 || !sameText(blocks[0].text, ext.title)) {
		ext.paras = append(ext.paras, para{t: c.tidy(al.find(ext.title, true)), kind: "title"})
	}
	// Captions the extractor left out go back in at their place in the page.
	var caps []placedPara
	for _, text := range captions {
		if hasBlock(blocks, text) {
			continue
		}
		if t, at := al.findAt(text, true); at >= 0 {
			caps = append(caps, placedPara{para{t: c.tidy(t), md: "image"}, at})
		}
	}
	for _, b := range blocks {
		t, at := al.findAt(b.text, false)
		t = c.tidy(t)
		if t.s == "" {
			continue
		}
		for len(caps) > 0 && at >= 0 && caps[0].at < at {
			ext.paras = append(ext.paras, caps[0].p)
			caps = caps[1:]
		}
		ext.paras = append(ext.paras, para{t: t, md: b.kind})
	}
	n := 0
	for _, p := range ext.paras {
		if p.kind == "" && p.md != "heading" && !sameText(p.t.s, ext.title) {
			n += words(p.t.s)
		}
	}
	if n < minArticleWords {
		if ext.cut {
			return nil, errors.New("no article text found in the HTML, which is cut off before </html>")
		}
		return nil, errNoArticle
	}
	if ext.paras[0].kind == "" && ext.title != "" && sameText(ext.paras[0].t.s, ext.title) {
		ext.paras[0].kind = "title"
	}
	return ext, nil
}

func isoDate(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// cutHTML reports whether a page stops before its closing tags.
func cutHTML(raw string) bool {
	tail := strings.ToLower(strings.TrimSpace(raw[max(0, len(raw)-512):]))
	return strings.Contains(strings.ToLower(raw[:min(len(raw), 1024)]), "<html") && !strings.HasSuffix(tail, "</html>")
}

var brBreak = regexp.MustCompile(`\n[ \t\r\f]*\n`)

// htmlBlock is one block of extracted text.
type htmlBlock struct {
	text string
	kind string // "heading", "item", "image" (a caption) or ""
}

var blockAtoms = map[atom.Atom]string{
	atom.P: "", atom.Div: "", atom.Section: "", atom.Article: "", atom.Blockquote: "", atom.Pre: "",
	atom.H1: "heading", atom.H2: "heading", atom.H3: "heading", atom.H4: "heading", atom.H5: "heading",
	atom.H6: "heading", atom.Summary: "heading", atom.Li: "item", atom.Dd: "item", atom.Dt: "item",
	atom.Figcaption: "image", atom.Caption: "image", atom.Td: "", atom.Th: "", atom.Tr: "",
	atom.Table: "", atom.Ul: "", atom.Ol: "", atom.Dl: "", atom.Figure: "", atom.Main: "", atom.Body: "",
	atom.Header: "", atom.Footer: "", atom.Aside: "", atom.Nav: "", atom.Address: "", atom.Hr: "",
}

// leafBlocks collects the text of n block by block: runs of inline content between block
// elements are blocks of their own.
func leafBlocks(n *html.Node, out *[]htmlBlock) {
	var run strings.Builder
	kind := ""
	if n.Type == html.ElementNode {
		kind = blockAtoms[n.DataAtom]
		if n.Data == "head" {
			kind = "heading" // trafilatura's name for headings
		}
	}
	flush := func() {
		// Two line breaks in a row separate paragraphs.
		for _, t := range brBreak.Split(run.String(), -1) {
			if t = strings.TrimSpace(t); t != "" {
				*out = append(*out, htmlBlock{text: t, kind: kind})
			}
		}
		run.Reset()
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode:
			run.WriteString(ch.Data)
		case ch.Type == html.ElementNode && (ch.DataAtom == atom.Br || ch.Data == "lb"):
			run.WriteString("\n")
		case ch.Type == html.ElementNode && isBlock(ch):
			flush()
			leafBlocks(ch, out)
		case ch.Type == html.ElementNode:
			inlineText(ch, &run)
		}
	}
	flush()
}

func isBlock(n *html.Node) bool {
	if _, ok := blockAtoms[n.DataAtom]; ok && n.DataAtom != 0 {
		return true
	}
	switch n.Data {
	case "head", "list", "item", "quote", "table", "row", "cell":
		return true
	}
	return false
}

func inlineText(n *html.Node, b *strings.Builder) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode:
			b.WriteString(ch.Data)
		case ch.Type == html.ElementNode && (ch.DataAtom == atom.Br || ch.Data == "lb"):
			b.WriteString("\n")
		case ch.Type == html.ElementNode:
			inlineText(ch, b)
		}
	}
}

var skipText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Title: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Textarea: true, atom.Select: true,
}

// htmlText is the text of the page, entities decoded, each byte mapped to the page when it
// is a copy of it. Block boundaries become line breaks.
func (c *cleaner) htmlText(raw string) rstr {
	z := html.NewTokenizer(strings.NewReader(raw))
	var out rstr
	pos, skip := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		n := len(z.Raw())
		start := pos
		pos += n
		switch tt {
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipText[a] {
				switch tt {
				case html.StartTagToken:
					skip++
				case html.EndTagToken:
					if skip > 0 {
						skip--
					}
				}
			}
			if _, ok := blockAtoms[a]; ok || a == atom.Br {
				out.appendR(lit("\n"))
			}
		case html.TextToken:
			if skip == 0 && start+n <= len(raw) {
				out.appendR(decodeEntities(raw, start, start+n))
			}
		}
	}
	return out
}

// decodeEntities copies raw[start:end], decoding character references; decoded characters
// are inserted text.
func decodeEntities(raw string, start, end int) rstr {
	s := raw[start:end]
	if !strings.Contains(s, "&") {
		return rawRange(raw, start, end)
	}
	var out rstr
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		j := i + 1
		for j < len(s) && j-i < 33 && (s[j] == '#' || s[j] < 0x80 && (unicode.IsLetter(rune(s[j])) || unicode.IsDigit(rune(s[j])))) {
			j++
		}
		if j < len(s) && s[j] == ';' {
			j++
		}
		dec := html.UnescapeString(s[i:j])
		if dec == s[i:j] {
			continue
		}
		out.appendR(rawRange(raw, start+last, start+i))
		out.appendR(lit(dec))
		last = j
		i = j - 1
	}
	out.appendR(rawRange(raw, start+last, end))
	return out
}

// aligner finds extracted text in the page's text, ignoring white space.
type aligner struct {
	stream  rstr
	compact string
	pos     []int // compact index -> stream index
	cursor  int   // compact index after the last match
}

func (a *aligner) index() {
	a.compact, a.pos = compact(a.stream.s)
}

// find returns the page text matching s (white space aside), mapped; when it cannot be
// found, s itself as inserted text. Matches are sought after the previous one first.
func (a *aligner) find(s string, anywhere bool) rstr {
	r, _ := a.findAt(s, anywhere)
	return r
}

// findAt is find that also returns where in the page's text the match starts (-1 when
// there is none).
func (a *aligner) findAt(s string, anywhere bool) (rstr, int) {
	key, _ := compact(s)
	if key == "" {
		return rstr{}, -1
	}
	from := a.cursor
	if anywhere {
		from = 0
	}
	i := strings.Index(a.compact[from:], key)
	if i >= 0 {
		i += from
	} else if i = strings.Index(a.compact, key); i < 0 {
		return lit(s), -1
	}
	j := i + len(key)
	if !anywhere {
		a.cursor = j
	}
	return a.stream.slice(a.pos[i], a.pos[j-1]+1), i
}

// tidy flattens a block's text to one line of single spaces.
func (c *cleaner) tidy(r rstr) rstr {
	return squeeze(c.normalizeR(r, true))
}

// compact drops the white space of s, keeping every other byte as it is, and returns for
// each kept byte its index in s.
func compact(s string) (string, []int) {
	b := make([]byte, 0, len(s))
	pos := make([]int, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			b = append(b, s[i:i+size]...)
			for k := range size {
				pos = append(pos, i+k)
			}
		}
		i += size
	}
	return string(b), pos
}

// placedPara is a paragraph with its position in the page's text.
type placedPara struct {
	p  para
	at int
}

func hasBlock(blocks []htmlBlock, text string) bool {
	for _, b := range blocks {
		if sameText(b.text, text) {
			return true
		}
	}
	return false
}

// figcaptions returns the text of the page's figure captions, those inside its <article>
// (or <main>) when it has one, in page order.
func figcaptions(page *html.Node) []string {
	var scope []*html.Node
	var find func(n *html.Node, a atom.Atom)
	find = func(n *html.Node, a atom.Atom) {
		if n.Type == html.ElementNode && n.DataAtom == a {
			scope = append(scope, n)
			return
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			find(ch, a)
		}
	}
	find(page, atom.Article)
	if len(scope) == 0 {
		find(page, atom.Main)
	}
	if len(scope) == 0 {
		scope = []*html.Node{page}
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Figcaption {
			var b strings.Builder
			inlineText(n, &b)
			if t := strings.Join(strings.Fields(b.String()), " "); t != "" {
				out = append(out, t)
			}
			return
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	for _, n := range scope {
		walk(n)
	}
	return out
}
