package diff

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// fixturePair is one row of testdata/expect/commitment-pairs-2022.tsv: a
// commitment of 全国 and one of a province that a reader judged the same.
type fixturePair struct {
	province, topic string
	lineA, lineB    int
	textA, textB    string
}

func readPairs(t *testing.T, path string) []fixturePair {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fixturePair
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for first := true; sc.Scan(); first = false {
		l := sc.Text()
		if first || l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) < 6 {
			t.Fatalf("bad fixture line %q", l)
		}
		la, _ := strconv.Atoi(c[2])
		lb, _ := strconv.Atoi(c[4])
		out = append(out, fixturePair{c[0], c[1], la, lb, c[3], c[5]})
	}
	return out
}

// minSpanOverlap: a tool commitment stands for a hand-marked one when it
// covers at least half of the shorter of the two spans of the same line.
const minSpanOverlap = 0.5

func spansOverlap(line, span, text string) bool {
	i, j := strings.Index(line, span), strings.Index(line, text)
	if i < 0 || j < 0 {
		return false
	}
	lo, hi := max(i, j), min(i+len(span), j+len(text))
	return hi > lo && float64(hi-lo) >= minSpanOverlap*float64(min(len(span), len(text)))
}

// TestPairsMatchHandLabels measures pair precision and recall against
// three hand-labelled sets for 全国 against three provinces each, on three
// topics: the first (广东, 江苏, 四川) was used to tune the matcher and its
// concept list; the second (湖北, 浙江, 山东), labelled afterwards, decided
// two further changes; the third (河南, 福建, 陕西) was labelled last and
// decided nothing, so it says how the matcher does on reports it has not
// seen.
func TestPairsMatchHandLabels(t *testing.T) {
	for _, c := range []struct {
		name, path              string
		minPrecision, minRecall float64
	}{
		// The figures measured (tuned 57/65 = 0.877 and 63/88 = 0.716;
		// held out 40/52 = 0.769 and 45/68 = 0.662; test 47/54 = 0.870 and
		// 54/92 = 0.587), less than one pair: a change that loses a pair
		// fails.
		{"tuned", "../testdata/expect/commitment-pairs-2022.tsv", 0.87, 0.71},
		{"held out", "../testdata/expect/commitment-pairs-2022-heldout.tsv", 0.76, 0.66},
		{"test", "../testdata/expect/commitment-pairs-2022-test.tsv", 0.86, 0.58},
	} {
		precision, recall, misses := pairFigures(t, c.path)
		t.Logf("%s: pair precision %.3f, recall %.3f", c.name, precision, recall)
		for _, m := range misses {
			t.Logf("%s: %s", c.name, m)
		}
		if precision < wantPairPrecision || recall < wantPairRecall {
			t.Logf("%s: below the issue's goal of %.2f each: paraphrases with no shared wording (水电路气信邮 ~ 四好农村路, 风光电基地 ~ 海上风电) need more than lexical similarity", c.name, wantPairRecall)
		}
		if precision < c.minPrecision || recall < c.minRecall {
			t.Errorf("%s: pair precision %.3f and recall %.3f fell below the measured %.2f and %.2f", c.name, precision, recall, c.minPrecision, c.minRecall)
		}
	}
}

// The goals of the compare issue, not met yet.
const wantPairPrecision, wantPairRecall = 0.85, 0.85

func pairFigures(t *testing.T, path string) (float64, float64, []string) {
	_, docs := setup(t)
	want := readPairs(t, path)
	provinces := []string{}
	for _, w := range want {
		if len(provinces) == 0 || provinces[len(provinces)-1] != w.province {
			provinces = append(provinces, w.province)
		}
	}
	topics := map[string]bool{"employment": true, "rural-revitalization": true, "carbon-peak-neutrality": true}
	lineText := func(region string, line int) string {
		for _, p := range docs[region].Paragraphs() {
			if p.Line == line {
				return p.Text
			}
		}
		t.Fatalf("%s has no paragraph at line %d", region, line)
		return ""
	}
	same := func(province string, w fixturePair, p Pair) bool {
		return p.A.Line == w.lineA && p.B.Line == w.lineB &&
			spansOverlap(lineText("全国", w.lineA), w.textA, p.A.Text) &&
			spansOverlap(lineText(province, w.lineB), w.textB, p.B.Text)
	}
	var hitsP, totalP, hitsR, totalR int
	var misses []string
	for _, province := range provinces {
		r := compareRegions(t, "全国", province)
		var fixture []fixturePair
		for _, w := range want {
			if w.province == province {
				fixture = append(fixture, w)
			}
		}
		var all, inTopics []Pair
		for _, tr := range r.Topics {
			all = append(all, tr.Shared...)
			if topics[tr.ID] {
				inTopics = append(inTopics, tr.Shared...)
			}
		}
		for _, p := range inTopics {
			totalP++
			found := false
			for _, w := range fixture {
				if same(province, w, p) {
					found = true
					break
				}
			}
			if found {
				hitsP++
			} else {
				misses = append(misses, fmt.Sprintf("false pair 全国-%s: %q (%d) ~ %q (%d) sim %.2f", province, p.A.Text, p.A.Line, p.B.Text, p.B.Line, p.Similarity))
			}
		}
		for _, w := range fixture {
			totalR++
			found := false
			for _, p := range all {
				if same(province, w, p) {
					found = true
					break
				}
			}
			if found {
				hitsR++
			} else {
				misses = append(misses, fmt.Sprintf("missed 全国-%s %s: %q (%d) ~ %q (%d)", province, w.topic, w.textA, w.lineA, w.textB, w.lineB))
			}
		}
	}
	precision, recall := float64(hitsP)/float64(max(totalP, 1)), float64(hitsR)/float64(max(totalR, 1))
	misses = append([]string{fmt.Sprintf("precision %d/%d, recall %d/%d", hitsP, totalP, hitsR, totalR)}, misses...)
	return precision, recall, misses
}
