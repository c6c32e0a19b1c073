// Package entity finds the actors a news article names and decides which words name the same
// one: names from the knowledge base and from the statistical tagger, titles ("Russian
// President Vladimir Putin"), roles used as names ("the Russian president"), seats of power
// standing for governments ("the Kremlin"), pronouns and group nominals ("the militants").
// Link then merges the actors of every document of a run, so the same actor in two articles
// is one entity.
//
// Entity ids are stable across documents and runs: "kb:KEY" for knowledge-base actors and
// "TYPE:slug" (e.g. "person:notte") for names the knowledge base does not know.
package entity
