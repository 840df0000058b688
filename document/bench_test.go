package document

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/policydiff/policydiff/ingest"
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
	files, _ := filepath.Glob("../../shared/corpus/provinces-2000-2021/*/*.md")
	if len(files) == 0 {
		b.Skip("../shared/corpus/provinces-2000-2021 is absent: multi-year benchmark skipped")
	}
	var data [][]byte
	var size int64
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
		size += int64(len(d))
	}
	b.SetBytes(size)
	for b.Loop() {
		for i, d := range data {
			srcs, err := ingest.Parse(files[i], d)
			if err != nil {
				b.Fatal(err)
			}
			for _, s := range srcs {
				Parse(s)
			}
		}
	}
}
