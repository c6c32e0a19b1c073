// Package postag assigns Penn Treebank part-of-speech tags (NNP, VBD, IN, ...) to tokens with
// an averaged perceptron: greedy left-to-right decoding over hashed word, affix, shape and
// previous-tag features, plus a dictionary of unambiguous frequent words.
//
// The embedded model (model.bin.gz) is trained by `go run ./tools/trainpos` on the GUM
// corpus training documents (Georgetown University Multilayer corpus, annotations CC BY 4.0;
// see NOTICE), with GUM's dev and test documents held out to measure accuracy.
package postag
