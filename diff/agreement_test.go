package diff

import (
	"slices"
	"testing"
)

// secondReaderPath holds pairs for 广东 and 湖北 labelled a second time, by
// a reader who saw neither the first reader's labels for them nor the
// tool's output.
const secondReaderPath = "../testdata/expect/commitment-pairs-2022-second-reader.tsv"

// TestReadersAgree measures how far two careful readers agree on the same
// pairs: the second reader's pairs scored against the first's as if they
// were the tool's. It bounds what the tool's figures can mean: the issue's
// goal of 0.85 each asks the tool to agree with one reader better than the
// readers agree with each other.
func TestReadersAgree(t *testing.T) {
	_, docs := setup(t)
	// two labelled pairs are the same when both spans overlap (see
	// spansOverlap)
	same := func(x, y fixturePair) bool {
		return x.province == y.province && x.lineA == y.lineA && x.lineB == y.lineB &&
			spansOverlap(paragraphText(t, docs, "全国", x.lineA), x.textA, y.textA) &&
			spansOverlap(paragraphText(t, docs, x.province, x.lineB), x.textB, y.textB)
	}
	second := readPairs(t, secondReaderPath)
	var first []fixturePair
	for _, path := range []string{"../testdata/expect/commitment-pairs-2022.tsv", "../testdata/expect/commitment-pairs-2022-heldout.tsv"} {
		for _, w := range readPairs(t, path) {
			if w.province == "广东" || w.province == "湖北" {
				first = append(first, w)
			}
		}
	}
	// unmatched lists the pairs of xs that ys lacks
	unmatched := func(xs, ys []fixturePair) []fixturePair {
		var out []fixturePair
		for _, x := range xs {
			if !slices.ContainsFunc(ys, func(y fixturePair) bool { return same(x, y) }) {
				out = append(out, x)
			}
		}
		return out
	}
	onlySecond, onlyFirst := unmatched(second, first), unmatched(first, second)
	precision := float64(len(second)-len(onlySecond)) / float64(len(second))
	recall := float64(len(first)-len(onlyFirst)) / float64(len(first))
	t.Logf("second reader against the first (广东, 湖北): precision %.3f (%d/%d), recall %.3f (%d/%d)", precision, len(second)-len(onlySecond), len(second), recall, len(first)-len(onlyFirst), len(first))
	for _, x := range onlySecond {
		t.Logf("only the second reader: %s %q (%d) ~ %q (%d)", x.province, x.textA, x.lineA, x.textB, x.lineB)
	}
	for _, y := range onlyFirst {
		t.Logf("only the first reader: %s %q (%d) ~ %q (%d)", y.province, y.textA, y.lineA, y.textB, y.lineB)
	}
	// measured: 51/63 = 0.810 and 51/53 = 0.962
	if precision < 0.80 || recall < 0.96 {
		t.Errorf("readers' agreement %.3f / %.3f is not the measured 0.810 / 0.962: did a fixture change?", precision, recall)
	}
	// the tool against the first reader on the same two provinces (the
	// second reader's figures are in TestPairsMatchHandLabels): measured
	// 40/49 = 0.816 and 47/53 = 0.887 (48/53 = 0.906 while commitments
	// sharing an anchor paired below the model's threshold, 49/53 = 0.925
	// before the classes of other topics shifted the fitted model)
	tp, tr, report := pairFiguresOf(t, first)
	t.Logf("the tool against the first reader (广东, 湖北): %s", report[0])
	if tp < 0.81 || tr < 0.88 {
		t.Errorf("the tool against the first reader on 广东 and 湖北: %.3f / %.3f, below the measured 0.816 / 0.887", tp, tr)
	}
}
