package diff

import (
	"slices"
	"testing"

	"github.com/policydiff/policydiff/targets"
)

// allCommitments lists every commitment a result places, by side.
func allCommitments(r *Result) (a, b map[*Commitment]int) {
	a, b = map[*Commitment]int{}, map[*Commitment]int{}
	for _, t := range r.Topics {
		for _, p := range t.Shared {
			a[p.A]++
			b[p.B]++
		}
		for _, c := range t.OnlyA {
			a[c]++
		}
		for _, c := range t.OnlyB {
			b[c]++
		}
	}
	return a, b
}

// TestEveryCommitmentOnce: each commitment is shared or unique, never both,
// never lost.
func TestEveryCommitmentOnce(t *testing.T) {
	al, _ := setup(t)
	for _, dp := range append(propertyPairs(t), docPairOf(t, "全国", "江苏"), docPairOf(t, "湖北", "四川")) {
		pair, r := dp.name, compareCommitments(al, dp.ls[0], dp.ls[1], dp.as, dp.bs)
		a, b := allCommitments(r)
		if len(a) != r.A.Commitments || len(b) != r.B.Commitments {
			t.Errorf("%v: placed %d and %d commitments, documents have %d and %d", pair, len(a), len(b), r.A.Commitments, r.B.Commitments)
		}
		for c, n := range a {
			if n != 1 {
				t.Errorf("%v: %q placed %d times", pair, c.Text, n)
			}
		}
		for c, n := range b {
			if n != 1 {
				t.Errorf("%v: %q placed %d times", pair, c.Text, n)
			}
		}
	}
}

// TestCompareMirrors: compare(B, A) is the mirror image of compare(A, B).
func TestCompareMirrors(t *testing.T) {
	al, _ := setup(t)
	for _, dp := range propertyPairs(t) {
		pair, m := dp.name, dp.mirrored()
		ab, ba := compareCommitments(al, dp.ls[0], dp.ls[1], dp.as, dp.bs), compareCommitments(al, m.ls[0], m.ls[1], m.as, m.bs)
		type key struct {
			topic      string
			la, lb     int
			ta, tb     string
			similarity float64
			score      float64
		}
		pairs := func(r *Result, swap bool) map[key]bool {
			m := map[key]bool{}
			for _, tr := range r.Topics {
				for _, p := range tr.Shared {
					k := key{tr.ID, p.A.Line, p.B.Line, p.A.Text, p.B.Text, p.Similarity, p.Score}
					if swap {
						k = key{tr.ID, p.B.Line, p.A.Line, p.B.Text, p.A.Text, p.Similarity, p.Score}
					}
					m[k] = true
				}
			}
			return m
		}
		x, y := pairs(ab, false), pairs(ba, true)
		if len(x) != len(y) {
			t.Errorf("%v: %d shared pairs one way, %d the other", pair, len(x), len(y))
		}
		for k := range x {
			if !y[k] {
				t.Errorf("%v: pair %v not mirrored", pair, k)
			}
		}
		if ab.Overall.A != ba.Overall.B || ab.Overall.B != ba.Overall.A {
			t.Errorf("%v: overlap %v vs %v", pair, ab.Overall, ba.Overall)
		}
	}
}

// TestCompareWithItself: everything is shared, with similarity 1 and no
// wording difference.
func TestCompareWithItself(t *testing.T) {
	r := compareRegions(t, "广东", "广东")
	if r.Overall.A != 1 || r.Overall.B != 1 {
		t.Errorf("overlap %v, want 1/1", r.Overall)
	}
	for _, tr := range r.Topics {
		if len(tr.OnlyA)+len(tr.OnlyB) > 0 {
			t.Errorf("%s: %d and %d unique commitments", tr.ID, len(tr.OnlyA), len(tr.OnlyB))
		}
		for _, p := range tr.Shared {
			if p.Similarity != 1 || p.A.Line != p.B.Line || p.A.Text != p.B.Text || len(p.Diff) != 1 || p.Diff[0].Kind != Equal {
				t.Errorf("%s: %q (%d) ~ %q (%d) similarity %v", tr.ID, p.A.Text, p.A.Line, p.B.Text, p.B.Line, p.Similarity)
			}
		}
	}
}

