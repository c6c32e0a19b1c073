package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/parallax-news/parallax/internal/doc"
)

// Options choose the output.
type Options struct {
	Format  string // text, json, md, html, events-csv
	Color   bool   // ANSI colour in text output
	Compare bool   // the report is a comparison (claims, framing)
}

// Write renders r in the chosen format.
func Write(w io.Writer, r *doc.Report, o Options) error {
	switch o.Format {
	case "json":
		return writeJSON(w, r)
	case "text", "terminal":
		return writeText(w, r, o)
	case "md", "markdown":
		return writeMarkdown(w, r)
	case "html":
		return writeHTML(w, r)
	case "events-csv":
		return writeEventsCSV(w, r)
	}
	return fmt.Errorf("report: unknown format %q", o.Format)
}

func writeJSON(w io.Writer, r *doc.Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(r)
}
