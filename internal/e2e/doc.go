// Package e2e checks the compare pipeline end to end: golden stories (testdata/stories/<name>/
// with the articles and want.json, rewritten with `go test ./internal/e2e -update`), the
// HTML report in a headless browser, the speed of a comparison, and `parallax eval stories`,
// which measures on ECB+ topics whether articles of the same event share corroborated claims
// more often than articles of a look-alike event.
package e2e
