package targets

import (
	"regexp"
	"strings"
)

// clauseState carries what a clause may leave unsaid to the next one: the
// subject (`全社会固定资产投资593亿元，增长15%`; `全体居民人均可支配收入
// 增长7%，其中城镇和农村分别增长7%和8%`).
type clauseState struct {
	subject string
	// groups counts the passage's numbers read so far (lists once), and
	// multiYear those given as averages over a plan period (年均增长).
	groups, multiYear int
}

// clause reads the targets of one clause: numeric when it holds target
// numbers, else qualitative when it states an aim.
func (x *Extractor) clause(c string, line int, st *clauseState) []Target {
	ns := scanNumbers(c)
	if len(ns) == 0 {
		return x.qualitative(c, line)
	}
	src := sourceStart(c)
	var out []Target
	prevEnd := 0
	for _, g := range groupNumbers(c, ns) {
		out = append(out, x.group(c, c[prevEnd:g[0].start], g, src, line, st)...)
		prevEnd = g[len(g)-1].end
	}
	return out
}

// group reads a list of numbers and the text before it: subject, verb,
// qualifiers. Each subject of a list (城镇、农村常住居民人均可支配收入)
// takes its number in turn.
func (x *Extractor) group(c, lead string, g []number, src, line int, st *clauseState) []Target {
	subject, words := splitTail(strings.TrimSpace(lead))
	subject = trimLead(subject)
	// 全体居民人均可支配收入【持续高于经济增长速度、】力争达到8%: an aim
	// between subject and number is not part of the subject
	if loc := aimRe.FindStringIndex(subject); loc != nil && loc[0] > 0 {
		subject = subject[:loc[0]]
	}
	if subject == "" {
		subject = st.subject
	}
	if subject == "" {
		return nil
	}
	v := readVerbs(words)
	st.groups++
	if v.multiYear || baseYearRe.MatchString(subject) {
		st.multiYear++
		st.subject = subject
		return nil
	}
	var items []string
	if len(g) > 1 {
		items = splitItems(subject)
		if len(items) == 1 && len(g) == 2 && strings.HasPrefix(items[0], "城乡") {
			rest := strings.TrimPrefix(items[0], "城乡")
			items = []string{"城镇" + rest, "农村" + rest}
		}
		items = shareHead(items, st.subject)
	} else {
		items = x.splitIfIndicators(subject)
	}
	st.subject = subject
	source := c[src:g[len(g)-1].end]
	var out []Target
	add := func(t Target) {
		if t.Indicator != "" { // a subject of brackets only names nothing
			out = append(out, t)
		}
	}
	for i, n := range g {
		if len(g) == 1 && len(items) > 1 {
			// 化学需氧量、氨氮排放量均削减1%: one number for every item
			for _, it := range items {
				add(x.numeric(it, v, n, source, line))
			}
			continue
		}
		add(x.numeric(items[min(i, len(items)-1)], v, n, source, line))
	}
	return out
}

func (x *Extractor) numeric(item string, v verbs, n number, source string, line int) Target {
	t := Target{Value: n.value(), Number: n.rng(), Unit: n.unit, Qualifier: v.pre + n.post, Source: source, Line: line}
	ind := x.Taxonomy.match(strings.ReplaceAll(item+v.text, " ", ""))
	if isOpenList(item) {
		ind = nil
	}
	if ind != nil && ind.acceptsUnit(n.unit) {
		t.Indicator, t.Known = ind.Name, true
	} else {
		t.Indicator = ownWording(item) + v.word
	}
	switch {
	case v.dir != "":
		t.Direction = v.dir
	case t.Known:
		t.Direction = ind.Direction
	default:
		t.Direction = Reach
	}
	return t
}

// baseYearRe compares with a base year, as a five-year plan's targets do
// (单位地区生产总值二氧化碳排放较2015年下降20.5%); 比上年 is this year's.
var baseYearRe = regexp.MustCompile(`[较比]\s*(?:20\d\d|19\d\d)\s*年|[较比]“十.{0,2}五”`)

