// Package lang tells which language a document is written in: the writing system first,
// then, for Latin and Cyrillic text, the share of each language's most frequent function
// words. It is small and fast, and answers "" when the evidence is thin.
package lang
