// Package corpus generates news-like articles for benchmarks and scaling tests: deterministic
// for a seed, written from the project's own templates (no third-party text), with the
// actors, quotes, dates, numbers and attributions that real news carries.
package corpus
