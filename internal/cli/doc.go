// Package cli is the parallax command line: it parses arguments, builds the run's config and
// calls the pipeline, the report writers and the evaluations.
package cli
