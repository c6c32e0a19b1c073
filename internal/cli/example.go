package cli

// exampleInput is the embedded example story compare reads when given no input.
const (
	exampleInput     = "example:"
	examplePublished = "2026-03-10"
)
