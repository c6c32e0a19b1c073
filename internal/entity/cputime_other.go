//go:build !unix

package entity

import "time"

// cpuTime is not measured on this platform; speed figures fall back to wall time.
func cpuTime() time.Duration { return 0 }
