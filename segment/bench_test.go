package segment

import (
	"testing"
)

// BenchmarkReady: from nothing to the first cut — index the embedded
// dictionary, read the policy terms and stop words, set up gse and its HMM
// model, cut one sentence. Budget: 150 ms and 80 MB.
func BenchmarkReady(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		words, err := parseLexicon(zhS)
		if err != nil {
			b.Fatal(err)
		}
		terms, err := builtinTerms()
		if err != nil {
			b.Fatal(err)
		}
		s := &Segmenter{words: words, stop: builtinStopWords(), seen: map[string]bool{}}
		s.terms, s.total = terms.lexicon(words)
		s.Cut("全面推进乡村振兴，有序推进碳达峰碳中和工作。")
	}
}

// BenchmarkCutCorpus2022: a fresh segmenter cuts every sentence of the 2022
// corpus (1.6 MB). Budget: 0.4 s on 2 cores.
func BenchmarkCutCorpus2022(b *testing.B) {
	sentences := corpusSentences(b)
	b.ReportAllocs()
	for b.Loop() {
		s, err := newSegmenter(mustTerms(b))
		if err != nil {
			b.Fatal(err)
		}
		s.CutAll(sentences)
	}
}

func mustTerms(b *testing.B) *Dict {
	d, err := builtinTerms()
	if err != nil {
		b.Fatal(err)
	}
	return d
}
