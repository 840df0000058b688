package align

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/internal/testcorpus"
	"github.com/policydiff/policydiff/segment"
)

var (
	segOnce sync.Once
	testSeg *segment.Segmenter
)

func corpus(t testing.TB) []*document.Document { return testcorpus.Documents(t) }

func testAligner(t testing.TB) *Aligner {
	segOnce.Do(func() {
		var err error
		if testSeg, err = segment.New(); err != nil {
			t.Fatal(err)
		}
	})
	tax, err := BuiltinTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	return New(tax, testSeg)
}

type labelKey struct{ region, topic string }

// readTopicFixture reads testdata/expect/topics-2022.tsv: the plan-part
// paragraphs principally about each topic, by reading the reports.
func readTopicFixture(t *testing.T) (map[labelKey][]int, []labelKey) {
	f, err := os.Open("../testdata/expect/topics-2022.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[labelKey][]int{}
	var keys []labelKey
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 3 {
			continue
		}
		k := labelKey{f[0], f[1]}
		if _, ok := want[k]; !ok {
			keys = append(keys, k)
			want[k] = nil
		}
		if f[2] == "-" {
			continue
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("fixture line %q: %v", sc.Text(), err)
		}
		want[k] = append(want[k], n)
	}
	return want, keys
}

// TestTopicLabelsMatchHandLabels measures precision@1 (is the top-ranked
// passage for a report and topic one of the hand-labelled paragraphs?)
// and recall (what share of hand-labelled paragraphs carry the topic).
func TestTopicLabelsMatchHandLabels(t *testing.T) {
	a := testAligner(t)
	byRegion := map[string]*Labelled{}
	for _, l := range a.Label(corpus(t)) {
		byRegion[l.Doc.Meta.Region] = l
	}
	want, keys := readTopicFixture(t)
	var (
		p1Hits, p1Total, recHits, recTotal int
		toolHits, toolTotal                int // the tool's labelled lines that hand labels share
		misses                             []string
		perTopic                           = map[string][4]int{}
	)
	for _, k := range keys {
		l := byRegion[k.region]
		topic := a.tax.Index(k.topic)
		if l == nil || topic < 0 {
			t.Fatalf("fixture names unknown region or topic %v", k)
		}
		lines := want[k]
		passages := l.Passages(topic)
		if len(lines) == 0 {
			if len(passages) > 0 {
				misses = append(misses, fmt.Sprintf("%s %s: hand labels say none; top passage line %d (score %.1f)", k.region, k.topic, passages[0].Line(), passages[0].Score))
			}
			continue
		}
		pt := perTopic[k.topic]
		p1Total++
		pt[1]++
		if len(passages) > 0 && contains(lines, passages[0].Line()) {
			p1Hits++
			pt[0]++
		} else {
			top := "none"
			if len(passages) > 0 {
				top = fmt.Sprintf("%d (%s)", passages[0].Line(), short(passages[0].Text()))
			}
			misses = append(misses, fmt.Sprintf("%s %s: top passage %s, want one of %v", k.region, k.topic, top, lines))
		}
		labelled := map[int]bool{}
		for _, p := range passages {
			if !labelled[p.Line()] {
				toolTotal++
				if contains(lines, p.Line()) {
					toolHits++
				}
			}
			labelled[p.Line()] = true
		}
		for _, line := range lines {
			recTotal++
			pt[3]++
			if labelled[line] {
				recHits++
				pt[2]++
			} else {
				misses = append(misses, fmt.Sprintf("%s %s: line %d not labelled", k.region, k.topic, line))
			}
		}
		perTopic[k.topic] = pt
	}
	p1 := float64(p1Hits) / float64(p1Total)
	rec := float64(recHits) / float64(recTotal)
	t.Logf("precision@1 %.3f (%d/%d), recall %.3f (%d/%d)", p1, p1Hits, p1Total, rec, recHits, recTotal)
	// Not a goal: the hand labels mark the paragraphs principally about a
	// topic, the tool also labels those that give it a good share.
	t.Logf("label precision %.3f (%d/%d of the tool's labelled paragraphs are hand-labelled)", float64(toolHits)/float64(toolTotal), toolHits, toolTotal)
	var topics []string
	for k := range perTopic {
		topics = append(topics, k)
	}
	sort.Strings(topics)
	for _, k := range topics {
		v := perTopic[k]
		t.Logf("  %-24s p@1 %d/%d  recall %d/%d", k, v[0], v[1], v[2], v[3])
	}
	for _, m := range misses {
		t.Logf("miss: %s", m)
	}
	if p1 < wantPrecisionAt1 || rec < wantRecall {
		t.Errorf("precision@1 %.3f and recall %.3f, want at least %.2f and %.2f", p1, rec, wantPrecisionAt1, wantRecall)
	}
}

// The goals of the alignment issue.
const wantPrecisionAt1, wantRecall = 0.9, 0.8

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func short(s string) string {
	r := []rune(s)
	if len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}
