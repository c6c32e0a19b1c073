package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/parallax-news/parallax/internal/doc"
)

func writeText(w io.Writer, r *doc.Report, o Options) error {
	bw := bufio.NewWriter(w)
	for i, d := range r.Documents {
		name := d.File
		if name == "" {
			name = d.URL
		}
		fmt.Fprintf(bw, "[%d] %s\n", i, name)
		if d.Error != "" {
			fmt.Fprintf(bw, "    error: %s\n", d.Error)
			continue
		}
		if d.Title != "" {
			fmt.Fprintf(bw, "    title: %s\n", d.Title)
		}
		fmt.Fprintf(bw, "    outlet: %s  published: %s  lang: %s\n", d.Outlet, d.Published, d.Lang)
		fmt.Fprintf(bw, "    %d blocks, %d sentences, %d notes, %d mentions, %d quotes, %d events, %d times\n",
			len(d.Blocks), len(d.Sentences), len(d.Notes), len(d.Mentions), len(d.Quotes), len(d.Events), len(d.Times))
	}
	return bw.Flush()
}
