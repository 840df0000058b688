package diff

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/ingest"
)

// yoyPath holds pairs labelled between two reports of one region in
// consecutive years (内蒙古 2020 and 2021, testdata/reports), labelled blind
// after the matcher was built: the case of a user comparing two files of
// their own, where no learned counterparts apply and the wording is often
// carried over. Its documents column names the two files; adjudicated
// pairs of it have the set "yoy" and that column as their province.
const yoyPath = "../testdata/expect/commitment-pairs-yoy.tsv"

// TestYearOverYearPairs measures pair precision and recall on the
// year-over-year fixture, as TestPairsMatchHandLabels does for 全国 and the
// provinces.
func TestYearOverYearPairs(t *testing.T) {
	al, _ := setup(t)
	rows := tsvRows(t, yoyPath, 6)
	var keys []string
	byKey := map[string][]fixturePair{}
	for _, c := range rows {
		if len(byKey[c[0]]) == 0 {
			keys = append(keys, c[0])
		}
		byKey[c[0]] = append(byKey[c[0]], fixturePair{province: c[0], topic: c[1], lineA: lineNo(t, yoyPath, c[2]), textA: c[3], lineB: lineNo(t, yoyPath, c[4]), textB: c[5], hard: len(c) > 6 && strings.Contains(c[6], "hard call"), set: "yoy"})
	}
	adjudicated := readAdjudicated(t)
	var hitsP, totalP, hitsR, totalR int
	for _, key := range keys {
		files := strings.Split(key, "~")
		var docs []*document.Document
		for _, f := range files {
			srcs, err := (&ingest.Loader{}).Load([]string{filepath.Join("../testdata/reports", f)})
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, document.Parse(srcs[0]))
		}
		ls := al.Label(docs)
		r := Compare(al, ls[0], ls[1])
		want := byKey[key]
		same := func(w fixturePair, p Pair) bool {
			return p.A.Line == w.lineA && p.B.Line == w.lineB &&
				spansOverlap(paragraphAt(t, docs[0], w.lineA), w.textA, p.A.Text) &&
				spansOverlap(paragraphAt(t, docs[1], w.lineB), w.textB, p.B.Text)
		}
		labelled := topicsOf(want)
		var all []Pair
		for _, tr := range r.Topics {
			all = append(all, tr.Shared...)
			if !labelled[tr.ID] {
				continue
			}
			for _, p := range tr.Shared {
				totalP++
				inFixture := slices.ContainsFunc(want, func(w fixturePair) bool { return same(w, p) })
				judged := slices.ContainsFunc(adjudicated, func(w fixturePair) bool { return w.set == "yoy" && w.province == key && same(w, p) })
				if inFixture || judged {
					hitsP++
				}
				if !inFixture {
					t.Logf("%s: %s %q (%d) ~ %q (%d) similarity %.2f score %.2f basis %s", key, map[bool]string{true: "pair not in the fixture, judged right on adjudication", false: "false pair"}[judged], p.A.Text, p.A.Line, p.B.Text, p.B.Line, p.Similarity, p.Score, p.Basis)
				}
			}
		}
		for _, w := range want {
			totalR++
			if slices.ContainsFunc(all, func(p Pair) bool { return same(w, p) }) {
				hitsR++
				continue
			}
			t.Logf("%s: missed %s: %q (%d) ~ %q (%d)%s", key, w.topic, w.textA, w.lineA, w.textB, w.lineB, map[bool]string{true: " (hard call)"}[w.hard])
		}
	}
	p, rc := float64(hitsP)/float64(max(totalP, 1)), float64(hitsR)/float64(max(totalR, 1))
	t.Logf("year over year: precision %.3f (%d/%d), recall %.3f (%d/%d)", p, hitsP, totalP, rc, hitsR, totalR)
	if totalR == 0 {
		t.Fatalf("%s lists no pairs", yoyPath)
	}
	if p < minYoY[0] || rc < minYoY[1] {
		t.Errorf("year over year: precision %.3f, recall %.3f fell below the measured %.3f / %.3f", p, rc, minYoY[0], minYoY[1])
	}
}

// minYoY: the year-over-year figures, measured blind when the fixture was
// labelled (18/25 = 0.720 with the tool's pairs adjudicated, 20/40 =
// 0.500), less half a pair.
var minYoY = [2]float64{0.700, 0.487}

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
