package report

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/parallax-news/parallax/internal/doc"
)

//go:embed templates/report.html.tmpl
var templates embed.FS

type colorDef struct{ ID, Color string }

func colorID(c string) string { return strings.TrimPrefix(c, "#") }

// htmlTemplate parses the embedded template once; a broken template is an error on first
// use (and in the package tests), not a panic.
var htmlTemplate = sync.OnceValues(func() (*template.Template, error) {
	return template.New("report.html.tmpl").Funcs(template.FuncMap{
		"colors": func() []colorDef {
			var out []colorDef
			for _, c := range append(sortedColors(), "#718096") {
				out = append(out, colorDef{colorID(c), c})
			}
			return out
		},
		"colorID": colorID,
	}).ParseFS(templates, "templates/report.html.tmpl")
})

func sortedColors() []string {
	var out []string
	for _, c := range quadColors {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// writeHTML renders the report as one self-contained HTML file: inline CSS and SVG, no
// scripts, no external assets; every piece of article text goes through html/template.
func writeHTML(w io.Writer, r *doc.Report) error {
	t, err := htmlTemplate()
	if err != nil {
		return fmt.Errorf("report: html template: %w", err)
	}
	if err := t.Execute(w, buildView(r)); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	return nil
}
