package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
)

// ANSI styles, used only when Options.Color is set.
const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
	ansiGreen = "\x1b[32m"
	ansiRed   = "\x1b[31m"
	ansiGrey  = "\x1b[90m"
)

type styler bool

func (s styler) wrap(code, text string) string {
	if !s {
		return text
	}
	return code + text + ansiReset
}

func statusStyle(status string) string {
	switch status {
	case doc.Corroborated:
		return ansiGreen
	case doc.Contested:
		return ansiRed
	}
	return ansiGrey
}

func writeText(w io.Writer, r *doc.Report, o Options) error {
	st := styler(o.Color)
	bw := bufio.NewWriter(w)
	for i, d := range r.Documents {
		fmt.Fprintf(bw, "%s %s\n", st.wrap(ansiBold, fmt.Sprintf("[%d]", i)), docName(d, i))
		if d.Error != "" {
			fmt.Fprintf(bw, "    %s\n", st.wrap(ansiRed, "error: "+d.Error))
			continue
		}
		if d.Title != "" {
			fmt.Fprintf(bw, "    title: %s\n", d.Title)
		}
		fmt.Fprintf(bw, "    outlet: %s  published: %s  lang: %s\n", d.Outlet, d.Published, d.Lang)
		fmt.Fprintf(bw, "    %d blocks, %d sentences, %d notes, %d mentions, %d quotes, %d events, %d times\n",
			len(d.Blocks), len(d.Sentences), len(d.Notes), len(d.Mentions), len(d.Quotes), len(d.Events), len(d.Times))
	}
	if !o.Compare {
		return bw.Flush()
	}
	names := entityNames(r)
	counts := map[string]int{}
	for _, c := range r.Claims {
		counts[c.Status]++
	}
	fmt.Fprintf(bw, "\n%s %d corroborated, %d contested, %d single-source\n", st.wrap(ansiBold, "Claims:"),
		counts[doc.Corroborated], counts[doc.Contested], counts[doc.SingleSource])
	shown := 0
	for _, c := range r.Claims {
		if c.Status == doc.SingleSource {
			continue
		}
		shown++
		var docs []string
		last := -1
		for _, s := range c.Support {
			if s.Doc != last {
				docs = append(docs, fmt.Sprint(s.Doc))
				last = s.Doc
			}
		}
		fmt.Fprintf(bw, "  %s %-13s %s %s\n", c.ID, st.wrap(statusStyle(c.Status), c.Status), c.Gist,
			st.wrap(ansiDim, fmt.Sprintf("[docs %s; %d independent]", strings.Join(docs, ","), c.Independent)))
		if c.Note != "" {
			fmt.Fprintf(bw, "       %s\n", st.wrap(ansiDim, c.Note))
		}
	}
	if shown == 0 {
		fmt.Fprintln(bw, "  no claim is shared by two documents")
	}
	// Single-source claims per document, a few each.
	per := map[int]int{}
	for _, c := range r.Claims {
		if c.Status != doc.SingleSource || len(c.Support) == 0 {
			continue
		}
		d := c.Support[0].Doc
		if per[d] == 0 {
			fmt.Fprintf(bw, "  %s\n", st.wrap(ansiBold, fmt.Sprintf("only in [%d]:", d)))
		}
		per[d]++
		if per[d] <= 5 {
			fmt.Fprintf(bw, "    %s %s\n", c.ID, c.Gist)
		}
	}
	if len(r.Framing) > 0 {
		fmt.Fprintf(bw, "\n%s\n", st.wrap(ansiBold, "Framing (outlet's own voice):"))
		for _, f := range r.Framing {
			if len(f.Terms) == 0 && len(f.Names) < 2 {
				continue
			}
			var ts []string
			for _, t := range f.Terms {
				ts = append(ts, fmt.Sprintf("%s×%d", t.Term, t.Count))
			}
			line := fmt.Sprintf("  [%d] %s: names %s", f.Doc, nameOf(names, f.Entity, f.Entity), strings.Join(f.Names, "; "))
			if len(ts) > 0 {
				line += "; terms " + st.wrap(ansiRed, strings.Join(ts, ", "))
			}
			fmt.Fprintf(bw, "%s; tone %+.2f\n", line, f.Tone)
		}
	}
	return bw.Flush()
}
