// Package kb is parallax's knowledge base: countries with ISO codes, demonyms, capitals and
// seats of power, offices and roles, organisations, armed groups, outlets, weapons and
// well-known office holders, embedded as plain data files and extended by user files.
//
// Every file is a tab-separated table read at Load, where a bad entry fails with its file and
// line; docs/KB.md documents the format. countries.tsv, words.txt and propers.txt are
// generated from Debian packages by `go run ./tools/genkb`; the other tables are written by
// the project.
package kb
