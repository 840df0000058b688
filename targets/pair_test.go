package targets

import "testing"

func TestSideBySide(t *testing.T) {
	a := []Target{{Indicator: "GDP增长", Value: "5.5"}, {Indicator: "城镇新增就业", Value: "1100"}}
	b := []Target{{Indicator: "城镇新增就业", Value: "110"}, {Indicator: "GDP增长", Value: "5.5"}, {Indicator: "粮食产量", Value: "1268"}}
	got := SideBySide(a, b)
	want := []string{"GDP增长", "城镇新增就业", "粮食产量"}
	if len(got) != len(want) {
		t.Fatalf("%d indicators, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].Indicator != w {
			t.Errorf("indicator %d = %s, want %s", i, got[i].Indicator, w)
		}
	}
	if len(got[2].A) != 0 || len(got[2].B) != 1 || got[1].A[0].Value != "1100" || got[1].B[0].Value != "110" {
		t.Errorf("sides wrong: %+v", got)
	}
}
