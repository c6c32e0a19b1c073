//go:build unix

package eval

import (
	"syscall"
	"time"
)

// CPUTime is the process's user and system CPU time so far: on a shared, loaded machine wall
// time mostly measures the neighbours, CPU time the work. Speed figures report both.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
