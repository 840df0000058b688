package targets

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// number is one number of a clause with its unit and the qualifier that
// follows it; start and end are byte offsets, end after the qualifier.
type number struct {
	start, end int
	low, high  string
	unit       string
	post       string // 左右, 以上, 以内 …
}

// value is the number as the fixture and the reports' readers write it:
// 5.5, or 6-6.5 for a range.
func (n number) value() string {
	if n.high == "" {
		return n.low
	}
	return n.low + "-" + n.high
}

func (n number) rng() *Range {
	lo, _ := strconv.ParseFloat(n.low, 64)
	hi := lo
	if n.high != "" {
		hi, _ = strconv.ParseFloat(n.high, 64)
	}
	return &Range{Low: lo, High: hi}
}

// numberRe reads a number, a range (6%—6.5%, 6—6.5%) and a unit. Units
// with a multiplier (万人, 亿斤, 万元/人) come before their bare forms.
var numberRe = regexp.MustCompile(`(\d+(?:\.\s?\d+)?)(?:\s*[%％]?\s*[—–─－~～至-]\s*(\d+(?:\.\s?\d+)?))?\s*(个百分点|[%％‰]|(?:万亿|亿|万|千)?(?:人次|人|吨|斤|美元|元/人|元|千瓦时|千瓦|亩|户|套|公里|平方米|立方米)|年|岁|天)?`)

// postRe is the qualifier written after a number.
var postRe = regexp.MustCompile(`^\s*(左右|以上|以内|以下|之内|上下)`)

// bareLeads may stand before a number written without a unit
// (居民消费价格指数控制在103左右): a bare number is read only after one of
// them or before a qualifier, never in passing (`十一个方面`, `5G`).
var bareLeads = []string{"在", "为", "达到", "达", "突破", "超过", "不低于"}

// scanNumbers finds the target numbers of a clause.
func scanNumbers(c string) []number {
	var out []number
	for _, m := range numberRe.FindAllStringSubmatchIndex(c, -1) {
		// a stray space after the point (12. 5％) is a typesetting slip
		n := number{start: m[0], end: m[1], low: strings.ReplaceAll(c[m[2]:m[3]], " ", "")}
		if m[4] >= 0 {
			n.high = strings.ReplaceAll(c[m[4]:m[5]], " ", "")
		}
		if m[6] >= 0 {
			n.unit = c[m[6]:m[7]]
		}
		// PM2.5, 5G, R&D: a number glued to Latin letters is part of a name
		if r, _ := utf8.DecodeLastRuneInString(c[:n.start]); r < utf8.RuneSelf && (unicode.IsLetter(r) || r == '.') {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(c[n.end:]); n.unit == "" && r < utf8.RuneSelf && unicode.IsLetter(r) {
			continue
		}
		// a year (2022年, 2013－2020) is a date, not a target
		if len(n.low) == 4 && (strings.HasPrefix(n.low, "19") || strings.HasPrefix(n.low, "20")) && (n.unit == "年" || n.unit == "" || n.high != "") {
			continue
		}
		// （约合6250美元）: a conversion in brackets is no target
		if inBrackets(c[:n.start]) {
			continue
		}
		if pm := postRe.FindStringSubmatchIndex(c[n.end:]); pm != nil {
			n.post = c[n.end+pm[2] : n.end+pm[3]]
			n.end += pm[1]
		}
		// 受教育年限10年 ends its clause; 5年累计完成 is a duration
		if (n.unit == "年" || n.unit == "岁" || n.unit == "天") && n.post == "" && strings.TrimSpace(c[n.end:]) != "" {
			continue
		}
		if n.unit == "" && n.post == "" && !hasSuffixAny(strings.TrimSpace(c[:n.start]), bareLeads) {
			continue
		}
		n.unit = strings.ReplaceAll(n.unit, "％", "%")
		out = append(out, n)
	}
	return out
}

// groupSepRe joins the numbers of one list: 8%、10%左右; 6.5%和8%左右.
var groupSepRe = regexp.MustCompile(`^\s*[、和及与]\s*$`)

// groupNumbers gathers numbers that form one list (分别增长8%、10%左右).
// Within a list a unit or a qualifier written once, on the last number
// only, belongs to all of them; a list whose numbers carry qualifiers of
// their own (6%、10%以上、7.5%左右) keeps them as written.
func groupNumbers(c string, ns []number) [][]number {
	var groups [][]number
	for i, n := range ns {
		if i > 0 && groupSepRe.MatchString(c[ns[i-1].end:n.start]) {
			groups[len(groups)-1] = append(groups[len(groups)-1], n)
			continue
		}
		groups = append(groups, []number{n})
	}
	for _, g := range groups {
		last := g[len(g)-1]
		withPost := 0
		for _, n := range g {
			if n.post != "" {
				withPost++
			}
		}
		for i := range g {
			if g[i].unit == "" {
				g[i].unit = last.unit
			}
			if withPost == 1 && last.post != "" {
				g[i].post = last.post
			}
		}
	}
	return groups
}

func hasSuffixAny(s string, list []string) bool { return suffixIn(s, list) != "" }

// suffixIn returns the first word of list that s ends with, or "".
func suffixIn(s string, list []string) string {
	for _, w := range list {
		if strings.HasSuffix(s, w) {
			return w
		}
	}
	return ""
}

// inBrackets reports whether the text before a position leaves a bracket
// open.
func inBrackets(before string) bool {
	return strings.Count(before, "（")+strings.Count(before, "(") > strings.Count(before, "）")+strings.Count(before, ")")
}
