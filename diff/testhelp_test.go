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

// comparison is 全国 compared with a province, with the commitments and
// candidates behind it, for the pair tests (built once per province:
// several labelled sets share a province).
type comparison struct {
	result *Result
	as, bs []*Commitment
	cands  []candidate
}

var comparisons sync.Map // province → *comparison

func nationalComparison(t testing.TB, province string) *comparison {
	if c, ok := comparisons.Load(province); ok {
		return c.(*comparison)
	}
	al, _ := setup(t)
	ls, as, bs := nationalCommitments(t, province)
	c := &comparison{result: compareCommitments(al, ls[0], ls[1], as, bs), as: as, bs: bs, cands: candidates(as, bs, false, []string{"全国", province})}
	comparisons.Store(province, c)
	return c
}

// nationalCommitments labels 全国 and a province and extracts their
// commitments, once per province (the comparisons and the fit share them).
func nationalCommitments(t testing.TB, province string) ([]*align.Labelled, []*Commitment, []*Commitment) {
	c := fixtureDocuments(t, "全国~"+province)
	return c.ls, c.as, c.bs
}

// docPair is two labelled documents and their commitments, for the
// property tests: 全国 and a province, two provinces, or two years of one
// region (the same-region model).
type docPair struct {
	name    string
	ls      []*align.Labelled
	as, bs  []*Commitment
	regions []string // the documents' regions, whose learned counterparts a comparison leaves out
}

// docPairOf builds a docPair from two region names of the built-in corpus
// or two files under testdata/reports.
func docPairOf(t testing.TB, a, b string) docPair {
	c := fixtureDocuments(t, a+"~"+b)
	return docPair{a + " ~ " + b, c.ls, c.as, c.bs, []string{c.docs[0].Meta.Region, c.docs[1].Meta.Region}}
}

// mirrored is the pair the other way round.
func (p docPair) mirrored() docPair {
	return docPair{p.name + " (mirrored)", []*align.Labelled{p.ls[1], p.ls[0]}, p.bs, p.as, []string{p.regions[1], p.regions[0]}}
}

// propertyPairs are the document pairs the property tests run on.
func propertyPairs(t testing.TB) []docPair {
	return []docPair{
		docPairOf(t, "全国", "广东"),
		docPairOf(t, "江苏", "湖北"),
		docPairOf(t, "四川", "江西"),
		docPairOf(t, "广东省/2020.md", "广东省/2021.md"),
	}
}
