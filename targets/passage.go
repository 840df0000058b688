package targets

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/policydiff/policydiff/document"
)

// A passage is where a report states its targets: the text after the cue
// (`主要预期目标是：`) to the end of its paragraph and, when the cue ends
// the paragraph, the paragraphs that list the targets after it.
type passage struct {
	pieces []piece
}

type piece struct {
	text string
	line int
}

// A cue introduces a target list: 主要预期目标是：, 预期目标为：, 主要预期
// 目标和约束性指标是: (宁夏 2007), 主要预期目标建议为： (云南 2022),
// 高质量发展主要目标是： (贵州 2022's second paragraph), 主要预期目标是，
// (山东 2005), 主要调控目标为： (重庆 2003), 主要预期目标建议： (四川
// 2014), 预期调控目标是： (江苏 2003), 主要发展目标是： (重庆 2008),
// 主要预期目标，按保持“三个同步”“三个高于”原则安排： (河南 2020). Without
// 是 or 为 only a colon will do, or 按…安排：: 完成全年预期目标，我们要… is
// no cue.
//
// The cue is read around each 目标 of a paragraph (cueHeadRe before it,
// cueTailRe after it): scanning whole paragraphs with one expression costs
// more than parsing them.
var (
	cueHeadRe = regexp.MustCompile(`(?:主要(?:调控)?(?:预期|调控|发展|奋斗)?(?:和调控|性)?|(?:预期|宏观调控|调控)(?:和调控|调控|性)?)$`)
	cueTailRe = regexp.MustCompile(`^(?:和约束性指标)?(?:的建议)?(?:(?:建议|安排|确定)?(?:是|为)\s*[:：，,]|(?:建议)?\s*[:：]|[，,]按[^，,。；：:]{0,40}安排\s*[:：])`)
)

// cueWindow is how many bytes before 目标 cueHeadRe looks at: the longest
// head, 宏观调控和调控, has 7 characters of 3 bytes.
const cueWindow = 24

// findCues returns the byte ranges of the cues in text.
func findCues(text string) [][2]int {
	var out [][2]int
	for off := 0; ; {
		i := strings.Index(text[off:], "目标")
		if i < 0 {
			return out
		}
		i += off
		end := i + len("目标")
		off = end
		tail := cueTailRe.FindStringIndex(text[end:])
		if tail == nil {
			continue
		}
		from := max(0, i-cueWindow)
		head := cueHeadRe.FindStringIndex(text[from:i])
		if head == nil || head[0] == head[1] {
			continue
		}
		out = append(out, [2]int{from + head[0], end + tail[1]})
	}
}

// fallbackCueRe is the cue of a report that states its targets without
// naming them (山西 2022: `综合考虑各方面因素，今年全省地区生产总值增长
// 6.5%左右`); it is tried only when no report-style cue is found, and only
// where a percentage follows in the same sentence (fallbackTailRe).
var (
	fallbackCueRe  = regexp.MustCompile(`综合考虑[^。；，]*，(?:今年|20\d\d年)(?:全省|全市|全区|全国)?`)
	fallbackTailRe = regexp.MustCompile(`^[^。；]*?\d(?:\.\d+)?\s*[%％]`)
)

// Five-year periods and this year, as a cue's sentence or its part's
// heading names them. A five-year cue is passed over: 今后五年…主要目标是：,
// “十二五”时期的主要奋斗目标是：, …到2010年…
var (
	fiveYearRe     = regexp.MustCompile(`(?:今后|未来|近|这)\s*[五5]\s*年|五年|“十[一二三四五六七八九]{0,2}五”(?:时期|期间|规划期|计划期)|十[一二三四五六七八九]五(?:时期|期间)|到20\d\d年|20\d\d\s*[—－-]\s*20\d\d年|远景`)
	fiveYearHeadRe = regexp.MustCompile(`五年|“十[一二三四五六七八九]{0,2}五”(?:时期|期间)|远景`)
	thisYearRe     = regexp.MustCompile(`今年|本年|年度|20\d\d年`)
	// planWordRe are the cue words five-year plans use too (奋斗目标,
	// 发展目标): they count only where this year is named.
	planWordRe    = regexp.MustCompile(`奋斗|发展目标`)
	sentenceEndRe = regexp.MustCompile(`[。！？]`)
)

// maxListParagraphs bounds the list that follows a cue ending its
// paragraph (one target a paragraph, ——地区生产总值增长…): the longest
// such lists run to about twenty targets, and a list ends earlier at the
// first paragraph that yields none.
const maxListParagraphs = 30