func TestClauseGroups(t *testing.T) {
	for _, c := range []struct {
		clauses []string
		want    []string
	}{
		{[]string{"今年发展主要预期目标是：", "国内生产总值增长5.5%左右；"}, []string{"今年发展主要预期目标是：国内生产总值增长5.5%左右"}},
		{[]string{"同时，", "加快发展数字经济，", "推动产业升级。"}, []string{"同时，加快发展数字经济", "推动产业升级"}},
		{[]string{"新建1亿亩高标准农田，", "确保粮食安全。"}, []string{"新建1亿亩高标准农田", "确保粮食安全"}},
		{[]string{"促进农民工就业。"}, []string{"促进农民工就业"}},
		// 全国 line 103: whom the promise is for joins the promise
		{[]string{"对不裁员少裁员的企业，", "继续实施失业保险稳岗返还政策，", "明显提高中小微企业返还比例。"}, []string{"对不裁员少裁员的企业，继续实施失业保险稳岗返还政策", "明显提高中小微企业返还比例"}},
		{[]string{"在确保安全生产前提下，", "有序释放煤炭优质产能。"}, []string{"在确保安全生产前提下，有序释放煤炭优质产能"}},
		{[]string{"对标国际一流，", "优化营商环境。"}, []string{"对标国际一流", "优化营商环境"}},
		// 山东 line 2366
		{[]string{"农村基础设施网方面，", "推动“四好农村路”、数字乡村建设，"}, []string{"农村基础设施网方面，推动“四好农村路”、数字乡村建设"}},
	} {
		got := clauseGroups(c.clauses)
		if len(got) != len(c.want) {
			t.Errorf("clauseGroups(%q) = %q, want %q", c.clauses, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("clauseGroups(%q) = %q, want %q", c.clauses, got, c.want)
			}
		}
	}
}

