// Package datafile reads the line-based knowledge files the stages embed (lexicons, pattern
// lists, abbreviations): one entry a line, blank lines and "#" comments skipped, each entry
// with its line number so that a bad one fails at load time with file and line.
package datafile

import (
	"bufio"
	"strings"
)

// Lines calls fn with the number (from 1) and the text, spaces trimmed, of every line of src
// that is neither blank nor a comment. It stops at the first error fn returns.
func Lines(src string, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}
