// Package diff matches the commitments of two policy documents, topic by
// topic, into shared pairs and those unique to each side.
package diff

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/align"
	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/targets"
)

// Commitment is a clause (or a few short clauses) of a plan part that
// promises an action or a number: `新建1亿亩高标准农田`.
type Commitment struct {
	// Index is the commitment's position among its document's commitments.
	Index    int    `json:"index"`
	Text     string `json:"text"`
	Line     int    `json:"line"`
	Sentence string `json:"sentence"`
	Section  string `json:"section,omitempty"`
	Part     string `json:"part"`
	// Topics are topic ids, the commitment's own topic first; empty when
	// no topic claims it.
	Topics []string `json:"topics"`

	topics []int
	own    align.Scores   // the topic cue scores of the text itself
	words  []string       // content words, numbers as "#"
	grams  map[string]int // Han character bigrams, numbers as "#"
	// classes are the policy classes the text names (see classes.go).
	classes []int
	// indicators are the targets taxonomy's indicators whose target the
	// commitment states (see markIndicators).
	indicators []string
}

// Tuning constants for cutting sentences into commitments.
const (
	// minCommitmentRunes: clauses shorter than this (`同时，`, `为此，`,
	// `今年，`) join the clause that follows; the shortest real promises
	// have 5 or 6 (`稳定生猪生产`, `落实双减政策`).
	minCommitmentRunes = 5
	// minContentWords: a commitment names at least one content word
	// after stop words are dropped (`深入实施乡村建设行动` names one policy
	// term); `为此` names none (`各位代表`, cut as 各位 + 代表, is dropped
	// as a salutation).
	minContentWords = 1
)

// salutations address the deputies; they promise nothing.
var salutations = strings.Fields(`各位代表 同志们 各位委员`)

// Guiding principles restated as clauses (强化就业优先导向, 坚持先立后破)
// are slogans, not commitments: a clause is one when its content words,
// less principleWords and framingWords, are none.
var (
	principleWords = strings.Fields(`就业优先 就业优先政策 先立后破 通盘谋划 稳中求进 稳字当头 民生为本 以人民为中心 新发展理念 新发展格局 两个毫不动摇 尽力而为 量力而行 伟大建党精神 创新驱动发展 统筹发展和安全`)
	framingWords   = strings.Fields(`政策 导向 原则 战略 理念 方针 提质 加力 提质加力 实施力度 力度 经济发展 高质量发展 促进 增收 要 弘扬 完整 准确 贯彻`)
)

// Pledges of political loyalty (同党中央保持高度一致) and the party's
// congresses (迎接党的二十大胜利召开, 贯彻十九届历次全会精神) are not policy
// commitments either, nor is the guideline to balance epidemic control
// with development (统筹疫情防控和经济社会发展), which every report restates.
var pledgeRe = regexp.MustCompile(`党中央|习近平|两个确立|两个维护|思想为指导|党的领导|党的二十大|十九大|十九届|统筹疫情防控和经济社会发展`)

func isSlogan(words []string) bool {
	principle := false
	for _, w := range words {
		switch {
		case slices.Contains(principleWords, w):
			principle = true
		case slices.Contains(framingWords, w):
		default:
			return false
		}
	}
	return principle
}

// Extract returns the commitments of a labelled document's plan parts, in
// document order.
func Extract(a *align.Aligner, l *align.Labelled) []*Commitment {
	return extract(a, l, targets.Extract(l.Doc).Targets)
}

// extract is Extract given the document's targets.
func extract(a *align.Aligner, l *align.Labelled, ts []targets.Target) []*Commitment {
	seg, tax := a.Segmenter(), a.Taxonomy()
	var out []*Commitment
	for _, pl := range l.Paragraphs {
		if pl.Part.Kind != document.Plan {
			continue
		}
		para := pl.Paragraph
		for si, s := range para.Sentences {
			clauses := s.Clauses
			if si == 0 {
				var whole bool
				clauses, whole = afterLead(para, s)
				if whole && !namesUndertaking(para.Lead) || pl.Section != nil && pl.Section.Paragraphs[0] == para && strings.HasPrefix(s.Text, pl.Section.Heading) {
					continue // a lead sentence or section heading sums up what follows; it promises nothing of its own
				}
			}
			topics := pl.Topics
			if pl.Long() {
				topics = runTopic(pl.Runs, si)
			}
			for _, text := range clauseGroups(clauses) {
				own := a.Score(text)
				c := &Commitment{Text: text, Line: para.Line, Sentence: strings.TrimSpace(s.Text), Part: pl.Part.Heading, Topics: []string{}, topics: ownFirst(topics, own), own: own}
				for _, t := range c.topics {
					c.Topics = append(c.Topics, tax.Topics[t].ID)
				}
				if pl.Section != nil {
					c.Section = pl.Section.Heading
				}
				out = append(out, c)
			}
		}
	}
	texts := make([]string, len(out))
	for i, c := range out {
		texts[i] = concepts().Replace(c.Text)
	}
	kept := out[:0]
	for i, toks := range seg.CutAll(texts) {
		c := out[i]
		for _, w := range seg.Words(toks) {
			if isNumber(w) {
				w = "#"
			}
			c.words = append(c.words, w)
		}
		if len(c.words) < minContentWords || explains(c.Text) || slices.Contains(salutations, c.Text) || isSlogan(c.words) || pledgeRe.MatchString(c.Text) {
			continue
		}
		c.grams = bigrams(texts[i])
		c.classes = classes().of(texts[i])
		c.Index = len(kept)
		kept = append(kept, c)
	}
	markIndicators(kept, ts)
	return kept
}

