// Package acceptance holds the project's held-out style acceptance test: its own news stories
// (testdata/acceptance/<story>/: two or three invented outlets' articles about one invented
// event, with realistic scraping damage, an expect.json in the format of the seeds'
// expectations and a floor), checked with the shared seeds checker against the output of
// `parallax compare --format json`.
//
// The expectations are what a careful analyst reads out of the articles, not what the
// program outputs, so many must items fail today; the test logs every failing item and fails
// only when a story's count of passing must items drops below the floor recorded in
// testdata/acceptance/<story>/floor. Raise a floor when a stage improves:
//
//	go test ./internal/acceptance -v    # logs "must: N passed" per story
//
// The package has no library code.
package acceptance
