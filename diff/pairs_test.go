package diff

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/document"
)

// fixturePair is one row of testdata/expect/commitment-pairs-2022.tsv: a
// commitment of 全国 and one of a province that a reader judged the same.
type fixturePair struct {
	province, topic string
	lineA, lineB    int
	textA, textB    string
	// hard: the labeller marked the pair a hard call (a loose or partial
	// equivalence a second reader might not make).
	hard bool
	// set names the labelled set the pair belongs to (setOf).
	set string
}

// setOf names the labelled set of a fixture file as the adjudications
// do: commitment-pairs-2022.tsv is "tuned", commitment-pairs-2022-X.tsv
// is "X", and commitment-pairs-X.tsv (the year-over-year sets) is "X".
func setOf(path string) string {
	name := strings.TrimSuffix(filepath.Base(path), ".tsv")
	if name == "commitment-pairs-2022" {
		return "tuned"
	}
	if x, ok := strings.CutPrefix(name, "commitment-pairs-2022-"); ok {
		return x
	}
	return strings.TrimPrefix(name, "commitment-pairs-")
}

func readPairs(t testing.TB, path string) []fixturePair {
	var out []fixturePair
	for _, c := range tsvRows(t, path, 6) {
		out = append(out, fixturePair{c[0], c[1], lineNo(t, path, c[2]), lineNo(t, path, c[4]), c[3], c[5], len(c) > 6 && strings.Contains(c[6], "hard call"), setOf(path)})
	}
	return out
}

// tsvRows reads a tab-separated file: its rows after the header line, less
// blank and comment (#) lines, each split into at least fields fields.
func tsvRows(t testing.TB, path string, fields int) [][]string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for i, l := range strings.Split(string(data), "\n") {
		if i == 0 || l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) < fields {
			t.Fatalf("%s: line %d: expected at least %d tab-separated fields", path, i+1, fields)
		}
		out = append(out, c)
	}
	return out
}

// lineNo reads a line number of a fixture.
func lineNo(t testing.TB, path, field string) int {
	n, err := strconv.Atoi(field)
	if err != nil {
		t.Fatalf("%s: %q is not a line number", path, field)
	}
	return n
}

// minSpanOverlap: a tool commitment stands for a hand-marked one when it
// covers at least half of the shorter of the two spans of the same line.
const minSpanOverlap = 0.5

func spansOverlap(line, span, text string) bool {
	n := spanOverlap(line, span, text)
	return n > 0 && float64(n) >= minSpanOverlap*float64(min(len(span), len(text)))
}

// spanOverlap is how many bytes of line span and text share where they
// stand in it (0 when either is not in line).
func spanOverlap(line, span, text string) int {
	i, j := strings.Index(line, span), strings.Index(line, text)
	if i < 0 || j < 0 {
		return 0
	}
	return max(0, min(i+len(span), j+len(text))-max(i, j))
}

// coveringCommitment is the commitment of cs on a paragraph that covers most of the
// labelled span, when one covers enough to stand for it (spansOverlap).
func coveringCommitment(cs []*Commitment, para string, line int, span string) *Commitment {
	var best *Commitment
	for _, c := range cs {
		if c.Line == line && spansOverlap(para, span, c.Text) && (best == nil || spanOverlap(para, span, c.Text) > spanOverlap(para, span, best.Text)) {
			best = c
		}
	}
	return best
}

// paragraphText is the text of a region's paragraph at a line.
func paragraphText(t testing.TB, docs map[string]*document.Document, region string, line int) string {
	return paragraphAt(t, docs[region], line)
}