// markIndicators notes the indicator of each target of the document's
// target passage (主要预期目标) on the commitment that states it, so that two
// reports' targets for one indicator (城镇调查失业率全年控制在5.5%以内,
// 城镇调查失业率5.5%左右) pair whatever their numbers and wording (see
// sameIndicator). Only indicators the targets taxonomy knows count; a
// commitment and a target are one statement when they are on one line
// and one text holds the other.
func markIndicators(cs []*Commitment, ts []targets.Target) {
	for _, t := range ts {
		if !t.Known {
			continue
		}
		for _, c := range cs {
			if c.Line == t.Line && (strings.Contains(c.Text, t.Source) || strings.Contains(t.Source, c.Text)) && !slices.Contains(c.indicators, t.Indicator) {
				c.indicators = append(c.indicators, t.Indicator)
			}
		}
	}
}

// ownFirst orders a passage's topics by the commitment's own cue scores,
// keeping the passage's order among topics the commitment does not name.
func ownFirst(topics []int, own align.Scores) []int {
	out := append([]int(nil), topics...)
	sort.SliceStable(out, func(i, j int) bool { return own[out[i]] > own[out[j]] })
	return out
}

// afterLead returns the clauses of a paragraph's first sentence s that
// its lead leaves, and whether the lead is the whole sentence (稳步提高居民
// 收入。, or a bold Markdown lead running on past it). A bold lead that
// only opens the sentence (**今年经济社会发展主要预期目标，按…原则安排：**
// 生产总值增长7%，…) frames what follows: its clauses are dropped and the
// rest of the sentence kept.
func afterLead(para *document.Paragraph, s *document.Sentence) ([]string, bool) {
	lead, first := strings.TrimSpace(para.Lead), strings.TrimSpace(s.Text)
	switch {
	case lead == "":
		return s.Clauses, false
	case strings.HasPrefix(lead, first) || !strings.HasPrefix(first, lead):
		return s.Clauses, true
	}
	framed := ""
	for i, c := range s.Clauses {
		if framed += strings.TrimSpace(c); !strings.HasPrefix(lead, framed) {
			return s.Clauses[i:], false
		}
	}
	return nil, true
}

// undertakingRe matches a lead that names a concrete undertaking (深入实施
// 乡村建设行动。, 实施城市更新行动。) or a number: those leads are
// commitments, unlike slogans (强化就业优先政策。).
var undertakingRe = regexp.MustCompile(`(行动|工程|计划|试点|专项)[。；]?$|[0-9]`)

func namesUndertaking(lead string) bool { return undertakingRe.MatchString(lead) }

// explanations mark clauses that explain a target or a choice rather than
// promise anything (`经济增速预期目标的设定，主要考虑…`, `体现了主动作为`).
var explanations = strings.Fields(`主要考虑 体现了 这是 需要付出 的设定 相衔接 相匹配 相适应 相协调 是指 也就是`)

func explains(text string) bool {
	for _, w := range explanations {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// runTopic returns the topic of the run holding sentence i of a long
// paragraph.
func runTopic(runs []align.Run, i int) []int {
	for _, r := range runs {
		if i >= r.From && i < r.To && r.Topic >= 0 {
			return []int{r.Topic}
		}
	}
	return nil
}

// clauseGroups joins a sentence's clauses into commitments: short leading
// clauses (`同时，`) and framing clauses ending in a colon join the next
// one, a short tail (`等。`) joins the one before. Trailing punctuation is
// dropped.
func clauseGroups(clauses []string) []string {
	var raw []string
	cur := ""
	for _, c := range clauses {
		cur += c
		t := strings.TrimSpace(cur)
		if utf8.RuneCountInString(trimPunct(t)) < minCommitmentRunes || strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") || framingRe.MatchString(trimPunct(t)) {
			continue
		}
		raw = append(raw, t)
		cur = ""
	}
	if t := strings.TrimSpace(cur); trimPunct(t) != "" {
		if n := len(raw); n > 0 && utf8.RuneCountInString(trimPunct(t)) < minCommitmentRunes {
			raw[n-1] += t
		} else {
			raw = append(raw, t)
		}
	}
	out := make([]string, len(raw))
	for i, r := range raw {
		out[i] = trimPunct(r)
	}
	return out
}

// framingRe matches a clause that only says whom, under what condition or
// in which field the next clause applies to (`对不裁员少裁员的企业，`, `在确
// 保安全生产前提下，`, `农村基础设施网方面，`): it joins the clause that
// follows. The noun after 的 is short (企业, 困难群众: at most 6 runes) and
// a field before 方面 is at most 12 runes, so that a whole promise ending
// in 的…方面 or 的 + a long object is not taken for a frame.
var framingRe = regexp.MustCompile(`^((对于|针对|对)[^，,；;]*的[^，,；;的]{1,6}|在[^，,；;]*(前提下|基础上|过程中|情况下)|[^，,；;]{1,12}方面)$`)

func trimPunct(s string) string { return strings.TrimRight(s, "，。；：！？,.;:!? ") }

func isNumber(w string) bool {
	for _, r := range w {
		if !(r >= '0' && r <= '9' || r == '.' || r == '%' || r >= '０' && r <= '９' || r == '％' || r == '．') {
			return false
		}
	}
	return w != ""
}

// bigrams counts the character bigrams of text's Han characters, with
// every number as one "#".
func bigrams(text string) map[string]int {
	norm := numberRe.ReplaceAllString(text, "#")
	var rs []rune
	for _, r := range norm {
		if r == '#' || r >= 0x3400 && r <= 0x9fff {
			rs = append(rs, r)
		}
	}
	g := map[string]int{}
	for i := 0; i+1 < len(rs); i++ {
		g[string(rs[i:i+2])]++
	}
	return g
}
