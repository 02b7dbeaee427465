//go:build !linux

package normalize

// threadCPU is not measured on this system; CPU-time metrics then read 0.
func threadCPU() int64 { return 0 }
