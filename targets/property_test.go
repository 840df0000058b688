package targets

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/ingest"
)

// checkTraceable: every target can be traced back to its text — its
// source is on its line, its qualifier and value are in its source.
func checkTraceable(t *testing.T, d *document.Document, res *Result) {
	t.Helper()
	lines := map[int]string{}
	for _, p := range d.Paragraphs() {
		lines[p.Line] = p.Text
	}
	for _, tg := range res.Targets {
		text, ok := lines[tg.Line]
		switch {
		case !ok:
			t.Errorf("%s: line %d is no paragraph", tg.Indicator, tg.Line)
		case tg.Source == "" || !strings.Contains(text, tg.Source):
			t.Errorf("%s: source %q not on line %d", tg.Indicator, tg.Source, tg.Line)
		case tg.Indicator == "":
			t.Errorf("line %d: a target without indicator: %+v", tg.Line, tg)
		case !tg.Qualitative() && !strings.Contains(strings.ReplaceAll(tg.Source, " ", ""), strings.SplitN(tg.Value, "-", 2)[0]):
			t.Errorf("%s: value %q not in %q", tg.Indicator, tg.Value, tg.Source)
		}
	}
}

func TestTraceable(t *testing.T) {
	for _, d := range parseCorpus(t) {
		checkTraceable(t, d, Extract(d))
	}
}

// FuzzExtract: extraction is total; whatever the text, it returns targets
// that trace back to it, and no panic.
func FuzzExtract(f *testing.F) {
	f.Add("二、2022年工作安排\n\n主要预期目标是：地区生产总值增长5.5%左右，城镇、农村居民人均可支配收入分别增长8%、10%左右。")
	f.Add("二、今后五年的目标\n\n主要目标是：\n——地区生产总值年均增长7%。\n——城镇新增就业50万人。")
	f.Add("二、2022年工作安排\n\n综合考虑各方面因素，今年全省地区生产总值增长6.5%左右；完成国家下达的节能减排目标任务。")
	f.Add("二、2022年工作安排\n\n主要预期目标是：、和增长%左右，（目标为：6%—，PM2.5下降5%以上；")
	f.Fuzz(func(t *testing.T, text string) {
		srcs, err := ingest.Parse("fuzz.txt", []byte(text))
		if err != nil {
			return
		}
		for _, s := range srcs {
			d := document.Parse(s)
			checkTraceable(t, d, Extract(d))
		}
	})
}
