package diff

import (
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/align"
)

var fit = flag.Bool("fit", false, "refit the pair model on the training fixtures and print its weights; with -run Counterparts, rewrite data/counterparts.tsv (then rerun the fit: the file is embedded when the test binary is built)")

// trainingFixtures are the labelled sets the pair model is fitted on and
// the policy classes were written against: 广东, 江苏, 四川 (labelled first);
// 湖北, 浙江, 山东 and 河南, 福建, 陕西 (labelled later); 安徽, 湖南, 北京,
// 河北, 辽宁, 广西, 上海, 重庆, 江西, 山西, 吉林, 云南, 天津, 黑龙江, 贵州 and
// 内蒙古, 海南, 甘肃 (labelled blind, and measured once each as such before
// they joined). The classes of other topics were written against
// commitment-pairs-2022-topics.tsv (科技创新, 生态环境), -topics3.tsv (教育,
// 医疗卫生), -topics5.tsv (制造业, 数字经济), -topics7.tsv (农业与粮食安全,
// 社会保障), -topics9.tsv (外贸外资, 营商环境), -topics11.tsv (财政, 金融与
// 风险), -topics13.tsv (消费, 投资), -topics15.tsv (文化旅游, 新型城镇化),
// -topics17.tsv (区域协调, 住房), -topics19.tsv (社会治理, 安全生产与应急),
// -topics21.tsv (疫情防控, 民族宗教), -topics23.tsv (宏观经济, 收入分配),
// -topics25.tsv (能源, 现代服务业), -topics27.tsv (国资国企, 重点领域改革) and
// -topics29.tsv (政府自身建设), which the model is not fitted on.
var trainingFixtures = []string{
	"../testdata/expect/commitment-pairs-2022.tsv",
	"../testdata/expect/commitment-pairs-2022-heldout.tsv",
	"../testdata/expect/commitment-pairs-2022-test.tsv",
	"../testdata/expect/commitment-pairs-2022-fresh.tsv",
	"../testdata/expect/commitment-pairs-2022-fresh2.tsv",
	"../testdata/expect/commitment-pairs-2022-fresh3.tsv",
	"../testdata/expect/commitment-pairs-2022-fresh4.tsv",
	"../testdata/expect/commitment-pairs-2022-fresh5.tsv",
	"../testdata/expect/commitment-pairs-2022-fresh6.tsv",
}

// labelledCandidates returns the candidates of 全国 against each province
// of the fixtures with 1 for a labelled pair (wherever the tool files it)
// or one judged right on adjudication for that set (in the topics the set
// labels), and 0 for the other candidates in the labelled topics.
func labelledCandidates(t testing.TB, paths []string) ([]features, []float64, []bool) {
	xs, ys, known, _ := labelledCandidatesAndPairs(t, paths)
	return xs, ys, known
}

// labelledCandidatesAndPairs is labelledCandidates with the texts of the
// labelled pairs (province, 全国's commitment, the province's), the rows of
// data/counterparts.tsv.
func labelledCandidatesAndPairs(t testing.TB, paths []string) ([]features, []float64, []bool, []string) {
	al, _ := setup(t)
	var xs []features
	var ys []float64
	var known []bool
	var rows []string
	adjudicated := readAdjudicated(t)
	for _, path := range paths {
		want := readPairs(t, path)
		provinces, byProvince, same := judgeOf(t, want)
		labelled, set := topicsOf(want), setOf(path)
		for _, province := range provinces {
			_, as, bs := nationalCommitments(t, province)
			for _, c := range candidates(as, bs, false, []string{"全国", province}) {
				sameAs := func(w fixturePair) bool {
					return w.province == province && w.set == set && same(province, w, c.a, c.b)
				}
				y, ok := candidateLabel(al, c, labelled, byProvince[province], adjudicated, sameAs)
				if !ok {
					continue
				}
				xs = append(xs, c.f)
				ys = append(ys, y)
				known = append(known, c.known)
				if y == 1 {
					rows = append(rows, province+"\t"+c.a.Text+"\t"+c.b.Text)
				}
			}
		}
	}
	return xs, ys, known, rows
}