// TestPairsMatchHandLabels measures pair precision and recall against
// hand-labelled sets, 全国 against three provinces each on three topics:
// the nine the model is fitted on (trainingFixtures), six of which were
// labelled blind and measured once as such before they joined (see the
// README for those figures), and two labelled blind after the matcher was
// finished (宁夏, 青海, 新疆; then 西藏), which decided nothing; and
// thirty sets on the other twenty-nine topics, two per pair of topics (see
// below). Precision
// counts as right the tool's pairs that a second reader judged the same
// although the fixture does not list them
// (commitment-pairs-2022-adjudicated.tsv).
func TestPairsMatchHandLabels(t *testing.T) {
	for _, c := range []struct {
		name, path              string
		minPrecision, minRecall float64
	}{
		// Each row: the figures measured today (precision, recall) less
		// half a pair, so that a change that loses a pair fails. The
		// README gives the blind figures as they were first measured and
		// the revisions that reproduce them (scripts/pairs-at.sh).
		//
		// 就业, 乡村振兴, 碳达峰碳中和: the nine sets the model is fitted on,
		// six of them first measured blind.
		{"tuned", "../testdata/expect/commitment-pairs-2022.tsv", 0.910, 0.892},            // 67/73 = 0.918, 79/88 = 0.898
		{"held out", "../testdata/expect/commitment-pairs-2022-heldout.tsv", 0.855, 0.801}, // 51/59 = 0.864, 55/68 = 0.809
		{"test", "../testdata/expect/commitment-pairs-2022-test.tsv", 0.894, 0.809},        // 64/71 = 0.901, 75/92 = 0.815
		{"fresh", "../testdata/expect/commitment-pairs-2022-fresh.tsv", 0.789, 0.689},      // 55/69 = 0.797, 55/79 = 0.696
		{"fresh2", "../testdata/expect/commitment-pairs-2022-fresh2.tsv", 0.809, 0.702},    // 58/71 = 0.817, 63/89 = 0.708
		{"fresh3", "../testdata/expect/commitment-pairs-2022-fresh3.tsv", 0.772, 0.746},    // 53/68 = 0.779, 58/77 = 0.753
		{"fresh4", "../testdata/expect/commitment-pairs-2022-fresh4.tsv", 0.803, 0.769},    // 72/89 = 0.809, 79/102 = 0.775
		{"fresh5", "../testdata/expect/commitment-pairs-2022-fresh5.tsv", 0.731, 0.629},    // 51/69 = 0.739, 54/85 = 0.635
		{"fresh6", "../testdata/expect/commitment-pairs-2022-fresh6.tsv", 0.833, 0.601},    // 53/63 = 0.841, 54/89 = 0.607
		// labelled blind after the matcher was finished (宁夏, 青海, 新疆;
		// then 西藏): they decided nothing.
		{"fresh7 (blind)", "../testdata/expect/commitment-pairs-2022-fresh7.tsv", 0.831, 0.693}, // 62/74 = 0.838, 65/93 = 0.699
		{"fresh8 (blind)", "../testdata/expect/commitment-pairs-2022-fresh8.tsv", 0.676, 0.416}, // 12/17 = 0.706, 13/30 = 0.433
		// Other topics, two sets per pair of topics, labelled blind while
		// the topics had no classes: the first set (广东, 江苏, 湖北) served
		// to write and check the topics' classes, the second (浙江, 山东,
		// 四川) was measured once and decided whether the classes stay; a
		// few expressions were mended after a second set showed them
		// wrong (see the README).
		// 科技创新, 生态环境
		{"topics", "../testdata/expect/commitment-pairs-2022-topics.tsv", 0.762, 0.691},           // 63/82 = 0.768, 62/89 = 0.697
		{"topics2 (blind)", "../testdata/expect/commitment-pairs-2022-topics2.tsv", 0.712, 0.394}, // 39/54 = 0.722, 34/85 = 0.400
		// 教育, 医疗卫生
		{"topics3", "../testdata/expect/commitment-pairs-2022-topics3.tsv", 0.728, 0.617},         // 42/57 = 0.737, 40/64 = 0.625
		{"topics4 (blind)", "../testdata/expect/commitment-pairs-2022-topics4.tsv", 0.680, 0.471}, // 25/36 = 0.694, 25/52 = 0.481
		// 制造业, 数字经济
		{"topics5", "../testdata/expect/commitment-pairs-2022-topics5.tsv", 0.796, 0.413},         // 26/32 = 0.812, 22/52 = 0.423
		{"topics6 (blind)", "../testdata/expect/commitment-pairs-2022-topics6.tsv", 0.785, 0.408}, // 28/35 = 0.800, 25/60 = 0.417
		// 农业与粮食安全, 社会保障
		{"topics7", "../testdata/expect/commitment-pairs-2022-topics7.tsv", 0.744, 0.620},         // 37/49 = 0.755, 39/62 = 0.629
		{"topics8 (blind)", "../testdata/expect/commitment-pairs-2022-topics8.tsv", 0.820, 0.601}, // 44/53 = 0.830, 45/74 = 0.608
		// 外贸外资, 营商环境
		{"topics9", "../testdata/expect/commitment-pairs-2022-topics9.tsv", 0.712, 0.475},           // 39/54 = 0.722, 40/83 = 0.482
		{"topics10 (blind)", "../testdata/expect/commitment-pairs-2022-topics10.tsv", 0.676, 0.447}, // 35/51 = 0.686, 43/95 = 0.453
		// 财政, 金融与风险
		{"topics11", "../testdata/expect/commitment-pairs-2022-topics11.tsv", 0.527, 0.261},         // 10/18 = 0.556, 12/44 = 0.273
		{"topics12 (blind)", "../testdata/expect/commitment-pairs-2022-topics12.tsv", 0.681, 0.201}, // 8/11 = 0.727, 11/52 = 0.212
		// 消费, 投资
		{"topics13", "../testdata/expect/commitment-pairs-2022-topics13.tsv", 0.660, 0.427},         // 19/28 = 0.679, 21/48 = 0.438
		{"topics14 (blind)", "../testdata/expect/commitment-pairs-2022-topics14.tsv", 0.625, 0.389}, // 18/28 = 0.643, 27/68 = 0.397
		// 文化旅游, 新型城镇化
		{"topics15", "../testdata/expect/commitment-pairs-2022-topics15.tsv", 0.772, 0.471},         // 26/33 = 0.788, 25/52 = 0.481
		{"topics16 (blind)", "../testdata/expect/commitment-pairs-2022-topics16.tsv", 0.642, 0.385}, // 23/35 = 0.657, 24/61 = 0.393
		// 区域协调, 住房
		{"topics17", "../testdata/expect/commitment-pairs-2022-topics17.tsv", 0.638, 0.543},         // 12/18 = 0.667, 13/23 = 0.565
		{"topics18 (blind)", "../testdata/expect/commitment-pairs-2022-topics18.tsv", 0.785, 0.534}, // 17/21 = 0.810, 16/29 = 0.552
		// 社会治理, 安全生产与应急
		{"topics19", "../testdata/expect/commitment-pairs-2022-topics19.tsv", 0.642, 0.551},         // 23/35 = 0.657, 22/39 = 0.564
		{"topics20 (blind)", "../testdata/expect/commitment-pairs-2022-topics20.tsv", 0.716, 0.480}, // 27/37 = 0.730, 25/51 = 0.490
		// 疫情防控, 民族宗教
		{"topics21", "../testdata/expect/commitment-pairs-2022-topics21.tsv", 0.500, 0.323},         // 6/11 = 0.545, 6/17 = 0.353
		{"topics22 (blind)", "../testdata/expect/commitment-pairs-2022-topics22.tsv", 0.750, 0.583}, // 11/14 = 0.786, 11/18 = 0.611
		// 宏观经济, 收入分配
		{"topics23", "../testdata/expect/commitment-pairs-2022-topics23.tsv", 0.904, 0.562},         // 43/47 = 0.915, 23/40 = 0.575
		{"topics24 (blind)", "../testdata/expect/commitment-pairs-2022-topics24.tsv", 0.957, 0.625}, // 34/35 = 0.971, 28/44 = 0.636
		// 能源, 现代服务业
		{"topics25", "../testdata/expect/commitment-pairs-2022-topics25.tsv", 0.653, 0.675},         // 9/13 = 0.692, 14/20 = 0.700
		{"topics26 (blind)", "../testdata/expect/commitment-pairs-2022-topics26.tsv", 0.312, 0.275}, // 3/8 = 0.375, 6/20 = 0.300
		// 国资国企, 重点领域改革
		{"topics27", "../testdata/expect/commitment-pairs-2022-topics27.tsv", 0.812, 0.729},         // 20/24 = 0.833, 18/24 = 0.750
		{"topics28 (blind)", "../testdata/expect/commitment-pairs-2022-topics28.tsv", 0.886, 0.740}, // 20/22 = 0.909, 19/25 = 0.760
		// 政府自身建设 (most of it the tool does not read as commitments:
		// the reports' own government part)
		{"topics29", "../testdata/expect/commitment-pairs-2022-topics29.tsv", 0.931, 0.478},         // 21/22 = 0.955, 23/47 = 0.489
		{"topics30 (blind)", "../testdata/expect/commitment-pairs-2022-topics30.tsv", 0.781, 0.186}, // 13/16 = 0.812, 13/67 = 0.194
		// the tool against the second readers of nine provinces (see
		// TestReadersAgree)
		{"second reader", secondReaderPath, 0.822, 0.621}, // 170/206 = 0.825, 197/316 = 0.623
	} {
		precision, recall, misses := pairFigures(t, c.path)
		t.Logf("%s: pair precision %.3f, recall %.3f", c.name, precision, recall)
		for _, m := range misses {
			t.Logf("%s: %s", c.name, m)
		}
		if precision < wantPairPrecision || recall < wantPairRecall {
			t.Logf("%s: below the issue's goal of %.2f each", c.name, wantPairRecall)
		}
		if precision < c.minPrecision || recall < c.minRecall {
			t.Errorf("%s: pair precision %.3f and recall %.3f fell below the measured %.3f and %.3f", c.name, precision, recall, c.minPrecision, c.minRecall)
		}
	}
}

