package ingest

import (
	"reflect"
	"testing"
)

func TestMarkdownLines(t *testing.T) {
	text := "---\nsource: https://example.gov.cn/a.html\ntitle: \"2021年政府工作报告\"\n---\n\n# 政府工作报告\n\n**一、2020年工作回顾**\n\n**（一）经济稳中向好。**全年增长**6%**。\n<!-- 图片说明 -->\n***政府工作报告**\n"
	lines, fm := markdownLines(text)
	if fm.Title != "2021年政府工作报告" || fm.Source != "https://example.gov.cn/a.html" {
		t.Errorf("front matter %+v", fm)
	}
	want := []Line{
		{No: 1}, {No: 2}, {No: 3}, {No: 4}, {No: 5},
		{No: 6, Text: "政府工作报告", Mark: MarkHeading},
		{No: 7},
		{No: 8, Text: "一、2020年工作回顾", Mark: MarkHeading},
		{No: 9},
		{No: 10, Text: "（一）经济稳中向好。全年增长6%。", Lead: "（一）经济稳中向好。"},
		{No: 11},
		{No: 12, Text: "政府工作报告", Mark: MarkHeading},
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("got\n%+v\nwant\n%+v", lines, want)
	}
}

func TestHTMLLines(t *testing.T) {
	page := "<html><head><title>某市政府工作报告</title><style>p{}</style></head>\n<body>\n<h2>一、工作回顾</h2>\n<p>过去一年，\n经济&amp;社会发展。</p><script>alert(1)</script>\n<p>  </p><div>今年<b>要</b>稳增长。<br>第二行</div>\n</body></html>"
	lines, title := htmlLines(page)
	if title != "某市政府工作报告" {
		t.Errorf("title %q", title)
	}
	var got []Line
	for _, l := range lines {
		if l.Text != "" {
			got = append(got, l)
		}
	}
	want := []Line{
		{No: 3, Text: "一、工作回顾", Mark: MarkHeading},
		{No: 4, Text: "过去一年， 经济&社会发展。"},
		{No: 6, Text: "今年要稳增长。"},
		{No: 6, Text: "第二行"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}