// candidateLabel labels a candidate for a fit: 1 for a pair of fixture
// (wherever the tool files it) or, in the labelled topics, one judged the
// same on adjudication (as pairFiguresOf counts them); 0 for another
// candidate in those topics; ok is false outside them, where a candidate
// is unknown. sameAs tells whether a labelled pair is the candidate.
func candidateLabel(al *align.Aligner, c candidate, labelled map[string]bool, fixture, adjudicated []fixturePair, sameAs func(fixturePair) bool) (y float64, ok bool) {
	n := len(al.Taxonomy().Topics)
	g := pairTopic(c.a, c.b, n)
	inTopics := g < n && labelled[al.Taxonomy().Topics[g].ID]
	if slices.ContainsFunc(fixture, sameAs) || inTopics && slices.ContainsFunc(adjudicated, sameAs) {
		return 1, true
	}
	return 0, inTopics
}

// l2Penalty regularises the pair model's weights (all but the bias): the
// training sets are small (905 labelled pairs among 115,000 candidates,
// 226 among 30,000 for the same-region model, as -fit logs them) and
// several features overlap (cosine, dice, cover).
const l2Penalty = 1e-2

// weightTolerance: the weights in scorer.go are printed with three
// decimals.
const weightTolerance = 2e-3

// TestScorerWeightsAreFitted refits the two-stage pair model on the
// training fixtures and checks that scorer.go carries the fitted weights,
// so that a change to the classes, the features or the fixtures cannot
// leave stale weights behind. With -fit it prints the weights to paste.
func TestScorerWeightsAreFitted(t *testing.T) {
	if testing.Short() {
		t.Skip("fitting takes a few seconds")
	}
	first, second, known, yoy := fitScorer(t)
	if *fit {
		t.Logf("var firstWeights = %s", goFeatures(first))
		t.Logf("var scoreWeights = %s", goFeatures(second))
		t.Logf("var knownWeights = %s", goFeatures(known))
		t.Logf("var sameRegionWeights = %s", goFeatures(yoy))
	}
	for k := range first {
		fitted, pasted := [4]float64{first[k], second[k], known[k], yoy[k]}, [4]float64{firstWeights[k], scoreWeights[k], knownWeights[k], sameRegionWeights[k]}
		for i, name := range []string{"firstWeights", "scoreWeights", "knownWeights", "sameRegionWeights"} {
			if math.Abs(fitted[i]-pasted[i]) > weightTolerance {
				t.Fatalf("scorer.go's %s are not the fitted ones (feature %s: %.3f fitted, %.3f in scorer.go); run go test ./diff -run ScorerWeights -fit -v and paste them", name, featureNames[k], fitted[i], pasted[i])
			}
		}
	}
}

// yoyTrainingFixtures are the year-over-year sets sameRegionWeights are
// fitted on (广东 2020-2021, 浙江 2019-2020, 河南 2019-2020, 湖北
// 2018-2019); 内蒙古 2020-2021 is kept blind.
var yoyTrainingFixtures = []string{
	"../testdata/expect/commitment-pairs-yoy-dev1.tsv",
	"../testdata/expect/commitment-pairs-yoy-dev2.tsv",
	"../testdata/expect/commitment-pairs-yoy-dev3.tsv",
	"../testdata/expect/commitment-pairs-yoy-dev4.tsv",
}

// fitScorer fits the first stage (features that ignore the other
// candidates and the learned counterparts) and then, with candidates
// ranked by it, the second: scoreWeights on every candidate without
// fLearned, knownWeights on the known candidates with it. Each province's
// candidates read counterparts learned from the other provinces only (see
// learned.go), so fLearned is weighed as it will be on an unseen report;
// and, with the same first stage, sameRegionWeights on the candidates of the
// year-over-year training sets.
func fitScorer(t *testing.T) (features, features, features, features) {
	saved := firstWeights
	defer func() { firstWeights = saved }()
	xs, ys, _ := labelledCandidates(t, trainingFixtures)
	firstless := append(slices.Clone(contextual), fLearned)
	for i := range xs {
		for _, k := range firstless {
			xs[i][k] = 0
		}
	}
	first := fitLogistic(xs, ys, l2Penalty)
	firstWeights = first
	xs, ys, known := labelledCandidates(t, trainingFixtures)
	var kx []features
	var ky []float64
	for i := range xs {
		if known[i] {
			kx, ky = append(kx, xs[i]), append(ky, ys[i])
		}
		xs[i][fLearned] = 0
	}
	second := fitLogistic(xs, ys, l2Penalty)
	third := fitLogistic(kx, ky, l2Penalty)
	yx, yy := docPairLabelledCandidates(t, yoyTrainingFixtures)
	yoy := fitLogistic(yx, yy, l2Penalty)
	if *fit {
		pos, kpos, ypos := sum(ys), sum(ky), sum(yy)
		t.Logf("%d candidates, %.0f labelled pairs; %d known, %.0f pairs; %d of one region, %.0f pairs", len(xs), pos, len(kx), kpos, len(yx), ypos)
		t.Logf("%-12s %7s %7s %7s", "feature", "score", "known", "region")
		for k := range second {
			t.Logf("%-12s %7.3f %7.3f %7.3f", featureNames[k], second[k], third[k], yoy[k])
		}
	}
	return first, second, third, yoy
}

