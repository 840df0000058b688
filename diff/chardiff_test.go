package diff

import (
	"reflect"
	"testing"
)

func TestWordingTreatsNumbersAsTokens(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want []Op
	}{
		{"新建1亿亩高标准农田", "新建高标准农田500万亩", []Op{{Equal, "新建"}, {Delete, "1亿亩"}, {Equal, "高标准农田"}, {Insert, "500万亩"}}},
		{"城镇新增就业1100万人以上", "城镇新增就业110万人", []Op{{Equal, "城镇新增就业"}, {Delete, "1100万人以上"}, {Insert, "110万人"}}},
		{"城镇调查失业率控制在5.5%以内", "城镇调查失业率控制在5.5%以内", []Op{{Equal, "城镇调查失业率控制在5.5%以内"}}},
		{"增长5.5%左右", "增长6%左右", []Op{{Equal, "增长"}, {Delete, "5.5%"}, {Insert, "6%"}, {Equal, "左右"}}},
		{"", "新增", []Op{{Insert, "新增"}}},
	} {
		if got := Wording(c.a, c.b); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Wording(%q, %q)\n got %v\nwant %v", c.a, c.b, got, c.want)
		}
	}
}

func TestWordingRebuildsBothSides(t *testing.T) {
	a := "对小微企业的存量留抵税额于6月底前一次性全部退还，增量留抵税额在今年内应退尽退"
	b := "对符合条件的小微企业存量留抵税额于6月底前一次性退还"
	var ga, gb string
	for _, op := range Wording(a, b) {
		if op.Kind != Insert {
			ga += op.Text
		}
		if op.Kind != Delete {
			gb += op.Text
		}
	}
	if ga != a || gb != b {
		t.Errorf("ops rebuild %q and %q", ga, gb)
	}
}
