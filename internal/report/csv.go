package report

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/parallax-news/parallax/internal/doc"
)

// eventsCSVHeader names the columns of the events export (docs/EVENTS.md).
var eventsCSVHeader = []string{
	"date", "source_code", "source_name", "cameo", "plover", "target_code", "target_name",
	"polarity", "modality", "quad_class", "goldstein", "document", "evidence", "start", "end",
	"label", "trigger", "reported_by", "url",
}

// writeEventsCSV writes one row per event of every document, in the spirit of the
// GDELT/Phoenix exports: date (the event's time expression, else the publication date),
// actors (CAMEO-style code and name), codes, polarity and modality, the document and the
// evidence with its byte span in the document's cleaned text.
func writeEventsCSV(w io.Writer, r *doc.Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(eventsCSVHeader); err != nil {
		return err
	}
	for _, d := range r.Documents {
		docName := d.File
		if docName == "" {
			docName = d.ID
		}
		for _, e := range d.Events {
			date := e.Time
			if date == "" {
				date = d.Published
			}
			row := []string{
				date, csvActorCode(e.Source), csvActorName(e.Source), e.CAMEO, e.PLOVER,
				csvActorCode(e.Target), csvActorName(e.Target), e.Polarity, e.Modality,
				strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', -1, 64),
				docName, e.Evidence.Text, strconv.Itoa(e.Evidence.Start), strconv.Itoa(e.Evidence.End),
				e.Label, e.Trigger.Text, e.ReportedBy, d.URL,
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvActorCode(a *doc.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

func csvActorName(a *doc.Actor) string {
	if a == nil {
		return ""
	}
	if a.Name != "" {
		return a.Name
	}
	return a.Text
}