// The goals of the compare issue.
const wantPairPrecision, wantPairRecall = 0.85, 0.85

// setsOf are the labelled sets pairs come from: adjudications count for
// the sets they were made for only.
func setsOf(want []fixturePair) map[string]bool {
	out := map[string]bool{}
	for _, w := range want {
		out[w.set] = true
	}
	return out
}

// topicsOf are the topics labelled pairs are in.
func topicsOf(want []fixturePair) map[string]bool {
	out := map[string]bool{}
	for _, w := range want {
		out[w.topic] = true
	}
	return out
}

// judgeOf returns the provinces of labelled pairs in order, the pairs of
// each and a judge telling whether commitments a of 全国 and b of a
// province are a labelled pair.
func judgeOf(t testing.TB, want []fixturePair) ([]string, map[string][]fixturePair, func(province string, w fixturePair, a, b *Commitment) bool) {
	provinces, byProvince := byProvinceOf(want)
	same := func(province string, w fixturePair, a, b *Commitment) bool {
		return fixtureDocuments(t, "全国~"+province).stands(t, w, a, b)
	}
	return provinces, byProvince, same
}

// byProvinceOf groups labelled pairs by their province column (for the
// year-over-year sets, the two documents), in file order.
func byProvinceOf(want []fixturePair) ([]string, map[string][]fixturePair) {
	var provinces []string
	byProvince := map[string][]fixturePair{}
	for _, w := range want {
		if len(byProvince[w.province]) == 0 {
			provinces = append(provinces, w.province)
		}
		byProvince[w.province] = append(byProvince[w.province], w)
	}
	return provinces, byProvince
}

