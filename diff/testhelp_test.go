package diff

import (
	"sync"
	"testing"

	"github.com/policydiff/policydiff/align"
	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/internal/testcorpus"
	"github.com/policydiff/policydiff/segment"
)

var (
	setupOnce sync.Once
	testDocs  map[string]*document.Document
	testAl    *align.Aligner
)

// setup builds the corpus by region and an aligner once for the tests.
func setup(t testing.TB) (*align.Aligner, map[string]*document.Document) {
	setupOnce.Do(func() {
		testDocs = map[string]*document.Document{}
		for _, d := range testcorpus.Documents(t) {
			testDocs[d.Meta.Region] = d
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
