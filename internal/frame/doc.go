// Package frame measures how each outlet names and frames each actor, in the outlet's own
// voice only: words inside quotation marks, quoted speech and attributed content belong to
// their speakers and are masked out first. For every document and actor it lists the names
// and labels used, the loaded or evaluative terms (the embedded lexicon data/loaded.txt)
// that qualify the actor with their spans, a tone score from the embedded valence lexicon
// data/tone.txt, and the claims other outlets make about the actor that this one omits.
package frame
