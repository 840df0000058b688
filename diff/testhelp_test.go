package diff

import (
	"os"
	"sync"
	"testing"

	"github.com/policydiff/policydiff/align"
	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/ingest"
	"github.com/policydiff/policydiff/segment"
)

var (
	setupOnce sync.Once
	testDocs  map[string]*document.Document
	testAl    *align.Aligner
)

// setup parses the 2022 corpus and builds an aligner once for the tests.
func setup(t testing.TB) (*align.Aligner, map[string]*document.Document) {
	setupOnce.Do(func() {
		data, err := os.ReadFile("../testdata/gov-work-reports-2022.txt")
		if err != nil {
			t.Fatal(err)
		}
		srcs, err := ingest.Parse("gov-work-reports-2022.txt", data)
		if err != nil {
			t.Fatal(err)
		}
		testDocs = map[string]*document.Document{}
		for _, s := range srcs {
			testDocs[s.Meta.Region] = document.Parse(s)
		}
		seg, err := segment.New()
		if err != nil {
			t.Fatal(err)
		}
		tax, err := align.BuiltinTaxonomy()
		if err != nil {
			t.Fatal(err)
		}
		testAl = align.New(tax, seg)
	})
	return testAl, testDocs
}

func compareRegions(t testing.TB, a, b string) *Result {
	al, docs := setup(t)
	ls := al.Label([]*document.Document{docs[a], docs[b]})
	return Compare(al, ls[0], ls[1])
}