// adjudicatedPath holds pairs the tool proposed that are not in the
// fixtures, judged afterwards by a second reader: those judged the same
// count as right for precision (never for recall).
const adjudicatedPath = "../testdata/expect/commitment-pairs-2022-adjudicated.tsv"

// readAdjudicated returns the pairs of the adjudicated file judged the
// same.
func readAdjudicated(t testing.TB) []fixturePair {
	var out []fixturePair
	for _, c := range tsvRows(t, adjudicatedPath, 7) {
		if c[6] == "same" {
			out = append(out, fixturePair{province: c[1], lineA: lineNo(t, adjudicatedPath, c[2]), textA: c[3], lineB: lineNo(t, adjudicatedPath, c[4]), textB: c[5], set: c[0]})
		}
	}
	return out
}

func pairFigures(t *testing.T, path string) (float64, float64, []string) {
	return pairFiguresOf(t, readPairs(t, path))
}

// pairFiguresOf measures the tool against labelled pairs: precision over
// its pairs in the labelled topics (pairs judged right on adjudication
// count), recall over the labelled pairs; the first line of the report
// gives the counts, the others every false pair and miss.
func pairFiguresOf(t *testing.T, want []fixturePair) (float64, float64, []string) {
	provinces, byProvince, same := judgeOf(t, want)
	labelled := topicsOf(want)
	adjudicated := readAdjudicated(t)
	var tl tally
	causes := map[string]int{}
	for _, province := range provinces {
		cmp := nationalComparison(t, province)
		fixture := byProvince[province]
		sets := setsOf(fixture)
		cause := missCauses(t, province, cmp, allPairs(cmp.result))
		tl.measure(cmp.result, "全国-"+province, labelled, fixture, adjudicated,
			func(w fixturePair, a, b *Commitment) bool {
				return w.province == province && sets[w.set] && same(province, w, a, b)
			},
			func(w fixturePair) string {
				why, detail := cause(w)
				causes[why]++
				return ": " + why + detail
			})
	}
	summary := fmt.Sprintf("precision %d/%d (%d/%d fixture pairs alone), recall %d/%d (of the pairs not marked hard calls %d/%d); misses:", tl.hitsP+tl.hitsAdj, tl.totalP, tl.hitsP, tl.totalP, tl.hitsR, tl.totalR, tl.hitsClear, tl.totalClear)
	for _, why := range missReasons {
		summary += fmt.Sprintf(" %s %d,", why, causes[why])
	}
	precision, recall := tl.figures()
	return precision, recall, append([]string{strings.TrimSuffix(summary, ",")}, tl.log...)
}

