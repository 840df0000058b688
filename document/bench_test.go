package document

import (
	"os"
	"testing"

	"github.com/policydiff/policydiff/ingest"
	"github.com/policydiff/policydiff/internal/multiyear"
)

// BenchmarkParseCorpus2022 reads and outlines all 32 reports of 2022
// (1.6 MB): decoding, splitting, metadata, structure, sentences. Budget:
// 50 ms.
func BenchmarkParseCorpus2022(b *testing.B) {
	data, err := os.ReadFile("../testdata/gov-work-reports-2022.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		srcs, err := ingest.Parse("corpus.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range srcs {
			Parse(s)
		}
	}
}

// BenchmarkParseMultiYear outlines the 614 Markdown reports of 2000–2021
// (32 MB) when ../shared/corpus is beside the repository.
func BenchmarkParseMultiYear(b *testing.B) {
	files := multiyear.Files(b)
	var size int64
	for _, f := range files {
		size += int64(len(f.Data))
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, f := range files {
			srcs, err := ingest.Parse(f.Path, f.Data)
			if err != nil {
				b.Fatal(err)
			}
			for _, s := range srcs {
				Parse(s)
			}
		}
	}
}