func sum(ys []float64) float64 {
	t := 0.0
	for _, y := range ys {
		t += y
	}
	return t
}

// counterpartsPath is the file learned.go embeds.
const counterpartsPath = "data/counterparts.tsv"

// TestCounterpartsAreCurrent checks that data/counterparts.tsv lists the
// candidates of the training fixtures that are labelled pairs or judged
// right on adjudication, as the tool cuts them today; with -fit it
// rewrites the file.
func TestCounterpartsAreCurrent(t *testing.T) {
	_, _, _, rows := labelledCandidatesAndPairs(t, trainingFixtures)
	slices.Sort(rows)
	rows = slices.Compact(rows)
	want := "# generated by go test ./diff -run Counterparts -fit: the candidates of the training fixtures that are labelled\n# pairs or judged right on adjudication (province, 全国's commitment, the province's), which learned.go reads\n" + strings.Join(rows, "\n") + "\n"
	if *fit {
		if err := os.WriteFile(counterpartsPath, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if counterpartsFile != want {
		t.Fatalf("%s is not current; run go test ./diff -run Counterparts -fit, then refit the weights", counterpartsPath)
	}
}

// Newton's method converges in about ten steps here; fitting stops when
// no weight moves more than fitTolerance, or after fitSteps.
const (
	fitSteps     = 50
	fitTolerance = 1e-6
)

var featureNames = [nFeatures]string{"bias", "cosine", "dice", "anchor", "best_max", "best_min", "cover_max", "cover_min", "linked", "same_primary", "share_topic", "class", "class_anchor", "learned"}

// fitLogistic fits logistic regression weights by Newton's method
// (iteratively reweighted least squares), with an L2 penalty lambda on all
// weights but the bias.
func fitLogistic(xs []features, ys []float64, lambda float64) features {
	var w features
	for iter := 0; iter < fitSteps; iter++ {
		var grad features
		var hess [nFeatures][nFeatures]float64
		for i, x := range xs {
			p := x.score(&w)
			for k := range x {
				grad[k] += (p - ys[i]) * x[k]
				for l := range x {
					hess[k][l] += p * (1 - p) * x[k] * x[l]
				}
			}
		}
		for k := 1; k < nFeatures; k++ {
			grad[k] += lambda * w[k]
			hess[k][k] += lambda
		}
		step := solve(hess, grad)
		change := 0.0
		for k := range w {
			w[k] -= step[k]
			change = math.Max(change, math.Abs(step[k]))
		}
		if change < fitTolerance {
			break
		}
	}
	return w
}

// solve returns x with m x = v, by Gaussian elimination with partial
// pivoting.
func solve(m [nFeatures][nFeatures]float64, v features) features {
	const n = nFeatures
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		v[c], v[p] = v[p], v[c]
		if m[c][c] == 0 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k < n; k++ {
				m[r][k] -= f * m[c][k]
			}
			v[r] -= f * v[c]
		}
	}
	var x features
	for r := n - 1; r >= 0; r-- {
		s := v[r]
		for k := r + 1; k < n; k++ {
			s -= m[r][k] * x[k]
		}
		if m[r][r] != 0 {
			x[r] = s / m[r][r]
		}
	}
	return x
}

func goFeatures(w features) string {
	var b strings.Builder
	b.WriteString("features{")
	for k, v := range w {
		if k > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%.3f", v)
	}
	b.WriteString("}")
	return b.String()
}
