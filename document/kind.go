package document

import (
	"regexp"
	"strconv"
	"strings"
)

// Heading cues, tried in this order: a heading about the government's own
// conduct wins over one that also names a year; a review heading wins over
// plan words it may contain (`2021年主要工作和成效`).
var (
	governmentCueRe = regexp.MustCompile(`自身建设|政府自身|政府.{0,10}(治理|效能|公信力|执行力|职能|作风|建设|水平|改革)|(服务型|廉洁|法治|人民满意的?|为民务实清廉)政府|公务员队伍`)
	reviewCueRe     = regexp.MustCompile(`回顾|过去|成效|成就|开局`)
	planCueRe       = regexp.MustCompile(`任务|安排|重点工作|目标|总体要求|政策取向|工作思路|今年|今后|关于\d{4}年|做好\d{4}年|\d{4}年经济社会发展|“十.{0,2}五”时期|今后五年|未来五年`)
)

// Body cues, counted when the heading says nothing: words that look back
// on last year and words that look at this one.
var (
	reviewWords = []string{"一年来", "过去一年", "去年", "过去五年", "五年来"}
	planWords   = []string{"今年"}
)

// minReviewCues is how many looking-back cues a part needs, with no
// looking-ahead cue to outweigh them, to be classed review from its text
// alone; one passing mention of 去年 is not enough.
const minReviewCues = 2

// classifyAll classes every part, then settles runs of parts that nothing
// marked: a run between two parts of one kind takes that kind, and a run
// between a plan part and a government part continues the plan (湖南 2004
// gives each sector's tasks a part of its own). A run between a review and
// a plan stays Other: that is where reports put reflections (云南 2022).
func classifyAll(parts []*Part, year int) {
	unmarked := make([]bool, len(parts))
	for i, p := range parts {
		p.Kind, unmarked[i] = classify(p, year)
	}
	for i := 1; i < len(parts); i++ {
		prev := parts[i-1].Kind
		if !unmarked[i] || prev == Other {
			continue
		}
		end := i
		for end < len(parts) && unmarked[end] {
			end++
		}
		if end < len(parts) && (parts[end].Kind == prev || prev == Plan && parts[end].Kind == Government) {
			for k := i; k < end; k++ {
				parts[k].Kind = prev
			}
		}
		i = end
	}
}

// classify decides a part's kind from its heading, then from its text.
// year is the plan year (0 when unknown). unmarked is true when neither
// heading nor text gave a cue and the kind is Other by default.
func classify(p *Part, year int) (kind Kind, unmarked bool) {
	h := p.Heading
	if h == "" || appendixRe.MatchString(strings.TrimLeft(h, "一二三四五六七八九十、")) {
		return Other, false
	}
	if k := headingKind(h, year); k != "" {
		return k, false
	}
	review, plan := 0, 0
	for _, para := range p.Paragraphs {
		review += countAny(para.Text, reviewWords)
		plan += countAny(para.Text, planWords)
		if year > 0 {
			review += strings.Count(para.Text, strconv.Itoa(year-1)+"年")
			plan += strings.Count(para.Text, strconv.Itoa(year)+"年")
		}
	}
	switch {
	case plan > 0 && plan >= review:
		return Plan, false
	case review >= minReviewCues:
		return Review, false
	}
	return Other, review+plan == 0
}

// headingKind reads the kind from a heading's words; "" when they say
// nothing.
func headingKind(h string, year int) Kind {
	switch {
	case governmentCueRe.MatchString(h):
		return Government
	case reviewCueRe.MatchString(h):
		return Review
	case planCueRe.MatchString(h):
		return Plan
	}
	if year > 0 {
		switch {
		case strings.Contains(h, strconv.Itoa(year)+"年"):
			return Plan
		case strings.Contains(h, strconv.Itoa(year-1)+"年"):
			return Review
		}
	}
	return ""
}

func countAny(s string, words []string) int {
	n := 0
	for _, w := range words {
		n += strings.Count(s, w)
	}
	return n
}