// tally counts a tool's pairs against labelled ones, over comparisons.
type tally struct {
	hitsP, hitsAdj, totalP, hitsR, totalR, hitsClear, totalClear int
	log                                                          []string
}

// measure adds one comparison (named name): the pairs of r in the
// labelled topics (those of the whole set) are right when same makes them
// a pair of fixture or one judged the same on adjudication; each pair of
// fixture is found or missed (why tells why). It logs every false pair,
// adjudicated pair and miss.
func (tl *tally) measure(r *Result, name string, labelled map[string]bool, fixture, adjudicated []fixturePair, same func(w fixturePair, a, b *Commitment) bool, why func(fixturePair) string) {
	for _, tr := range r.Topics {
		if !labelled[tr.ID] {
			continue
		}
		for _, p := range tr.Shared {
			tl.totalP++
			sameAs := func(w fixturePair) bool { return same(w, p.A, p.B) }
			switch {
			case slices.ContainsFunc(fixture, sameAs):
				tl.hitsP++
			case slices.ContainsFunc(adjudicated, sameAs):
				tl.hitsAdj++
				tl.log = append(tl.log, fmt.Sprintf("pair not in the fixture, judged right on adjudication %s: %q (%d) ~ %q (%d)", name, p.A.Text, p.A.Line, p.B.Text, p.B.Line))
			default:
				tl.log = append(tl.log, fmt.Sprintf("false pair %s: %q (%d) ~ %q (%d) similarity %.2f score %.2f", name, p.A.Text, p.A.Line, p.B.Text, p.B.Line, p.Similarity, p.Score))
			}
		}
	}
	all := allPairs(r)
	for _, w := range fixture {
		found := slices.ContainsFunc(all, func(p Pair) bool { return same(w, p.A, p.B) })
		tl.totalR++
		if found {
			tl.hitsR++
		} else {
			tl.log = append(tl.log, fmt.Sprintf("missed %s %s: %q (%d) ~ %q (%d)%s", name, w.topic, w.textA, w.lineA, w.textB, w.lineB, why(w)))
		}
		if !w.hard {
			tl.totalClear++
			if found {
				tl.hitsClear++
			}
		}
	}
}

