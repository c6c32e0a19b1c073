// Package segment splits cleaned text into sentences and tokens, each a byte span of the text.
//
// Tokens come first: words (with clitics split off, "Putin's" → "Putin" "'s"), numbers
// ("1,000.5"), abbreviations with their period ("U.S.", "Gen."), URLs, e-mail addresses and
// punctuation. Sentence boundaries are then decided at token level from the kind of the
// closing mark, the word before it and the word after it, with list items and bullets
// starting sentences of their own. A sentence never crosses a block or a line break.
// Knowledge (abbreviations and usual sentence openers) is embedded data, validated at load.
package segment