// tailWords are the verbs, adverbs and qualifiers that stand between a
// subject and its number: 城镇调查失业率【全年控制在】5.5%以内,
// 固定资产投资【力争增长】10%以上, 收入增速【分别超过】9%、9.5%.
// 年均 marks a multi-year target (年均增长9%), which group drops. A word
// that ends another (在, 控制在) comes after it.
var tailWords = []string{
	"正常年景下", "控制在", "稳定在", "保持在", "不低于", "不超过",
	"增长", "增速", "提高", "上涨", "上升", "下降", "降低", "减少", "削减",
	"降低到", "降到", "降至", "提高到", "提升到", "增加到",
	"达到", "突破", "超过", "力争", "争取", "分别", "全年", "年均", "实际", "继续",
	"控制", "保持", "达", "在", "为", "均",
}

// splitTail takes the tail words off the end of the text before a number
// and returns them in text order.
func splitTail(s string) (string, []string) {
	var words []string
	for {
		found := suffixIn(s, tailWords)
		// 人均, 平均, 年均 end a name, not a verb phrase
		if found == "均" && hasSuffixAny(strings.TrimSuffix(s, "均"), []string{"人", "平", "年"}) {
			found = ""
		}
		if found == "" {
			return s, words
		}
		s = strings.TrimSuffix(s, found)
		words = append([]string{found}, words...)
	}
}

// verbs is what the tail words say: the direction they give, the
// qualifiers written before the number (力争, 超过, 不低于, 突破) and the
// words themselves, which help name the indicator (经济+增长).
type verbs struct {
	dir  Direction
	pre  string
	text string
	// word completes an own wording with the verb the text used: 全员劳动
	// 生产率 + 增长, PM2.5平均浓度 + 下降.
	word string
	// multiYear is set by 年均: an average over a plan period.
	multiYear bool
}

func readVerbs(words []string) verbs {
	var v verbs
	for _, w := range words {
		v.text += w
		switch w {
		case "增长", "增速", "提高", "上涨", "上升":
			v.dir = Increase
			if w == "增长" || w == "增速" {
				v.word = "增长"
			}
		case "下降", "降低", "减少", "削减":
			v.dir, v.word = Decrease, "下降"
		case "控制在", "控制", "降低到", "降到", "降至":
			if v.dir == "" {
				v.dir = Cap
			}
		case "力争", "争取", "超过", "不低于", "不超过", "突破":
			v.pre += w
		case "年均":
			v.multiYear = true
		}
	}
	return v
}

// leadRe is what may open a clause before its subject: connectives and a
// condition (正常年景下粮食产量稳定在800亿斤以上).
var leadRe = regexp.MustCompile(`^(?:[、和及即\s]|并且|并|同时|其中|确保|正常年景下)+`)

var sourceLeadRe = regexp.MustCompile(`^(?:[、\s]|正常年景下)+`)

// sourceStart is where a numeric target's source text begins: after the
// list marks and conditions that open its clause.
func sourceStart(c string) int {
	if loc := sourceLeadRe.FindStringIndex(c); loc != nil {
		return loc[1]
	}
	return 0
}

func trimLead(s string) string { return leadRe.ReplaceAllString(s, "") }

// What an own wording leaves out: the scope before the name, brackets,
// and the adverbs or 等指标 after it.
var (
	scopeRe   = regexp.MustCompile(`^(?:全省|全市|全区|全国|全州|我省|我市|我区|今年|全年)+`)
	bracketRe = regexp.MustCompile(`（[^）]*）|\([^)]*\)`)
	closeRe   = regexp.MustCompile(`(?:全年|均|分别|等指标)+$`)
)

// ownWording tidies a subject the taxonomy does not know into a name:
// 全省空气质量优良天数比率（AQI） → 空气质量优良天数比率, 主要污染物排放等
// 指标 → 主要污染物排放; a list keeps its 等指标.
func ownWording(s string) string {
	s = strings.ReplaceAll(bracketRe.ReplaceAllString(s, ""), " ", "")
	s = scopeRe.ReplaceAllString(s, "")
	if !strings.Contains(s, "、") {
		s = closeRe.ReplaceAllString(s, "")
	} else {
		s = strings.TrimSuffix(s, "均")
	}
	return strings.TrimSpace(s)
}
