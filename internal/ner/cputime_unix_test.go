//go:build unix

package ner

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, so benchmarks can report throughput per CPU
// second as well as per wall-clock second on a shared, busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
