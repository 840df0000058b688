package align

import "testing"

// BenchmarkLabelCorpus: topic scores for every paragraph and sentence of
// the 32 reports.
func BenchmarkLabelCorpus(b *testing.B) {
	a := testAligner(b)
	docs := corpus(b)
	for b.Loop() {
		a.Label(docs)
	}
}

// BenchmarkPairAll: all 496 pairs of the 32 reports, from labelled
// documents whose sections are already cut into words (cutting the whole
// corpus is measured in segment). Budget: 1 s.
func BenchmarkPairAll(b *testing.B) {
	a := testAligner(b)
	ls := a.Label(corpus(b))
	for _, l := range ls {
		a.Units(l)
	}
	b.ResetTimer()
	for b.Loop() {
		for i := range ls {
			for j := i + 1; j < len(ls); j++ {
				a.Pair(ls[i], ls[j])
			}
		}
	}
}

// BenchmarkPairAllFromScratch: the same, labelling and cutting included.
func BenchmarkPairAllFromScratch(b *testing.B) {
	a := testAligner(b)
	docs := corpus(b)
	for b.Loop() {
		ls := a.Label(docs)
		for i := range ls {
			for j := i + 1; j < len(ls); j++ {
				a.Pair(ls[i], ls[j])
			}
		}
	}
}
