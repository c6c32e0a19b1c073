package ingest

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// toUTF8 returns b as UTF-8 and the name of the encoding it was decoded from ("" when it
// already was UTF-8). UTF-16 with a byte order mark is decoded; HTML declares its charset;
// other text that is not valid UTF-8 is read as windows-1252 (a superset of latin-1 for
// printable text), the usual encoding of such files.
func toUTF8(b []byte, format string) ([]byte, string, error) {
	var enc encoding.Encoding
	name := ""
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		enc, name = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		enc, name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case utf8.Valid(b):
		return b, "", nil
	case format == "html":
		e, n, _ := charset.DetermineEncoding(b, "")
		if n != "utf-8" && e != nil {
			enc, name = e, n
		}
	}
	if enc == nil {
		enc, name = charmap.Windows1252, "windows-1252"
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, "", errors.New("not valid UTF-8 and cannot be decoded as " + name)
	}
	if bytes.IndexByte(out, 0) >= 0 {
		return nil, "", errors.New("binary data, not text")
	}
	return out, name, nil
}
