// Package conllu reads CoNLL-U files, the Universal Dependencies format the project's
// annotated corpora come in (GUM for sentences, parts of speech, lemmas and names): one word
// a line in ten tab-separated columns, sentences separated by blank lines, comment lines
// ("# newdoc", "# newpar", "# text = ...") before each sentence. Every evaluation and
// training reader of the project builds on this one.
package conllu
