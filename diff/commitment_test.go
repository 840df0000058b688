package diff

import (
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/document"
)

// TestBoldLeadOpensASentence: a bold Markdown lead that only opens its
// sentence (河南 2020 line 76: **今年经济社会发展主要预期目标，按…原则安排：**
// 生产总值增长7%，…) frames it: the lead's clauses are no commitments, the
// targets after it are. A lead that is its whole first sentence (稳步提高
// 居民收入。), or runs past it, still sums up what follows.
func TestBoldLeadOpensASentence(t *testing.T) {
	c := fixtureDocuments(t, "河南省/2019.md~河南省/2020.md")
	var texts []string
	for _, x := range c.bs {
		if x.Line == 76 {
			texts = append(texts, x.Text)
		}
	}
	if !slices.Contains(texts, "生产总值增长7%") || !slices.Contains(texts, "城镇调查失业率和城镇登记失业率分别控制在5.5%左右、4.5%以内") {
		t.Errorf("河南 2020 line 76: commitments %q lack the targets", texts)
	}
	for _, x := range texts {
		if strings.Contains(x, "主要预期目标") || strings.Contains(x, "原则安排") {
			t.Errorf("河南 2020 line 76: the lead's words %q count as a commitment", x)
		}
	}
	sentence := func(clauses ...string) *document.Sentence {
		return &document.Sentence{Text: strings.Join(clauses, ""), Clauses: clauses}
	}
	for _, c := range []struct {
		lead  string
		s     *document.Sentence
		left  []string
		whole bool
	}{
		{"", sentence("加快发展数字经济，", "推动产业升级。"), []string{"加快发展数字经济，", "推动产业升级。"}, false},
		{"稳步提高居民收入。", sentence("稳步提高居民收入。"), []string{"稳步提高居民收入。"}, true},
		{"稳步提高居民收入；", sentence("稳步提高居民收入；"), []string{"稳步提高居民收入；"}, true},
		// a lead running on past its sentence (浙江 2021 line 26)
		{"（四）城乡区域发展迈出新步伐。长三角一体化发展国家战略加快落地，", sentence("（四）城乡区域发展迈出新步伐。"), []string{"（四）城乡区域发展迈出新步伐。"}, true},
		{"今年经济社会发展主要预期目标，按原则安排：", sentence("今年经济社会发展主要预期目标，", "按原则安排：", "生产总值增长7%，", "居民消费价格涨幅3.5%左右。"), []string{"生产总值增长7%，", "居民消费价格涨幅3.5%左右。"}, false},
		// the lead ends inside a clause: that clause stays
		{"主要预期目标", sentence("主要预期目标是：", "生产总值增长7%。"), []string{"主要预期目标是：", "生产总值增长7%。"}, false},
	} {
		left, whole := afterLead(&document.Paragraph{Lead: c.lead}, c.s)
		if !slices.Equal(left, c.left) || whole != c.whole {
			t.Errorf("afterLead(%q, %q) = %q, %v; want %q, %v", c.lead, c.s.Text, left, whole, c.left, c.whole)
		}
	}
}
