//go:build linux

package normalize

import (
	"syscall"
	"unsafe"
)

// threadCPU returns the CPU time of the calling thread, so that latency can also be measured free of
// the waits that other processes on a shared machine cause. The caller locks its OS thread.
func threadCPU() int64 {
	const clockThreadCPUTimeID = 3
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return ts.Nano()
}
