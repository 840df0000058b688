package report

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/ingest"
	"github.com/policydiff/policydiff/targets"
)

const targetsReports = `1.甲省政府工作报告
——2023年1月10日在甲省第十四届人民代表大会第一次会议上
一、2022年工作回顾

过去一年，地区生产总值增长3%。

二、2023年工作安排

主要预期目标是：地区生产总值增长5%左右，固定资产投资力争增长10%以上，城镇、农村居民人均可支配收入分别增长6%、7%左右，居民收入增长与经济增长基本同步。

2.乙省政府工作报告
——2023年1月12日在乙省第十四届人民代表大会第一次会议上
一、2022年工作回顾

过去一年，地区生产总值增长4%。

二、2023年工作安排

主要预期目标是：地区生产总值增长6%—6.5%，粮食产量稳定在500亿斤以上。
`

func targetsView(t *testing.T, indicator string, wide bool) *Targets {
	t.Helper()
	srcs, err := ingest.Parse("two.txt", []byte(targetsReports))
	if err != nil {
		t.Fatal(err)
	}
	x := targets.New(nil)
	var docs []*document.Document
	var results []*targets.Result
	for _, s := range srcs {
		d := document.Parse(s)
		docs = append(docs, d)
		results = append(results, x.Extract(d))
	}
	return NewTargets(docs, results, x, indicator, wide)
}

func renderTargets(t *testing.T, v *Targets, f Format) string {
	t.Helper()
	var buf bytes.Buffer
	if err := RenderTargets(&buf, v, f); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestTargetsFormats: every format renders the same view the same way
// twice, and each says what its readers need.
func TestTargetsFormats(t *testing.T) {
	for _, wide := range []bool{false, true} {
		for _, f := range []Format{Table, CSV, JSON, Markdown, HTML} {
			a, b := renderTargets(t, targetsView(t, "", wide), f), renderTargets(t, targetsView(t, "", wide), f)
			if a != b {
				t.Errorf("%s (wide %v): two renderings differ", f, wide)
			}
		}
	}
	v := targetsView(t, "", false)
	if csv := renderTargets(t, v, CSV); !strings.HasPrefix(csv, "region,year,path,line,indicator,known,value,unit,direction,qualifier,source\n") ||
		!strings.Contains(csv, "\n,2023,two.txt,9,GDP增长,true,5,%,增长,左右,地区生产总值增长5%左右\n") ||
		!strings.Contains(csv, "\n,2023,two.txt,9,居民人均可支配收入增长,true,,,,与经济增长基本同步,居民收入增长与经济增长基本同步\n") {
		t.Errorf("CSV:\n%s", csv)
	}
	var j struct {
		SchemaVersion int `json:"schema_version"`
		Documents     []struct {
			Targets []targets.Target `json:"targets"`
		} `json:"documents"`
		Summary []targets.Summary `json:"summary"`
	}
	if err := json.Unmarshal([]byte(renderTargets(t, v, JSON)), &j); err != nil || j.SchemaVersion != SchemaVersion || len(j.Documents) != 2 || len(j.Documents[0].Targets) != 5 {
		t.Errorf("JSON: %v %+v", err, j)
	}
	if s := j.Summary[0]; s.Indicator != "GDP增长" || s.Documents != 2 || s.Min != 5 || s.Median != 5.625 || s.Max != 6.5 {
		t.Errorf("GDP summary %+v, want 2 documents, min 5, median 5.625 (the middle of 5 and 6–6.5), max 6.5", s)
	}
	html := renderTargets(t, v, HTML)
	if !strings.HasPrefix(html, "<!DOCTYPE html>") || !strings.Contains(html, "<table>") || regexp.MustCompile(`src=|href=|@import|url\(`).MatchString(html) {
		t.Errorf("HTML is not a self-contained page with a table:\n%s", html)
	}
	if md := renderTargets(t, v, Markdown); !strings.Contains(md, "| 2023 | 9 | GDP增长 | 5 | % | 增长 | 左右 |") {
		t.Errorf("Markdown:\n%s", md)
	}
}

func TestTargetsWide(t *testing.T) {
	v := targetsView(t, "", true)
	want := []string{"GDP增长", "固定资产投资增长", "居民人均可支配收入增长", "城镇居民人均可支配收入增长", "农村居民人均可支配收入增长", "粮食产量"}
	if strings.Join(v.Columns, " ") != strings.Join(want, " ") {
		t.Errorf("columns %q, want %q (taxonomy order)", v.Columns, want)
	}
	got := [][]string{v.Documents[0].Cells, v.Documents[1].Cells}
	wantCells := [][]string{
		{"5%左右", "力争10%以上", "与经济增长基本同步", "6%左右", "7%左右", ""},
		{"6-6.5%", "", "", "", "", "500亿斤以上"},
	}
	for i := range got {
		if strings.Join(got[i], "|") != strings.Join(wantCells[i], "|") {
			t.Errorf("row %d: %q, want %q", i, got[i], wantCells[i])
		}
	}
	one := targetsView(t, "粮食产量", true)
	if len(one.Columns) != 1 || one.Documents[1].Cells[0] != "500亿斤以上" || len(one.Summary) != 1 {
		t.Errorf("--indicator 粮食产量 --wide: %+v", one)
	}
}