// TestNotCommitments: restated principles, pledges and salutations are
// not commitments; promises that mention a principle are.
func TestNotCommitments(t *testing.T) {
	al, _ := setup(t)
	seg := al.Segmenter()
	words := func(s string) []string { return seg.Words(seg.Cut(concepts().Replace(s))) }
	for text, want := range map[string]bool{
		"强化就业优先导向":           true,  // 江苏 line 1573
		"坚持就业优先":             true,  // 四川 line 3800
		"就业优先政策要提质加力":        true,  // 全国 line 69
		"坚持先立后破、通盘谋划":        true,  // 全国 line 155
		"财税、金融等政策都要围绕就业优先实施": false, // names the instruments
		"强化就业优先政策，加大稳岗支持":    false,
		"实施碳达峰行动":            false,
		// the general requirements restated (全国 line 59, 广东 3024, 湖北 2724)
		"弘扬伟大建党精神":        true,
		"完整、准确、全面贯彻新发展理念": true,
		"完整准确全面贯彻新发展理念":   true, // 湖北 line 2724
		"坚持创新驱动发展":        true,
		"统筹发展和安全":         true,
		"深入实施创新驱动发展战略":    false, // 山西 line 700: a strategy to carry out
	} {
		if got := isSlogan(words(text)); got != want {
			t.Errorf("isSlogan(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"自觉在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致": true,
		"以习近平新时代中国特色社会主义思想为指导":             true,
		"迎接党的二十大胜利召开":                      true, // 全国 line 59
		"全面贯彻落实党的十九大和十九届历次全会精神":            true, // 全国 line 59
		"统筹疫情防控和经济社会发展":                    true, // 全国 line 59; a guideline (topics21's labeller)
		"深入实施乡村建设行动":                       false,
		"加强疫情防控能力建设及应急演练":                  false, // 江苏 line 1577
	} {
		if got := pledgeRe.MatchString(text); got != want {
			t.Errorf("pledge(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestPairTopicFallsBackOnOwnWords: two commitments with no topic in
// common are filed under the topic their own words name most.
func TestPairTopicFallsBackOnOwnWords(t *testing.T) {
	al, _ := setup(t)
	tax := al.Taxonomy()
	id := func(name string) int {
		for i, tp := range tax.Topics {
			if tp.ID == name {
				return i
			}
		}
		t.Fatalf("no topic %s", name)
		return -1
	}
	n := len(tax.Topics)
	// 全国 line 163 (social security) and 山东 line 2440 (employment)
	a := &Commitment{Text: "加快推进工伤和失业保险省级统筹", topics: []int{id("social-security")}, own: al.Score("加快推进工伤和失业保险省级统筹")}
	b := &Commitment{Text: "推进失业保险省级统筹", topics: []int{id("employment")}, own: al.Score("推进失业保险省级统筹")}
	if got := pairTopic(a, b, n); got != id("social-security") || pairTopic(b, a, n) != got {
		t.Errorf("pairTopic = %s, want social-security both ways", tax.Topics[got].ID)
	}
	// a shared topic wins
	b.topics = []int{id("employment"), id("social-security")}
	if got := pairTopic(a, b, n); got != id("social-security") {
		t.Errorf("pairTopic with a shared topic = %s", tax.Topics[got].ID)
	}
}

// TestTargetsOfOneIndicatorPair: commitments that state their report's
// target for one indicator carry it, and such targets pair first whatever
// their numbers and wording (basis target), while targets of different
// indicators never pair. The clauses are those of the target passages
// (全国 line 63, 青海 4644, 山东 2340, 四川 3702, 河北 593, 河南 2534 of the
// built-in corpus); the pairs scored 0.02–0.20 by the model.
func TestTargetsOfOneIndicatorPair(t *testing.T) {
	indicators := map[string]map[string][]string{
		"全国": {
			"城镇调查失业率全年控制在5.5%以内": {"城镇调查失业率"},
			"进出口保稳提质":            {"进出口增长"},
			"粮食产量保持在1.3万亿斤以上":    {"粮食产量"},
		},
		"青海": {"城镇登记失业率、城镇调查失业率全年分别控制在3.5%和5.5%以内": {"城镇登记失业率", "城镇调查失业率"}},
		"山东": {"粮食总产、播种面积保持稳定": {"粮食产量", "粮食播种面积"}},
		"四川": {"进出口总额增长高于经济增速": {"进出口增长"}},
	}
	targetLines := []int{63, 4644, 2340, 3702}
	seen := map[string]bool{}
	for _, p := range []string{"青海", "山东", "四川"} {
		_, as, bs := nationalCommitments(t, p)
		for region, cs := range map[string][]*Commitment{"全国": as, p: bs} {
			for _, c := range cs {
				want, ok := indicators[region][c.Text]
				seen[c.Text] = seen[c.Text] || ok
				if ok && !slices.Equal(c.indicators, want) || !slices.Contains(targetLines, c.Line) && len(c.indicators) > 0 {
					t.Errorf("%s %q (%d): indicators %v, want %v", region, c.Text, c.Line, c.indicators, want)
				}
			}
		}
	}
	for _, texts := range indicators {
		for text := range texts {
			if !seen[text] {
				t.Errorf("no commitment %q", text)
			}
		}
	}
	for _, want := range [][3]string{
		{"山东", "粮食产量保持在1.3万亿斤以上", "粮食总产、播种面积保持稳定"},
		{"四川", "进出口保稳提质", "进出口总额增长高于经济增速"},
		{"河北", "居民收入增长与经济增长基本同步", "居民人均可支配收入增长8%左右"},
		{"河南", "今年发展主要预期目标是：国内生产总值增长5.5%左右", "主要预期目标是：经济增长7%"},
	} {
		found := false
		for _, tr := range nationalComparison(t, want[0]).result.Topics {
			for _, p := range tr.Shared {
				if p.A.Text == want[1] {
					found = p.B.Text == want[2] && p.Basis == BasisTarget
					if !found {
						t.Errorf("全国-%s: %q is paired with %q (basis %s), want %q (basis target)", want[0], want[1], p.B.Text, p.Basis, want[2])
					}
				}
			}
		}
		if !found {
			t.Errorf("全国-%s: %q and %q, targets of one indicator, are not shared", want[0], want[1], want[2])
		}
	}
}

// TestTargetRules: indicators mark the commitment that states a target
// on its line, whichever text holds the other; shared indicators pair,
// different ones never do.
func TestTargetRules(t *testing.T) {
	cs := []*Commitment{
		{Text: "城镇调查失业率和城镇登记失业率分别控制在5.5%和3.5%以内", Line: 51},
		{Text: "城镇调查失业率5.5%左右", Line: 83},
		{Text: "人均GDP增长7%", Line: 51},
		{Text: "城镇调查失业率5.5%左右", Line: 90}, // another line: not the target
	}
	markIndicators(cs, []targets.Target{
		{Indicator: "城镇调查失业率", Known: true, Source: "城镇调查失业率和城镇登记失业率分别控制在5.5%和3.5%以内", Line: 51},
		{Indicator: "城镇登记失业率", Known: true, Source: "城镇调查失业率和城镇登记失业率分别控制在5.5%和3.5%以内", Line: 51},
		{Indicator: "城镇调查失业率", Known: true, Source: "城镇调查失业率5.5%左右，居民消费价格涨幅3%左右", Line: 83},
		{Indicator: "人均GDP增长", Known: true, Source: "人均GDP增长7%", Line: 51},
		{Indicator: "森林覆盖率", Known: false, Source: "城镇调查失业率5.5%左右", Line: 90},
	})
	want := [][]string{{"城镇调查失业率", "城镇登记失业率"}, {"城镇调查失业率"}, {"人均GDP增长"}, nil}
	for i, c := range cs {
		if !slices.Equal(c.indicators, want[i]) {
			t.Errorf("%q (%d): indicators %v, want %v", c.Text, c.Line, c.indicators, want[i])
		}
	}
	for _, x := range []struct {
		a, b        int
		same, other bool
	}{{0, 1, true, false}, {1, 2, false, true}, {1, 3, false, false}} {
		c := candidate{a: cs[x.a], b: cs[x.b]}
		if c.sameIndicator() != x.same || c.otherIndicators() != x.other {
			t.Errorf("%q ~ %q: same %v, other %v; want %v, %v", c.a.Text, c.b.Text, c.sameIndicator(), c.otherIndicators(), x.same, x.other)
		}
		if c.score = 0.99; x.other && c.keepBasis() != "" || x.same && c.keepBasis() != BasisTarget {
			t.Errorf("%q ~ %q: basis %q", c.a.Text, c.b.Text, c.keepBasis())
		}
	}
}

// TestPairModel: a comparison says which pair model scored it, the
// same-region one exactly when both documents name one region.
func TestPairModel(t *testing.T) {
	al, _ := setup(t)
	for _, c := range []struct {
		a, b, want string
	}{
		{"全国", "广东", ModelNational},
		{"江苏", "湖北", ModelNational},
		{"广东省/2020.md", "广东省/2021.md", ModelSameRegion},
		{"广东", "广东省/2021.md", ModelSameRegion}, // 2022 and 2021
		{"广东省/2021.md", "河南省/2020.md", ModelNational},
	} {
		dp := docPairOf(t, c.a, c.b)
		if got := compareCommitments(al, dp.ls[0], dp.ls[1], dp.as, dp.bs).Model; got != c.want {
			t.Errorf("%s: model %q, want %q", dp.name, got, c.want)
		}
	}
}
