package document

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"稳步提高居民收入。坚持就业优先，促进多渠道增收。", []string{"稳步提高居民收入。", "坚持就业优先，促进多渠道增收。"}},
		{"城镇新增就业1100万人以上；城镇调查失业率5.5%以内。", []string{"城镇新增就业1100万人以上；", "城镇调查失业率5.5%以内。"}},
		// never inside quotes or brackets
		{"实施“十四五”规划。他说：“要稳。要进。”然后呢？好！", []string{"实施“十四五”规划。", "他说：“要稳。要进。”然后呢？", "好！"}},
		{"（注：包括A。B。）继续。", []string{"（注：包括A。B。）继续。"}},
		{"《关于A。B的意见》已印发。", []string{"《关于A。B的意见》已印发。"}},
		// closing marks and spaces stay with the sentence they end
		{"要坚持。）后面。 再后面", []string{"要坚持。）", "后面。 ", "再后面"}},
		// an unclosed quote must not swallow the rest of the paragraph
		{"他说：“要稳。要进。后来。", []string{"他说：“要稳。", "要进。", "后来。"}},
		{"没有句号的一行", []string{"没有句号的一行"}},
		{"目标是:GDP增长6%;就业稳定.", []string{"目标是:GDP增长6%;", "就业稳定."}},
	} {
		var got []string
		for _, s := range sentences(c.in, 1) {
			got = append(got, s.Text)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("sentences(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestClauses(t *testing.T) {
	s := sentences("今年发展主要预期目标是：国内生产总值增长5.5%左右，城镇新增就业1100万人以上（含“三区三州”，不含其他）。", 7)[0]
	want := []string{"今年发展主要预期目标是：", "国内生产总值增长5.5%左右，", "城镇新增就业1100万人以上（含“三区三州”，不含其他）。"}
	if !reflect.DeepEqual(s.Clauses, want) || s.Line != 7 {
		t.Errorf("clauses %q (line %d), want %q", s.Clauses, s.Line, want)
	}
}

func TestNumeral(t *testing.T) {
	for in, want := range map[string]int{"一": 1, "九": 9, "十": 10, "十二": 12, "二十": 20, "二十三": 23, "九十九": 99, "零": 0, "十十": 0, "": 0} {
		if got := numeral(in); got != want {
			t.Errorf("numeral(%q) = %d, want %d", in, got, want)
		}
	}
}
