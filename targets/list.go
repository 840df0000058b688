package targets

import (
	"strings"
	"unicode/utf8"
)

// isOpenList reports a subject like 生态环境质量、能源、水资源等指标: a
// group named by its members, kept whole and under its own wording.
func isOpenList(s string) bool {
	return strings.Contains(s, "、") && strings.Contains(s, "等")
}

// splitItems cuts a list of subjects at 和 and 、.
func splitItems(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "和") {
		for _, q := range strings.Split(p, "、") {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	if len(out) == 0 {
		return []string{s}
	}
	return out
}

// minItemRunes is the shortest list member that stands as an indicator of
// its own. Two-character members are parts of one name (长江、黄河、澜沧江
// 出省境断面水质; 大气、水环境质量; 能源和环境指标) unless the taxonomy
// knows them (能耗、碳排放强度和污染减排指标); 碳排放 has three.
const minItemRunes = 3

// splitIfIndicators cuts a subject into a list only where every member
// can be an indicator; first at 和, then each part at 、.
func (x *Extractor) splitIfIndicators(s string) []string {
	s = strings.TrimSuffix(s, "均")
	if isOpenList(s) {
		return []string{s}
	}
	var out []string
	for _, p := range strings.Split(s, "和") {
		items := strings.Split(p, "、")
		ok := len(items) > 1
		for _, it := range items {
			ok = ok && x.standsAlone(it)
		}
		if !ok {
			items = []string{p}
		}
		for _, it := range items {
			if !x.standsAlone(it) {
				return []string{s}
			}
		}
		out = append(out, items...)
	}
	return out
}

func (x *Extractor) standsAlone(s string) bool {
	return utf8.RuneCountInString(s) >= minItemRunes || x.Taxonomy.match(s) != nil
}

// headMarks begin the shared head of a list: 农业、规模以上工业、服务业
// 【增加值】, 数字经济、绿色经济【占地区生产总值比重】, 研究与发展经费
// 支出、环保投入【相当于全市生产总值的比例】, 城镇、农村【常住
// 居民人均可支配收入】, 城镇居民、农村居民【人均可支配收入】.
var headMarks = []string{"占", "相当于", "增加值", "常住居民", "居民", "人均可支配收入", "收入"}

// shareHead gives each member of a list the head its last member carries.
// A list of bare places (其中城镇和农村分别增长7%和8%) takes the head of
// the subject before it.
func shareHead(items []string, prev string) []string {
	last := items[len(items)-1]
	bare := true
	for _, it := range items {
		bare = bare && utf8.RuneCountInString(it) <= 2
	}
	if bare && prev != "" && !hasHead(last) {
		out := make([]string, len(items))
		for i, it := range items {
			out[i] = withHead(it, prev)
		}
		return out
	}
	out := make([]string, len(items))
	for i, it := range items {
		if i < len(items)-1 {
			it = withHead(it, last)
		}
		out[i] = it
	}
	return out
}

func hasHead(s string) bool {
	for _, m := range headMarks {
		if strings.Index(s, m) > 0 {
			return true
		}
	}
	return false
}

// withHead appends from's head to it, unless it has one already.
func withHead(it, from string) string {
	for _, m := range headMarks {
		if k := strings.Index(from, m); k > 0 && !strings.Contains(it, m) {
			return it + from[k:]
		}
	}
	return it
}
