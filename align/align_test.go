package align

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/document"
)

func byRegion(t *testing.T, regions ...string) []*document.Document {
	var out []*document.Document
	for _, r := range regions {
		for _, d := range corpus(t) {
			if d.Meta.Region == r {
				out = append(out, d)
			}
		}
	}
	if len(out) != len(regions) {
		t.Fatalf("regions %v not all in the corpus", regions)
	}
	return out
}

// Section pairs of 全国 and 广东 that a reader sees from the headings
// (lines in the corpus): each must be paired with the other.
func TestSectionPairsNationalGuangdong(t *testing.T) {
	a := testAligner(t)
	ls := a.Label(byRegion(t, "全国", "广东"))
	p := a.Pair(ls[0], ls[1])
	got := map[int]int{}
	for _, s := range p.Sections {
		got[s.A.Line] = s.B.Line
		if s.Similarity < minSectionSimilarity || s.Similarity > 1 {
			t.Errorf("pair %d~%d similarity %.3f out of range", s.A.Line, s.B.Line, s.Similarity)
		}
	}
	for a, b := range map[int]int{
		113: 3042, // （四）创新驱动 ~ （二）科技自立自强
		133: 3078, // （六）农业生产，乡村振兴 ~ （六）全面推进乡村振兴
		151: 3102, // （八）生态环境，绿色低碳 ~ （八）碳达峰碳中和，污染防治
		157: 3122, // （九）保障和改善民生 ~ （十）保障和改善民生
	} {
		if got[a] != b {
			t.Errorf("全国 line %d paired with 广东 line %d, want %d", a, got[a], b)
		}
	}
	// Every unit appears once: paired or left alone.
	n := len(p.Sections)*2 + len(p.OnlyA) + len(p.OnlyB)
	if want := len(a.Units(ls[0])) + len(a.Units(ls[1])); n != want {
		t.Errorf("%d units accounted for, want %d", n, want)
	}
}

// TestPairIsSymmetric: aligning B with A gives the mirror image of
// aligning A with B, for several pairs of reports.
func TestPairIsSymmetric(t *testing.T) {
	a := testAligner(t)
	for _, pair := range [][2]string{{"全国", "广东"}, {"江苏", "湖北"}, {"北京", "上海"}, {"云南", "新疆"}} {
		ls := a.Label(byRegion(t, pair[0], pair[1]))
		ab, ba := a.Pair(ls[0], ls[1]), a.Pair(ls[1], ls[0])
		if len(ab.Sections) != len(ba.Sections) {
			t.Errorf("%v: %d pairs one way, %d the other", pair, len(ab.Sections), len(ba.Sections))
			continue
		}
		for i := range ab.Sections {
			x, y := ab.Sections[i], ba.Sections[i]
			if x.A != y.B || x.B != y.A || x.Similarity != y.Similarity {
				t.Errorf("%v: pair %d differs: %d~%d %.17f vs %d~%d %.17f", pair, i, x.A.Line, x.B.Line, x.Similarity, y.B.Line, y.A.Line, y.Similarity)
			}
		}
		if len(ab.Topics) != len(ba.Topics) {
			t.Fatalf("%v: topics differ", pair)
		}
		for i := range ab.Topics {
			if ab.Topics[i].Topic != ba.Topics[i].Topic || len(ab.Topics[i].A) != len(ba.Topics[i].B) || len(ab.Topics[i].B) != len(ba.Topics[i].A) {
				t.Errorf("%v: topic %d passages not mirrored", pair, ab.Topics[i].Topic)
			}
		}
	}
}

func TestLongParagraphsAreLabelledBySentence(t *testing.T) {
	a := testAligner(t)
	l := a.Label(byRegion(t, "江苏"))[0]
	for _, pl := range l.Paragraphs {
		if pl.Paragraph.Line != 1565 { // （五）全面实施乡村振兴战略 … one paragraph of 20+ sentences
			continue
		}
		if !pl.Long() || len(pl.Runs) < 2 {
			t.Fatalf("line 1565: long %v, %d runs", pl.Long(), len(pl.Runs))
		}
		var names []string
		for _, tp := range pl.Topics {
			names = append(names, a.tax.Topics[tp].ID)
		}
		got := strings.Join(names, ",")
		for _, want := range []string{"rural-revitalization", "agriculture-food"} {
			if !strings.Contains(got, want) {
				t.Errorf("line 1565 topics %s, want %s among them", got, want)
			}
		}
		return
	}
	t.Fatal("江苏 line 1565 not found")
}

func TestCoverage(t *testing.T) {
	a := testAligner(t)
	ls := a.Label(corpus(t))
	c := a.Cover(ls)
	carbon := a.tax.Index("carbon-peak-neutrality")
	if n := c.Covered(carbon); n != len(ls) {
		t.Errorf("碳达峰碳中和 covered by %d of %d reports; every 2022 report plans for it", n, len(ls))
	}
	if a.tax.Index("就业") != a.tax.Index("employment") {
		t.Error("a topic is found by its Chinese name too")
	}
}

func TestParseTaxonomyErrors(t *testing.T) {
	for _, c := range []struct{ text, err string }{
		{"topics: [", "my.yaml: yaml: line 1: did not find expected node content"},
		{"version: 2\ntopics: []\n", "my.yaml: line 1: unsupported version \"2\" (expected 1)"},
		{"colour: red\n", "my.yaml: line 1: unknown key \"colour\" (expected version or topics)"},
		{"topics:\n  - id: Jobs\n    zh: 就业\n    en: Jobs\n    cues: {就业: 3}\n", "my.yaml: line 2: topic id \"Jobs\": expected lower-case words joined by hyphens"},
		{"topics:\n  - id: jobs\n    en: Jobs\n    cues: {就业: 3}\n", "my.yaml: line 2: topic jobs: zh and en names are required"},
		{"topics:\n  - id: jobs\n    zh: 就业\n    en: Jobs\n    cues: {就业: lots}\n", "my.yaml: line 5: topic jobs: cue 就业: weight \"lots\" is not a number from 0.1 to 10"},
		{"topics:\n  - {id: jobs, zh: 就业, en: Jobs, cues: {就业: 3}}\n  - {id: jobs, zh: 岗位, en: Posts, cues: {岗位: 3}}\n", "my.yaml: line 3: duplicate topic id \"jobs\" (first at line 2)"},
		{"topics:\n  - {id: jobs, zh: 就业, en: Jobs}\n", "my.yaml: line 2: topic jobs: expected cues, a mapping of term: weight"},
	} {
		if _, err := ParseTaxonomy("my.yaml", []byte(c.text)); err == nil || err.Error() != c.err {
			t.Errorf("ParseTaxonomy(%q):\n got %v\nwant %s", c.text, err, c.err)
		}
	}
	tax, err := BuiltinTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	if len(tax.Topics) < 30 {
		t.Errorf("%d topics, want at least 30", len(tax.Topics))
	}
}
