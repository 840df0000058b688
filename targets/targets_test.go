package targets

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/ingest"
)

// The bar the extraction must clear on the hand-checked 2022 targets
// (testdata/expect/targets-2022.tsv): numeric targets are what journalists
// tabulate, so both precision and recall must be at least 97%, and GDP增长
// must be right for every one of the 32 reports. Qualitative targets are
// worded freely (the aim is compared as written), so the measure that
// includes them has a lower bar.
const (
	minPrecision            = 0.97
	minRecall               = 0.97
	minPrecisionQualitative = 0.90
	minRecallQualitative    = 0.90
)

const corpusPath = "../testdata/gov-work-reports-2022.txt"

// row is a target in the fixture's terms.
type row struct {
	region, line, indicator, value, unit, direction, qualifier, source string
	at                                                                 int // fixture line, 0 for extracted rows
}

// key is what a row is matched on.
func (r row) key() string {
	return strings.Join([]string{r.region, r.line, r.indicator, r.value, r.unit, r.qualifier}, "\t")
}

func (r row) String() string {
	s := strings.Join([]string{r.region, r.line, r.indicator, r.value, r.unit, r.direction, r.qualifier, r.source}, " | ")
	if r.at > 0 {
		s = fmt.Sprintf("fixture line %d: %s", r.at, s)
	}
	return s
}

func toRow(region string, t Target) row {
	v := t.Value
	if t.Qualitative() {
		v = "-"
	}
	return row{region: region, line: strconv.Itoa(t.Line), indicator: t.Indicator, value: v, unit: t.Unit,
		direction: string(t.Direction), qualifier: t.Qualifier, source: t.Source}
}

func readTSV(t *testing.T, path string, fields int) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if n == 1 || l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != fields {
			t.Fatalf("%s:%d: %d fields, want %d", path, n, len(cols), fields)
		}
		out = append(out, append(cols, strconv.Itoa(n)))
	}
	return out
}

func parseCorpus(t testing.TB) []*document.Document {
	t.Helper()
	data, err := os.ReadFile(corpusPath)
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := ingest.Parse(filepath.Base(corpusPath), data)
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]*document.Document, len(srcs))
	for i, s := range srcs {
		docs[i] = document.Parse(s)
	}
	return docs
}

// score matches extracted rows to expected ones as multisets of keys and
// returns the misses (expected, not found) and false positives (found,
// not expected).
func score(want, got []row) (matched int, misses, falsePos []row, pairs [][2]row) {
	byKey := map[string][]row{}
	for _, w := range want {
		byKey[w.key()] = append(byKey[w.key()], w)
	}
	for _, g := range got {
		if ws := byKey[g.key()]; len(ws) > 0 {
			pairs = append(pairs, [2]row{ws[0], g})
			byKey[g.key()] = ws[1:]
			matched++
			continue
		}
		falsePos = append(falsePos, g)
	}
	for _, w := range want {
		if ws := byKey[w.key()]; len(ws) > 0 && ws[0].at == w.at {
			misses = append(misses, w)
			byKey[w.key()] = ws[1:]
		}
	}
	return matched, misses, falsePos, pairs
}

func report(t *testing.T, what string, want, got []row, minP, minR float64) {
	t.Helper()
	matched, misses, fps, pairs := score(want, got)
	p := float64(matched) / float64(max(len(got), 1))
	r := float64(matched) / float64(max(len(want), 1))
	t.Logf("%s: %d expected, %d extracted, %d matched: precision %.3f, recall %.3f", what, len(want), len(got), matched, p, r)
	for _, m := range misses {
		t.Logf("  miss: %s", m)
	}
	for _, f := range fps {
		t.Logf("  false positive: %s", f)
	}
	for _, pr := range pairs {
		w, g := pr[0], pr[1]
		if w.direction != g.direction || w.source != g.source {
			t.Errorf("%s: %s\n  got direction %q, source %q", what, w, g.direction, g.source)
		}
	}
	if p < minP || r < minR {
		t.Errorf("%s: precision %.3f, recall %.3f; want at least %.2f and %.2f", what, p, r, minP, minR)
	}
}

