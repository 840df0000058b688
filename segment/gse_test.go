package segment

import (
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/go-ego/gse"
)

var (
	fullOnce sync.Once
	full     gse.Segmenter
)

// fullGSE loads gse's simplified-Chinese dictionary the ordinary way
// (about 1.2 s and 200 MB): the reference the lazy dictionary must match.
func fullGSE(t testing.TB) *gse.Segmenter {
	fullOnce.Do(func() {
		full.SkipLog = true
		if err := full.LoadDictEmbed("zh_s"); err != nil {
			t.Fatal(err)
		}
	})
	return &full
}

func corpusHanRuns(t testing.TB) []string {
	data, err := os.ReadFile("../testdata/gov-work-reports-2022.txt")
	if err != nil {
		t.Fatal(err)
	}
	return hanRuns(string(data))
}

func TestEmbeddedDictionaryMatchesGSE(t *testing.T) {
	seg := fullGSE(t)
	l, err := parseLexicon(zhS)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := l.total, seg.Dict.TotalFreq(); got != want {
		t.Errorf("total frequency %v, gse has %v: regenerate data/zh_s.tsv (see segment/internal/gendict)", got, want)
	}
	if got, want := l.len(), seg.Dict.NumTokens(); got != want {
		t.Errorf("%d entries, gse has %d", got, want)
	}
}

// TestCutsMatchFullGSE: without policy terms, the lazily built dictionary
// cuts every Han run of the 2022 corpus exactly as gse with its whole
// dictionary loaded.
func TestCutsMatchFullGSE(t *testing.T) {
	ref := fullGSE(t)
	s, err := newSegmenter(&Dict{terms: map[string]float64{}})
	if err != nil {
		t.Fatal(err)
	}
	runs := corpusHanRuns(t)
	cuts := s.CutAll(runs)
	diff := 0
	for i, run := range runs {
		var got []string
		for _, tok := range cuts[i] {
			got = append(got, tok.Text)
		}
		if want := ref.Cut(run, true); !reflect.DeepEqual(got, want) {
			if diff++; diff <= 10 {
				t.Errorf("cut differs from gse:\n got %s\nwant %s", strings.Join(got, "/"), strings.Join(want, "/"))
			}
		}
	}
	t.Logf("%d Han runs, %d cut differently from gse's full dictionary", len(runs), diff)
}
