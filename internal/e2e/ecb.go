package e2e

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/parallax-news/parallax/internal/doc"
	"github.com/parallax-news/parallax/internal/ecbplus"
)

// article is an ECB+ article rebuilt as text, with its topic and which of the topic's two
// events it reports ("ecb" or "ecbplus").
type article struct {
	Topic, Event, Name string
	Doc                *doc.Document
}

// readECB reads the ECB+ topics under root: root/<topic>/<topic>_<n>ecb.xml and
// ...ecbplus.xml, each an article of one of the topic's two events, one line per sentence,
// the first (the headline in ECB+) as the title.
func readECB(root string) (map[string][]article, error) {
	as, err := ecbplus.Load(root)
	if err != nil {
		return nil, fmt.Errorf("e2e: %w", err)
	}
	out := map[string][]article{}
	for _, a := range as {
		d := &doc.Document{ID: a.Name, File: filepath.Join(root, a.Topic, a.Name), Text: a.Text, Lang: "en"}
		if i := strings.IndexByte(a.Text, '\n'); i > 0 {
			d.Title = a.Text[:i]
		}
		out[a.Topic] = append(out[a.Topic], article{Topic: a.Topic, Event: a.Event, Name: a.Name, Doc: d})
	}
	return out, nil
}
