// Package ingest reads the inputs of a run and streams each article as a doc.Source: its
// bytes, format and the metadata the input gives about itself.
//
// Inputs are files (plain text, Markdown, HTML, JSON, JSON Lines, RSS/Atom feeds; the format
// comes from the extension, else from the content), directories (recursively, in lexical
// order, hidden entries skipped), http(s) URLs (size cap, timeout, redirect limit, and no
// private, loopback or link-local address unless allowed: the check runs on the address
// actually dialled, after every redirect), "-" for standard input, and "example:" or
// "example:STORY" for the embedded example stories. A JSON record or a feed item is one
// source named "input#N".
//
// Bytes that are not UTF-8 are decoded (UTF-16 with a byte order mark, the charset an HTML
// page declares, else windows-1252) and Source.Encoding says so. An input that cannot be
// read (missing, empty, binary, too large, unreachable) becomes a Source carrying the error,
// naming the input, and the walk goes on.
package ingest
