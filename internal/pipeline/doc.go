// Package pipeline wires the stages together: it reads inputs, cleans and analyses each
// document in parallel, links actors across the run and, for compare, aligns and frames.
package pipeline
