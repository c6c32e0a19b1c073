// Package report writes a run's report: terminal text, JSON (the versioned schema), Markdown,
// self-contained HTML, and event records as CSV.
package report
