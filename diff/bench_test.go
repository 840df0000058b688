package diff

import (
	"testing"

	"github.com/policydiff/policydiff/document"
)

// BenchmarkDiffCompare measures matching 全国 against 广东, labelled once:
// extraction, candidates, scoring and word diffs.
func BenchmarkDiffCompare(b *testing.B) {
	al, docs := setup(b)
	ls := al.Label([]*document.Document{docs["全国"], docs["广东"]})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Compare(al, ls[0], ls[1])
	}
}
