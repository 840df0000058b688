package main

import "testing"

// BenchmarkTargetsAll: `policydiff targets` over the built-in corpus, end
// to end (start-up, parsing 32 reports, extraction, the table). Budget
// 0.3 s.
func BenchmarkTargetsAll(b *testing.B) { benchCommand(b, "targets") }
