package targets

import "testing"

// BenchmarkExtractCorpus2022 extracts the targets of all 32 reports of
// 2022, already parsed: the extraction's share of `policydiff targets`
// (budget for the whole command: 0.3 s).
func BenchmarkExtractCorpus2022(b *testing.B) {
	docs := parseCorpus(b)
	x := New(nil)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			x.Extract(d)
		}
	}
}
