package targets

import (
	"slices"
	"testing"
)

func TestBuiltinTaxonomy(t *testing.T) {
	tax := Builtin()
	for _, name := range []string{"GDP增长", "一般公共预算收入增长", "固定资产投资增长", "社会消费品零售总额增长",
		"规模以上工业增加值增长", "进出口增长", "城镇新增就业", "城镇调查失业率", "居民消费价格涨幅",
		"居民人均可支配收入增长", "城镇居民人均可支配收入增长", "农村居民人均可支配收入增长", "粮食产量",
		"研发经费投入增长", "研发经费投入强度", "单位GDP能耗下降"} {
		if tax.Indicator(name) == nil {
			t.Errorf("built-in taxonomy lacks %s", name)
		}
	}
	if ind := tax.Indicator("GDP增长"); ind.Origin != "indicators.txt:22" || !slices.Equal(ind.Units, []string{"%"}) || ind.Direction != Increase {
		t.Errorf("GDP增长: %+v", ind)
	}
}

// TestMatch: the wording that ends last wins, then the longest; shares,
// denominators and gaps name other indicators.
func TestMatch(t *testing.T) {
	tests := []struct{ subject, want string }{
		{"全省地区生产总值增长", "GDP增长"},
		{"人均GDP增长", "人均GDP增长"},
		{"一般公共预算总收入增长", "一般公共预算总收入增长"},
		{"地方一般公共预算收入增长", "一般公共预算收入增长"},
		{"外贸进出口总额增长", "进出口增长"},
		{"出口总额增长", "出口增长"},
		{"万元地区生产总值能耗", "单位GDP能耗下降"},
		{"城镇常住居民人均可支配收入增速", "城镇居民人均可支配收入增长"},
		{"全社会研发经费支出相当于全市生产总值的比例达到", "研发经费投入强度"},
		{"数字经济核心产业增加值占地区生产总值比重", ""},
		{"万元地区生产总值水耗", ""},
		{"城乡居民收入倍差", ""},
		{"消费对经济增长的贡献率", ""},
		{"森林覆盖率", ""},
	}
	for _, tc := range tests {
		got := ""
		if ind := Builtin().match(tc.subject); ind != nil {
			got = ind.Name
		}
		if got != tc.want {
			t.Errorf("match(%q) = %q, want %q", tc.subject, got, tc.want)
		}
	}
}

func TestParseTaxonomyErrors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"# only comments\n", "my.txt: no indicators (expected lines NAME UNITS DIRECTION WORDING…)"},
		{"# c\nGDP增长 % 增长\n", "my.txt: line 2: expected NAME UNITS DIRECTION WORDING…, got 3 field(s)"},
		{"GDP增长 % 涨 生产总值\n", `my.txt: line 1: unknown direction "涨" (expected 增长, 下降, 控制 or 达到)`},
		{"A % 增长 甲\n\nA % 增长 乙\n", `my.txt: line 3: indicator "A" already defined on line 1`},
		{"A % 增长 甲\nB % 增长 乙 甲\n", `my.txt: line 2: wording "甲" already listed on line 1`},
		{"A %| 增长 甲\n", `my.txt: line 1: empty unit in "%|" (expected units joined by |, or *)`},
		{"A % 增长 \xff\n", "my.txt: not UTF-8 text"},
	}
	for _, tc := range tests {
		_, err := ParseTaxonomy("my.txt", []byte(tc.text))
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: error %v, want %s", tc.text, err, tc.want)
		}
	}
}

// TestMerge: a user file adds indicators, replaces one it names again,
// and takes wordings away from the built-in ones.
func TestMerge(t *testing.T) {
	user, err := ParseTaxonomy("my.txt", []byte("森林覆盖率 % 达到 森林覆盖率\nGDP增长 % 增长 地区生产总值\n二氧化碳排放 % 下降 二氧化碳排放\n"))
	if err != nil {
		t.Fatal(err)
	}
	tax := Builtin().Merge(user)
	if ind := tax.match("森林覆盖率"); ind == nil || ind.Origin != "my.txt:1" {
		t.Errorf("森林覆盖率: %+v", ind)
	}
	if ind := tax.Indicator("GDP增长"); !slices.Equal(ind.Wordings, []string{"地区生产总值"}) || tax.Names()[0] != "GDP增长" {
		t.Errorf("GDP增长 replaced in place: %+v, names %v", ind, tax.Names()[:3])
	}
	if ind := tax.match("国内生产总值增长"); ind != nil {
		t.Errorf("国内生产总值 is no wording after the override, got %s", ind.Name)
	}
	if ind := tax.match("二氧化碳排放量"); ind == nil || ind.Name != "二氧化碳排放" {
		t.Errorf("二氧化碳排放 moved: %+v", ind)
	}
	if slices.Contains(tax.Indicator("单位GDP二氧化碳排放下降").Wordings, "二氧化碳排放") {
		t.Error("the moved wording stays with the built-in indicator")
	}
	if Builtin().Indicator("GDP增长").Origin != "indicators.txt:22" {
		t.Error("Merge changed the built-in taxonomy")
	}
}
