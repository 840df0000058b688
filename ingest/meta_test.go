package ingest

import (
	"reflect"
	"testing"
)

func TestNormalizeRegion(t *testing.T) {
	for _, c := range []struct {
		in    string
		short string
		level Level
		ok    bool
	}{
		{"全国", "全国", National, true},
		{"国务院", "全国", National, true},
		{"北京", "北京", Provincial, true},
		{"北京市", "北京", Provincial, true},
		{"广西壮族自治区", "广西", Provincial, true},
		{"广西自治区", "", "", false},
		{"内蒙古", "内蒙古", Provincial, true},
		{"黑龙江省", "黑龙江", Provincial, true},
		{" 新疆 ", "新疆", Provincial, true},
		{"火星", "", "", false},
		{"北", "", "", false},
	} {
		short, level, ok := NormalizeRegion(c.in)
		if short != c.short || level != c.level || ok != c.ok {
			t.Errorf("NormalizeRegion(%q) = %q, %q, %v; want %q, %q, %v", c.in, short, level, ok, c.short, c.level, c.ok)
		}
	}
}

func TestParseReadsHeaders(t *testing.T) {
	for _, c := range []struct {
		name string
		path string
		text string
		want Meta
	}{
		{"national", "a.txt", "政府工作报告\n\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n\n国务院总理 李克强\n\n各位代表：\n",
			Meta{Title: "政府工作报告", Region: "全国", Level: National, Year: 2022, Date: "2022-03-05", Speaker: "国务院总理 李克强"}},
		{"box-drawing dashes and no-break space", "a.txt", "天津市政府工作报告\n──2022年2月12日在天津市第十七届人民代表大会第六次会议上\n市长\u00a0廖国勋\n各位代表：\n",
			Meta{Title: "天津市政府工作报告", Region: "天津", Level: Provincial, Year: 2022, Date: "2022-02-12", Speaker: "市长 廖国勋"}},
		{"full-width space, city level", "a.txt", "深圳市政府工作报告\n——2021年4月5日在深圳市第七届人民代表大会第一次会议上\n市长　覃伟中\n各位代表：\n",
			Meta{Title: "深圳市政府工作报告", Region: "深圳", Level: City, Year: 2021, Date: "2021-04-05", Speaker: "市长 覃伟中"}},
		{"county", "a.txt", "政府工作报告\n——2023年1月5日在昆山市第十七届人民代表大会第三次会议上\n各位代表：\n",
			Meta{Title: "政府工作报告", Region: "昆山", Level: City, Year: 2023, Date: "2023-01-05"}},
		{"date in brackets after the congress", "四川省/2014.md", "---\ntitle: 2014年四川省人民政府工作报告\n---\n**政府工作报告**\n在四川省第十二届人民代表大会第三次会议上（2015年1月28日）\n\n四川省人民政府省长魏宏 \n\n各位代表：\n",
			Meta{Title: "2014年四川省人民政府工作报告", Region: "四川", Level: Provincial, Year: 2014, Speaker: "四川省人民政府省长魏宏"}},
		{"no date: year from headings, not the path", "四川省/2008.md", "---\ntitle: 2008年四川省人民政府工作报告\n---\n\n**政府工作报告**\n\n各位代表：\n\n**2008年工作回顾**\n\n正文。\n\n**2009年工作安排**\n",
			Meta{Title: "2008年四川省人民政府工作报告", Region: "四川", Level: Provincial, Year: 2009}},
		{"year from the path alone", "广东省/2005.md", "各位代表：\n我代表省人民政府作报告。\n",
			Meta{Region: "广东", Level: Provincial, Year: 2005}},
		{"nothing to infer", "notes.txt", "随便写几句。\n",
			Meta{}},
	} {
		srcs, err := Parse(c.path, []byte(c.text))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if len(srcs) != 1 {
			t.Errorf("%s: %d reports, want 1", c.name, len(srcs))
			continue
		}
		if got := srcs[0].Meta; !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.name, got, c.want)
		}
	}
}

func TestParseSplitsMultiReportFiles(t *testing.T) {
	text := "1.政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n国务院总理 李克强\n各位代表：\n正文。\n" +
		"2.北京市政府工作报告\n——2022年1月6日在北京市第十五届人民代表大会第五次会议上\n市长 陈吉宁\n各位代表：\n正文，提到政府工作报告。\n"
	srcs, err := Parse("two.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 2 {
		t.Fatalf("%d reports, want 2", len(srcs))
	}
	for i, want := range []struct {
		region  string
		first   int
		bodyAt  int
		name    string
		numbers int
	}{{"全国", 1, 4, "two.txt#1", 5}, {"北京", 6, 9, "two.txt#2", 5}} {
		s := srcs[i]
		if s.Meta.Region != want.region || s.Lines[0].No != want.first || s.BodyLines()[0].No != want.bodyAt || s.Name() != want.name || len(s.Lines) != want.numbers {
			t.Errorf("report %d: region %s, lines %d.., body at %d, name %s, %d lines", i+1, s.Meta.Region, s.Lines[0].No, s.BodyLines()[0].No, s.Name(), len(s.Lines))
		}
	}
}
