// Package ingest reads the inputs of a run (files, directories, JSON and JSON Lines records,
// http(s) URLs, standard input and the embedded example stories) and streams each article
// as a doc.Source: its bytes, format and the metadata the input gives about itself. An input
// that cannot be read becomes a Source carrying the error, and the walk goes on.
package ingest
