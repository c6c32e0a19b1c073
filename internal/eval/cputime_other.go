//go:build !unix

package eval

import "time"

// CPUTime is not measured on this platform: 0, and speed figures fall back to wall time.
func CPUTime() time.Duration { return 0 }
