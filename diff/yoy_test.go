package diff

import (
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/policydiff/policydiff/align"
	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/ingest"
)

// The year-over-year fixtures pair the commitments of two reports of one
// region a year apart (testdata/reports), on 就业, 乡村振兴 and 生态环境:
// the case of a user comparing two files of their own, where no learned
// counterparts apply and much wording is carried over. Their documents
// column names the two files; adjudicated pairs of a fixture have its set
// (yoySet) and that column as their province.
var yoyFixtures = []struct {
	name, path string
	// the figures measured when the rows were last changed, less half a
	// pair
	minPrecision, minRecall float64
}{
	// 内蒙古 2020 and 2021, labelled blind after the matcher was built and
	// measured once as such (18/25 = 0.720 with the tool's pairs
	// adjudicated, 20/40 = 0.500); then once more with yoyWeights, fitted
	// on the two sets below: 21/27 = 0.778, 23/40 = 0.575
	{"内蒙古 2020-2021 (blind)", "../testdata/expect/commitment-pairs-yoy.tsv", 0.759, 0.562},
	// 广东 2020 and 2021, 浙江 2019 and 2020: labelled blind later
	// (measured 35/51 = 0.686, 37/67 = 0.552 and 26/33 = 0.788, 28/55 =
	// 0.509 before yoyWeights), then fitted on: 39/51 = 0.765, 41/67 =
	// 0.612 and 29/31 = 0.935, 35/55 = 0.636
	{"广东 2020-2021", "../testdata/expect/commitment-pairs-yoy-dev1.tsv", 0.754, 0.604},
	{"浙江 2019-2020", "../testdata/expect/commitment-pairs-yoy-dev2.tsv", 0.919, 0.627},
}

// yoySet names the set of a year-over-year fixture as the adjudications
// do: commitment-pairs-yoy.tsv is "yoy", commitment-pairs-yoy-X.tsv is
// "yoy-X".
func yoySet(path string) string {
	return strings.TrimPrefix(strings.TrimSuffix(filepath.Base(path), ".tsv"), "commitment-pairs-")
}

// readYoY reads a year-over-year fixture, by documents in file order.
func readYoY(t testing.TB, path string) ([]string, map[string][]fixturePair) {
	var keys []string
	byKey := map[string][]fixturePair{}
	for _, c := range tsvRows(t, path, 6) {
		if len(byKey[c[0]]) == 0 {
			keys = append(keys, c[0])
		}
		byKey[c[0]] = append(byKey[c[0]], fixturePair{province: c[0], topic: c[1], lineA: lineNo(t, path, c[2]), textA: c[3], lineB: lineNo(t, path, c[4]), textB: c[5], hard: len(c) > 6 && strings.Contains(c[6], "hard call"), set: yoySet(path)})
	}
	return keys, byKey
}

// yoyComparison is a pair of testdata reports, labelled, with their
// commitments (built once per pair of documents).
type yoyComparison struct {
	docs   []*document.Document
	ls     []*align.Labelled
	as, bs []*Commitment
}

var yoyComparisons sync.Map // documents key → *yoyComparison

func yoyDocuments(t testing.TB, key string) *yoyComparison {
	if c, ok := yoyComparisons.Load(key); ok {
		return c.(*yoyComparison)
	}
	al, _ := setup(t)
	c := &yoyComparison{}
	for _, f := range strings.Split(key, "~") {
		srcs, err := (&ingest.Loader{}).Load([]string{filepath.Join("../testdata/reports", f)})
		if err != nil {
			t.Fatal(err)
		}
		c.docs = append(c.docs, document.Parse(srcs[0]))
	}
	c.ls = al.Label(c.docs)
	c.as, c.bs = Extract(al, c.ls[0]), Extract(al, c.ls[1])
	yoyComparisons.Store(key, c)
	return c
}

// same tells whether commitments a and b are the labelled pair w.
func (c *yoyComparison) same(t testing.TB, w fixturePair, a, b *Commitment) bool {
	return a.Line == w.lineA && b.Line == w.lineB &&
		spansOverlap(paragraphAt(t, c.docs[0], w.lineA), w.textA, a.Text) &&
		spansOverlap(paragraphAt(t, c.docs[1], w.lineB), w.textB, b.Text)
}

// TestYearOverYearPairs measures pair precision and recall on the
// year-over-year fixtures, as TestPairsMatchHandLabels does for 全国 and
// the provinces: precision over the tool's pairs in the labelled topics
// (those judged the same on adjudication count as right), recall over
// the labelled pairs.
func TestYearOverYearPairs(t *testing.T) {
	al, _ := setup(t)
	adjudicated := readAdjudicated(t)
	for _, fx := range yoyFixtures {
		keys, byKey := readYoY(t, fx.path)
		var tl tally
		for _, key := range keys {
			c := yoyDocuments(t, key)
			r := compareCommitments(al, c.ls[0], c.ls[1], c.as, c.bs)
			tl.measure(r, key, byKey[key], adjudicated,
				func(w fixturePair, a, b *Commitment) bool {
					return w.set == yoySet(fx.path) && w.province == key && c.same(t, w, a, b)
				},
				func(w fixturePair) string { return map[bool]string{true: " (hard call)"}[w.hard] })
		}
		for _, l := range tl.log {
			t.Logf("%s: %s", fx.name, l)
		}
		if tl.totalR == 0 {
			t.Fatalf("%s lists no pairs", fx.path)
		}
		p, r := tl.figures()
		t.Logf("%s: precision %.3f (%d/%d), recall %.3f (%d/%d; of the pairs not marked hard calls %d/%d)", fx.name, p, tl.hitsP+tl.hitsAdj, tl.totalP, r, tl.hitsR, tl.totalR, tl.hitsClear, tl.totalClear)
		if p < fx.minPrecision || r < fx.minRecall {
			t.Errorf("%s: precision %.3f, recall %.3f fell below the measured %.3f / %.3f", fx.name, p, r, fx.minPrecision, fx.minRecall)
		}
	}
}

// paragraphAt is the text of a document's paragraph at a line.
func paragraphAt(t testing.TB, d *document.Document, line int) string {
	for _, p := range d.Paragraphs() {
		if p.Line == line {
			return p.Text
		}
	}
	t.Fatalf("%s has no paragraph at line %d", d.Path, line)
	return ""
}

// yoyLabelledCandidates returns the candidates of the year-over-year
// fixtures at paths with 1 for a labelled pair or one judged the same on
// adjudication, and 0 for the other candidates in the labelled topics.
func yoyLabelledCandidates(t testing.TB, paths []string) ([]features, []float64) {
	al, _ := setup(t)
	n := len(al.Taxonomy().Topics)
	adjudicated := readAdjudicated(t)
	var xs []features
	var ys []float64
	for _, path := range paths {
		keys, byKey := readYoY(t, path)
		for _, key := range keys {
			c := yoyDocuments(t, key)
			want := byKey[key]
			labelled := topicsOf(want)
			for _, k := range candidates(c.as, c.bs, false, nil) {
				sameAs := func(w fixturePair) bool { return w.set == yoySet(path) && w.province == key && c.same(t, w, k.a, k.b) }
				g := pairTopic(k.a, k.b, n)
				inTopics := g < n && labelled[al.Taxonomy().Topics[g].ID]
				y := 0.0
				if slices.ContainsFunc(want, sameAs) || inTopics && slices.ContainsFunc(adjudicated, sameAs) {
					y = 1
				}
				if y == 0 && !inTopics {
					continue
				}
				xs, ys = append(xs, k.f), append(ys, y)
			}
		}
	}
	return xs, ys
}
