package clean

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/internal/doc"
)

func FuzzClean(f *testing.F) {
	seeds := []string{
		"Title here\nSub line.\n\nMoscowIranian minister left. armyHe said \"x.\n\nAdvertisement\n\nWhy now?\n\nEnd",
		"cafÃ© â€™ Ã\u00a0\r\n\r\nKYIV, June 3 (Reuters) - The text.",
		"---\ntitle: T\n---\n# H\n\n* item **b** [l](u)\n\n![cap](x.png)\n",
		"\xff\xfe bad \x00 bytes \xc3",
		"said.The end. lower start. \"open “curly» «x",
	}
	for _, s := range seeds {
		f.Add(s, false, false)
	}
	f.Add("<html><body><article><h1>T</h1><p>Para &amp; one.</p><p>Two</p></article></body></html>", true, false)
	f.Fuzz(func(t *testing.T, in string, html, markdown bool) {
		format := "text"
		if html {
			format = "html"
		} else if markdown {
			format = "markdown"
		}
		src := &doc.Source{Name: "fuzz", Format: format, Raw: []byte(in)}
		d := Clean(src)
		if d.Error != "" {
			return
		}
		checkDoc(t, src.Raw, d)
	})
}

func BenchmarkClean(b *testing.B) {
	raw := benchArticle()
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		d := Clean(&doc.Source{Name: "bench.txt", Format: "text", Raw: raw})
		if d.Error != "" {
			b.Fatal(d.Error)
		}
	}
}

func BenchmarkCleanHTML(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		d := Clean(&doc.Source{Name: "article.html", Format: "html", Raw: raw})
		if d.Error != "" {
			b.Fatal(d.Error)
		}
	}
}

// benchArticle is a realistic scraped article of about 12 KB, with the usual damage.
func benchArticle() []byte {
	head := "Ferry services resume after week-long storm\nHarbour towns count the cost as boats return to sea.\n\n" +
		"LisbonThe first ferry left the harbour at dawn on Monday, a week after the storm closed the port. " +
		"\"We have never seen anything like it,\" said Ana Costa, who runs a café near the pier.\n\nAdvertisement\n\n"
	para := "Officials said repairs to the breakwater would take months and cost more than 40 million euros. " +
		"The mayor, who visited the docks on Sunday, promised help for families whose boats sank. " +
		"Fishermen said insurance would cover only part of the losses, and some feared they would not fish again this yearThey asked for loans.\n\n"
	body := []byte(head)
	for i := 0; len(body) < 12000; i++ {
		if i%4 == 3 {
			body = append(body, "What happens next\n\n"...)
		}
		body = append(body, para...)
	}
	return body
}

func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: A\noutlet: 'B'\n---\nBody")
	f.Add("title: A\npublished: 2025-01-02\n\nBody")
	f.Add("\ufeff---\r\nlang: en\r\n...\r\nx")
	f.Add("---\nnever closed")
	f.Fuzz(func(t *testing.T, in string) {
		meta, body := FrontMatter(in)
		if body < 0 || body > len(in) {
			t.Fatalf("body offset %d outside input of %d bytes", body, len(in))
		}
		if body == 0 && meta != nil {
			t.Fatalf("metadata %v without a header", meta)
		}
	})
}