// TestCorpus2022 compares every target of the 32 reports of 2022 with the
// hand-checked fixture.
func TestCorpus2022(t *testing.T) {
	docs := parseCorpus(t)
	if len(docs) != 32 {
		t.Fatalf("%d reports, want 32", len(docs))
	}
	var want, got []row
	for _, cols := range readTSV(t, "../testdata/expect/targets-2022.tsv", 8) {
		at, _ := strconv.Atoi(cols[8])
		want = append(want, row{cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7], at})
	}
	for _, d := range docs {
		res := Extract(d)
		for _, w := range res.Warnings {
			t.Errorf("%s: warning: %s", d.Meta.Region, w)
		}
		for _, tg := range res.Targets {
			got = append(got, toRow(d.Meta.Region, tg))
		}
	}
	numeric := func(rs []row) []row {
		return slices.DeleteFunc(slices.Clone(rs), func(r row) bool { return r.value == "-" })
	}
	report(t, "numeric targets", numeric(want), numeric(got), minPrecision, minRecall)
	report(t, "all targets (with qualitative)", want, got, minPrecisionQualitative, minRecallQualitative)

	// GDP增长, region by region: exactly the expected row.
	gdp := func(rs []row, region string) []string {
		var out []string
		for _, r := range rs {
			if r.region == region && r.indicator == "GDP增长" {
				out = append(out, r.key())
			}
		}
		return out
	}
	right := 0
	for _, d := range docs {
		w, g := gdp(want, d.Meta.Region), gdp(got, d.Meta.Region)
		if len(w) != 1 || !slices.Equal(w, g) {
			t.Errorf("GDP增长 of %s: got %q, want %q", d.Meta.Region, g, w)
			continue
		}
		right++
	}
	t.Logf("GDP增长: %d/%d reports right", right, len(docs))
}

// TestMarkdownGDP checks the GDP target of nine older Markdown reports,
// each with traps: five-year goals, last year's results, estimates, a cue
// that names how the targets were set (河南 2020: 主要预期目标，按…原则安排：).
func TestMarkdownGDP(t *testing.T) {
	rows := readTSV(t, "../testdata/expect/gdp-targets-markdown.tsv", 6)
	if len(rows) != 9 {
		t.Fatalf("%d rows, want 9", len(rows))
	}
	for _, cols := range rows {
		file := cols[0]
		t.Run(file, func(t *testing.T) {
			srcs, err := (&ingest.Loader{}).Load([]string{filepath.Join("../testdata/reports", file)})
			if err != nil {
				t.Fatal(err)
			}
			res := Extract(document.Parse(srcs[0]))
			var got []string
			for _, tg := range Select(res.Targets, "GDP增长") {
				got = append(got, strings.Join([]string{strconv.Itoa(tg.Line), tg.Value, tg.Unit, tg.Qualifier, tg.Source}, "\t"))
			}
			want := strings.Join(cols[1:6], "\t")
			if len(got) != 1 || got[0] != want {
				t.Errorf("GDP增长: got %q, want %q", got, want)
			}
		})
	}
}

// TestNoPassage: a plan without a target passage yields no targets and a
// warning, never an error.
func TestNoPassage(t *testing.T) {
	text := "政府工作报告\n\n一、2021年工作回顾\n\n过去一年，地区生产总值增长8%。\n\n二、2022年工作安排\n\n今年要稳字当头，地区生产总值较快增长。\n"
	srcs, err := ingest.Parse("plain.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	res := Extract(document.Parse(srcs[0]))
	if len(res.Targets) != 0 {
		t.Errorf("got %d targets, want none: %+v", len(res.Targets), res.Targets)
	}
	if !slices.Equal(res.Warnings, []string{NoPassage}) {
		t.Errorf("warnings %q, want %q", res.Warnings, NoPassage)
	}
}

// TestCues: what opens a target passage, and what does not.
func TestCues(t *testing.T) {
	for _, c := range []struct {
		text string
		cue  string
	}{
		{"今年发展主要预期目标是：国内生产总值增长5.5%左右", "主要预期目标是："},
		{"主要预期目标建议为：地区生产总值增长7%", "主要预期目标建议为："},
		{"今年经济社会发展主要预期目标，按保持“三个同步”“三个高于”原则安排：生产总值增长7%", "主要预期目标，按保持“三个同步”“三个高于”原则安排："},
		{"完成全年预期目标，我们要做好以下工作：", ""},
		{"实现主要目标，按照省委部署，各项工作安排：", ""},
		{"为实现上述目标，要重点抓好以下工作：", ""},
	} {
		got := ""
		if cues := findCues(c.text); len(cues) > 0 {
			got = c.text[cues[0][0]:cues[0][1]]
		}
		if got != c.cue {
			t.Errorf("findCues(%q) = %q, want %q", c.text, got, c.cue)
		}
	}
}
