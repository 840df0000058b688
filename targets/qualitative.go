package targets

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// aimRe finds the aim of a target stated without a number. The leftmost
// aim in a clause wins, so the subject is what comes before it:
// 居民收入增长【与经济增长基本同步】, 能耗强度目标【在“十四五”规划期内统筹
// 考核】, 约束性指标【不折不扣完成国家下达的目标任务】.
var aimRe = regexp.MustCompile(strings.Join([]string{
	`与[^，；。]{1,16}?(?:基本)?(?:同步|一致|相适应|相协调|相衔接|统筹衔接)`,
	`略?[高低]于[^，；。]+`,
	`在“[^”]+”[^，；。]*`,
	`(?:全面|不折不扣)?完成国家下达[^，；。]*`,
	`(?:控制|保持)在国家[^，；。]*`,
	`按国家要求落实`,
	`只增不减`,
	`稳定保持[^，；。]+`,
	`保持(?:基本稳定|平稳增长|稳定|优良)`,
	`保稳提质|稳中提质|固稳提质|量稳质升|稳定增长|稳步增长|基本平衡`,
	`(?:持续|进一步|继续)(?:改善|好转|下降|缩小|提升|提高|增长)`,
}, "|"))

// handedDownRe reads an aim that names its indicators inside it:
// 完成国家下达的【节能减排】目标任务 → 节能减排, 完成国家下达的目标任务.
var handedDownRe = regexp.MustCompile(`^((?:全面|不折不扣)?完成国家下达(?:的)?)(.+?)(年度目标任务|目标任务|计划目标|任务)?$`)

// maxSubjectRunes bounds the subject of a qualitative target: the longest
// in the 2022 reports (全省空气质量优良天数比率（AQI）和地表水水质优良率)
// has 25 characters; a longer one is a sentence, not an indicator.
const maxSubjectRunes = 40

// actionRe opens a task, not an indicator (推动经济稳定增长).
var actionRe = regexp.MustCompile(`^(?:推进|推动|加快|坚持|深化|促进|实施|努力|争取|力争|着力|保持|实现|确保实现|在实际工作)`)

// aimAdverbs are taken from the end of a subject into its aim.
var aimAdverbs = []string{"持续", "保持", "力争", "继续", "努力"}

// qualitative reads a clause that states aims without numbers.
func (x *Extractor) qualitative(c string, line int) []Target {
	loc := aimRe.FindStringIndex(c)
	if loc == nil {
		return nil
	}
	subject := trimLead(c[:loc[0]])
	aim := c[loc[0]:loc[1]]
	// an adverb before the aim belongs to it: 持续稳定增长, 力争高于经济增幅
	for {
		adv := suffixIn(subject, aimAdverbs)
		if adv == "" {
			break
		}
		subject, aim = strings.TrimSuffix(subject, adv), adv+aim
	}
	if subject == "" {
		m := handedDownRe.FindStringSubmatch(aim)
		if m == nil {
			return nil
		}
		subject = m[2]
		aim = strings.TrimSuffix(m[1]+m[3], "的")
	}
	if subject == "" || utf8.RuneCountInString(subject) > maxSubjectRunes || actionRe.MatchString(subject) || strings.IndexFunc(subject, unicode.IsDigit) >= 0 {
		return nil
	}
	var out []Target
	for _, it := range x.splitIfIndicators(subject) {
		t := Target{Qualifier: aim, Source: c, Line: line}
		if ind := x.Taxonomy.match(strings.ReplaceAll(it, " ", "")); ind != nil && !isOpenList(it) {
			t.Indicator, t.Known = ind.Name, true
		} else {
			t.Indicator = ownWording(it)
		}
		if t.Indicator != "" {
			out = append(out, t)
		}
	}
	return out
}
