// Package clean turns one read input (a doc.Source) into a document: the cleaned text, its
// blocks (title, subtitle, dateline, heading, caption, boilerplate, body), notes on the
// damage found in the input (glued words, fragments, unbalanced quotes, mojibake,
// duplicates, truncation) and a source map from the cleaned text back to the raw bytes.
//
// Cleaning never rewrites text beyond repairs: whitespace is normalised, a glue is split by
// inserted bytes, certain mojibake is decoded; every other byte of the cleaned text is a
// byte of the input, and the source map says which.
package clean