// add adds another tally's counts.
func (tl *tally) add(o *tally) {
	tl.hitsP, tl.hitsAdj, tl.totalP = tl.hitsP+o.hitsP, tl.hitsAdj+o.hitsAdj, tl.totalP+o.totalP
	tl.hitsR, tl.totalR, tl.hitsClear, tl.totalClear = tl.hitsR+o.hitsR, tl.totalR+o.totalR, tl.hitsClear+o.hitsClear, tl.totalClear+o.totalClear
}

// figures are the tally's precision and recall.
func (tl *tally) figures() (float64, float64) {
	return float64(tl.hitsP+tl.hitsAdj) / float64(max(tl.totalP, 1)), float64(tl.hitsR) / float64(max(tl.totalR, 1))
}

// allPairs lists a result's shared pairs, every topic.
func allPairs(r *Result) []Pair {
	var all []Pair
	for _, tr := range r.Topics {
		all = append(all, tr.Shared...)
	}
	return all
}

// Why a labelled pair was missed, from the matcher's point of view.
const (
	missNoClause    = "no commitment covers a labelled clause"
	missNoCandidate = "no shared word, bigram or class"
	missTaken       = "could pair, but a pair taken first used one of its clauses"
	missLowScore    = "scored below the threshold"
)

var missReasons = []string{missNoClause, missNoCandidate, missTaken, missLowScore}

// missCauses returns, for the comparison of 全国 with a province whose
// pairs are all, a function telling why a labelled pair is not among
// them: the labelled clause is no commitment of the tool's, the two share
// nothing that makes them a candidate, the candidate could pair but a
// pair taken before it (best first) used one of its clauses, or it scored
// too low to pair at all; with the candidate's score and the pairs that
// took its clauses.
func missCauses(t *testing.T, province string, cmp *comparison, all []Pair) func(fixturePair) (string, string) {
	_, docs := setup(t)
	return func(w fixturePair) (string, string) {
		ca := coveringCommitment(cmp.as, paragraphText(t, docs, "全国", w.lineA), w.lineA, w.textA)
		cb := coveringCommitment(cmp.bs, paragraphText(t, docs, province, w.lineB), w.lineB, w.textB)
		if ca == nil || cb == nil {
			return missNoClause, ""
		}
		i := slices.IndexFunc(cmp.cands, func(c candidate) bool { return c.a == ca && c.b == cb })
		if i < 0 {
			return missNoCandidate, ""
		}
		c := cmp.cands[i]
		c.score = c.f.score(c.weights())
		detail := fmt.Sprintf(" (score %.2f", c.score)
		why := missLowScore
		if c.keepBasis() != "" {
			why = missTaken
		}
		for _, p := range all {
			switch {
			case p.A.Index == ca.Index:
				detail += fmt.Sprintf("; 全国's clause went to %q (%.2f)", p.B.Text, p.Score)
			case p.B.Index == cb.Index:
				detail += fmt.Sprintf("; %s's clause went to %q (%.2f)", province, p.A.Text, p.Score)
			}
		}
		return why, detail + ")"
	}
}
