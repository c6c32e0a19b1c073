package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// mdEscape keeps article text from being read as Markdown or HTML inside a table cell.
var mdEscape = strings.NewReplacer("|", "\\|", "\n", " ", "<", "&lt;", ">", "&gt;", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]")

func writeMarkdown(w io.Writer, r *doc.Report) error {
	v := buildView(r)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s\n\n", mdEscape.Replace(v.Title))
	fmt.Fprintf(bw, "%d articles · %d corroborated · %d contested · %d single-source claims\n\n",
		len(v.Docs), v.Counts[doc.Corroborated], v.Counts[doc.Contested], v.Counts[doc.SingleSource])
	fmt.Fprintf(bw, "## Articles\n\n| # | outlet | title | published |\n|---|---|---|---|\n")
	for _, d := range v.Docs {
		title := d.Title
		if d.Error != "" {
			title = "error: " + d.Error
		}
		fmt.Fprintf(bw, "| %d | %s | %s | %s |\n", d.Index, mdEscape.Replace(d.Name), mdEscape.Replace(title), d.Date)
	}
	fmt.Fprintf(bw, "\n## Claims by outlet\n\n| claim | status | gist |")
	for _, d := range v.Docs {
		fmt.Fprintf(bw, " %d |", d.Index)
	}
	fmt.Fprintf(bw, " independent |\n|---|---|---|")
	for range v.Docs {
		fmt.Fprint(bw, ":-:|")
	}
	fmt.Fprint(bw, "---|\n")
	for _, c := range v.Claims {
		fmt.Fprintf(bw, "| %s | %s | %s |", c.ID, c.Status, mdEscape.Replace(c.Gist))
		for _, cell := range c.Cells {
			if cell.Count > 0 {
				fmt.Fprint(bw, " ● |")
			} else {
				fmt.Fprint(bw, " |")
			}
		}
		fmt.Fprintf(bw, " %d |\n", c.Independent)
	}
	fmt.Fprintf(bw, "\n### Evidence\n\n")
	for _, c := range v.Claims {
		if c.Docs < 2 {
			continue
		}
		fmt.Fprintf(bw, "- **%s** (%s) %s\n", c.ID, c.Status, mdEscape.Replace(c.Gist))
		for _, s := range c.Support {
			by := ""
			if s.AttributedTo != "" {
				by = " — attributed to " + mdEscape.Replace(s.AttributedTo)
			}
			fmt.Fprintf(bw, "  - [%d] %d–%d: “%s”%s\n", s.Doc, s.Start, s.End, mdEscape.Replace(s.Text), by)
		}
		if c.Note != "" {
			fmt.Fprintf(bw, "  - note: %s\n", mdEscape.Replace(c.Note))
		}
	}
	if len(v.Framing) > 0 {
		fmt.Fprintf(bw, "\n## Framing (outlet's own voice)\n\n| outlet | actor | names | loaded terms | tone | omitted claims |\n|---|---|---|---|--:|--:|\n")
		for _, f := range v.Framing {
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %.2f | %d |\n", mdEscape.Replace(f.Doc), mdEscape.Replace(f.Entity), mdEscape.Replace(f.Names), mdEscape.Replace(f.Terms), f.Tone, f.Omits)
		}
	}
	if len(v.Events) > 0 {
		fmt.Fprintf(bw, "\n## Events\n\n| outlet | source | CAMEO | target | polarity | date | evidence |\n|---|---|---|---|---|---|---|\n")
		for _, e := range v.Events {
			fmt.Fprintf(bw, "| %s | %s | %s %s | %s | %s | %s | %s |\n", mdEscape.Replace(e.Doc), mdEscape.Replace(e.Source), e.Code, mdEscape.Replace(e.Label), mdEscape.Replace(e.Target), e.Polarity, e.Time, mdEscape.Replace(e.Evidence))
		}
	}
	if len(v.Speakers) > 0 {
		fmt.Fprintf(bw, "\n## Quotes by speaker\n")
		for _, s := range v.Speakers {
			fmt.Fprintf(bw, "\n**%s**\n\n", mdEscape.Replace(s.Speaker))
			for _, q := range s.Quotes {
				fmt.Fprintf(bw, "- (%s, %s) %s\n", mdEscape.Replace(q.Doc), q.Kind, mdEscape.Replace(q.Text))
			}
		}
	}
	if len(v.Entities) > 0 {
		fmt.Fprintf(bw, "\n## Entities\n\n| name | type | country | mentions |\n|---|---|---|--:|\n")
		for _, e := range v.Entities {
			fmt.Fprintf(bw, "| %s | %s | %s | %d |\n", mdEscape.Replace(e.Name), e.Type, e.Country, e.Mentions)
		}
	}
	return bw.Flush()
}