// findPassages returns the target passages of the document's plan parts,
// in text order.
func findPassages(doc *document.Document) []passage {
	var out []passage
	for _, part := range doc.Parts {
		if part.Kind != document.Plan {
			continue
		}
		// a part about a five-year period, unless its heading names this
		// year too (全面完成2001年的各项任务，努力实现“十五”计划的良好开端)
		yearPart := strings.Contains(part.Heading, "今年") || doc.Meta.Year > 0 && strings.Contains(part.Heading, strconv.Itoa(doc.Meta.Year)+"年")
		fiveYearPart := fiveYearHeadRe.MatchString(part.Heading) && !yearPart
		for i, para := range part.Paragraphs {
			if para.Heading {
				continue
			}
			end, ok := cueEnd(para.Text, fiveYearPart, yearPart)
			if !ok || otherYear(para.Text[end:], doc.Meta.Year) {
				continue
			}
			p := passage{pieces: []piece{{para.Text[end:], para.Line}}}
			if strings.TrimSpace(para.Text[end:]) == "" {
				// the cue ends its paragraph: the list follows, a target a
				// paragraph (——地区生产总值增长…)
				for _, next := range part.Paragraphs[i+1:] {
					if next.Heading || len(p.pieces) > maxListParagraphs {
						break
					}
					p.pieces = append(p.pieces, piece{next.Text, next.Line})
				}
			}
			out = append(out, p)
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, part := range doc.Parts {
		if part.Kind != document.Plan {
			continue
		}
		for _, para := range part.Paragraphs {
			if loc := fallbackCueRe.FindStringIndex(para.Text); loc != nil && fallbackTailRe.MatchString(para.Text[loc[1]:]) {
				return []passage{{pieces: []piece{{para.Text[loc[1]:], para.Line}}}}
			}
		}
	}
	return nil
}

// cueEnd finds the first cue in text that introduces this year's targets
// and returns where the targets begin. A cue whose sentence speaks of a
// five-year period (今后五年的主要目标是：) is passed over, and so is any
// cue in a five-year part unless its sentence names this year; yearPart
// says the part's heading names this year.
func cueEnd(text string, fiveYearPart, yearPart bool) (int, bool) {
	for _, loc := range findCues(text) {
		lead := text[:loc[0]]
		if ends := sentenceEndRe.FindAllStringIndex(lead, -1); len(ends) > 0 {
			lead = lead[ends[len(ends)-1][1]:]
		}
		if fiveYearRe.MatchString(lead) {
			continue
		}
		if fiveYearPart && !thisYearRe.MatchString(lead) {
			continue
		}
		// 奋斗目标 and 发展目标 are the words of five-year plans too; they
		// name this year's targets only when the sentence or the part says
		// so (湖北 2007: 今年全省…主要奋斗目标是：)
		if planWordRe.MatchString(text[loc[0]:loc[1]]) && !yearPart && !thisYearRe.MatchString(lead) {
			continue
		}
		return loc[1], true
	}
	return 0, false
}

// leadYearRe is a year that opens a target list: 2015年地区生产总值在
// 2010年的基础上实现翻番 is a five-year plan's target.
var leadYearRe = regexp.MustCompile(`^\s*(?:到|至)?(20\d\d)年`)

// otherYear reports a target list that opens with a year other than the
// report's.
func otherYear(text string, year int) bool {
	m := leadYearRe.FindStringSubmatch(text)
	return m != nil && year > 0 && m[1] != strconv.Itoa(year)
}

// stopRe marks the sentence after the targets that comments on them
// (这些目标的设定…, 经济增长目标设定为6%左右，贯彻了…, 确定上述预期目标…,
// 提出地区生产总值增长8%左右，主要是考虑了…): the passage ends there, so
// the comment's numbers are not read twice.
var stopRe = regexp.MustCompile(`(?:这些|上述|以上)(?:主要)?(?:预期)?(?:目标|指标)|目标(?:的)?设定|设定.{0,6}目标|目标的确定|为(?:实现|完成)|^\s*(?:提出|确定|设定|之所以)|主要是考虑|考虑了|充分考虑|有利于`)

// passage reads a passage's targets, sentence by sentence, until a
// sentence comments on them; a list paragraph that yields nothing ends
// the list.
func (x *Extractor) passage(p passage) []Target {
	var out []Target
	st := &clauseState{}
	for i, pc := range p.pieces {
		got, stopped := x.piece(pc, st)
		if i > 0 && len(got) == 0 {
			break
		}
		out = append(out, got...)
		if stopped {
			break
		}
	}
	// a passage that counts in yearly averages is a five-year plan's
	// (“十二五”…主要目标是：地区生产总值年均增长11%…), whatever it says
	// besides
	if st.multiYear > 0 && 2*st.multiYear >= st.groups {
		return nil
	}
	return out
}

// A sentence that yields no target after one that did also ends the
// passage: what follows is the work (围绕加快转变经济发展方式这条主线…),
// with numbers of its own that are not this year's targets.
func (x *Extractor) piece(pc piece, st *clauseState) (out []Target, stopped bool) {
	for _, s := range splitSentences(pc.text) {
		if stopRe.MatchString(s) {
			return out, true
		}
		st.subject = "" // a subject carries over within its sentence only
		var got []Target
		for _, c := range splitClauses(s) {
			got = append(got, x.clause(c, pc.line, st)...)
		}
		if len(got) == 0 && len(out) > 0 {
			return out, true
		}
		out = append(out, got...)
	}
	return out, false
}

// splitSentences cuts text after 。！？.
func splitSentences(text string) []string {
	var out []string
	for len(text) > 0 {
		loc := sentenceEndRe.FindStringIndex(text)
		if loc == nil {
			out = append(out, text)
			break
		}
		out = append(out, text[:loc[1]])
		text = text[loc[1]:]
	}
	return out
}

// splitClauses cuts a sentence at ，；： (and their ASCII forms), never
// inside brackets or quotes, nor at a comma between digits (1,100).
func splitClauses(s string) []string {
	var out []string
	depth, start := 0, 0
	prev := rune(0)
	for i, r := range s {
		switch r {
		case '（', '(', '“', '《', '【', '[':
			depth++
		case '）', ')', '”', '》', '】', ']':
			if depth > 0 {
				depth--
			}
		case '，', '；', '：', ';', ':', ',', '。', '！', '？':
			if depth > 0 || r == ',' && isDigit(prev) && i+1 < len(s) && isDigit(rune(s[i+1])) {
				break
			}
			if c := strings.TrimSpace(s[start:i]); c != "" {
				out = append(out, c)
			}
			start = i + len(string(r))
		}
		prev = r
	}
	if c := strings.TrimSpace(s[start:]); c != "" {
		out = append(out, c)
	}
	return out
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
