package clean

import (
	"github.com/parallax-news/parallax/internal/doc"
)

// html cleans an HTML page: its main text, then the text cleaning.
func (c *cleaner) html(d *doc.Document) (rstr, error) {
	ext, err := c.extract(c.raw, d.URL)
	if err != nil {
		return rstr{}, err
	}
	fill := func(f *string, v string) {
		if *f == "" {
			*f = v
		}
	}
	fill(&d.Title, ext.title)
	fill(&d.Subtitle, ext.subtitle)
	fill(&d.Outlet, ext.outlet)
	fill(&d.Published, ext.published)
	fill(&d.Lang, ext.lang)
	fill(&d.URL, ext.url)
	text := c.layout(d, ext.paras)
	if ext.cut {
		noted := false
		for i, n := range d.Notes {
			if n.Kind == doc.NoteTruncated && n.End == len(d.Text) {
				d.Notes[i].Detail += "; the HTML page is cut off before </html>"
				noted = true
			}
		}
		if !noted {
			d.Notes = append(d.Notes, doc.Note{Kind: doc.NoteTruncated, Start: len(d.Text), End: len(d.Text), Detail: "the HTML page is cut off before </html>"})
		}
	}
	return text, nil
}
