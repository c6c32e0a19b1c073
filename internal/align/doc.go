// Package align finds the propositions each document of a story states and groups them
// across documents into claims: corroborated (two or more documents), single-source, or
// contested (different counts of the same thing, different calendar dates for the same
// event, or one document denying what another asserts in near-identical terms), with the
// supporting clause of every document at its byte offsets and the independence of the
// sources behind it (shared upstream agency, shared attributed source, or near-identical
// wire copy count once).
//
// A proposition is a clause (a sentence split at semicolons, dashes, glued fragments,
// contrastive and relative markers, coordinated past-tense verbs and opening subordinate
// phrases); photo captions are left out. Its features are the actors it names (entity ids
// and their countries, capitalised words no mention covers, the actors of its sentence at a
// lower weight), the event codes found in it (CAMEO roots as a predicate ontology), its
// dates, its counts, synonym classes of its words (the embedded lexicon data/classes.txt:
// meet ~ talks ~ visit, aid ~ assistance ~ arm, condemn ~ oppose, treaty ~ agreement), its
// polarity (negation and refusal words outside short quoted phrases) and its rarer content
// words, each weighted by rarity in the run.
//
// Grouping: candidate pairs are blocked through an inverted index of the features (all
// against all in short posting lists, a sliding window in long ones), so the work per
// proposition is bounded; pairs about different actors (or, for propositions naming none,
// documents with different principal actors) are never candidates. Pairs are taken best
// first: two free propositions open a claim, a free one joins a claim it is close to as a
// whole, or else opens a second claim with its partner (one sentence may support two
// claims). Then unclaimed propositions restating a member in the same document (a
// paraphrase beside its quotation) join, and counts that differ between documents about the
// same actors open contested claims.
package align
