package diff

import "testing"

func TestConcepts(t *testing.T) {
	for in, want := range map[string]string{
		"因地制宜推进农村改厕":       "因地制宜推进厕所革命",
		"统筹抓好农村厕所革命":       "统筹抓好农村厕所革命",
		"多渠道发展普惠托育服务":      "多渠道发展普惠托育服务",
		"发展普惠托育":           "发展普惠托育服务",
		"突出抓好易地扶贫搬迁后续扶持":   "突出抓好易地搬迁后续扶持",
		"规上工业增加值增长5.5%":    "规模以上工业增加值增长5.5%",
		"推动能耗“双控”向碳排放总量转变": "推动能耗双控向碳排放总量转变",
	} {
		if got := concepts().Replace(in); got != want {
			t.Errorf("concepts(%q) = %q, want %q", in, got, want)
		}
	}
}
