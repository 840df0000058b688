package ingest

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Meta describes one report. What cannot be inferred stays empty (or 0);
// nothing is invented.
type Meta struct {
	Title   string `json:"title"`
	Region  string `json:"region"`
	Level   Level  `json:"level"`
	Year    int    `json:"year"`
	Date    string `json:"date"`
	Speaker string `json:"speaker"`
	// URL is the front matter's `source:`, where the text came from.
	URL string `json:"url,omitempty"`
}

var (
	numberedTitleRe = regexp.MustCompile(`^(\d{1,3})[.．、]\s*(\S.*报告)$`)
	dateRe          = regexp.MustCompile(`^[—─－\-–―（(]*\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	officeRe        = regexp.MustCompile(`(总理|省长|市长|主席|区长|县长|州长|盟长|旗长)`)
	yearRe          = regexp.MustCompile(`(\d{4})\s*年`)
	pathYearRe      = regexp.MustCompile(`(?:^|\D)((?:19|20)\d{2})(?:\D|$)`)
	planHeadingRe   = regexp.MustCompile(`(\d{4})年.{0,20}(工作安排|主要任务|重点工作|工作任务|目标任务|工作目标|总体要求|主要目标|预期目标|重点任务)`)
	reviewHeadingRe = regexp.MustCompile(`(\d{4})年.{0,12}(工作回顾|成效|成就)`)
)

// maxHeaderLineRunes bounds the title, date and speaker lines: anything
// longer is body text. The longest date line in the 2022 corpus has 34
// runes; 80 leaves room for long congress names.
const maxHeaderLineRunes = 80

// maxHeaderLines is how many non-blank lines from a report's start may be
// header lines (title, 关于…的报告, date, speaker, a stray subtitle).
const maxHeaderLines = 6

// readHeader finds the title, date and speaker lines at the start of a
// report and returns the metadata they give and the index of the first
// body line.
func readHeader(lines []Line) (Meta, int) {
	var m Meta
	body, seen := 0, 0
	for i, l := range lines {
		t := Trim(l.Text)
		if t == "" {
			continue
		}
		if seen == maxHeaderLines || utf8.RuneCountInString(t) > maxHeaderLineRunes {
			break
		}
		seen++
		switch {
		case numberedTitleRe.MatchString(t):
			m.Title = Trim(numberedTitleRe.FindStringSubmatch(t)[2])
		case dateRe.MatchString(t) && (strings.Contains(t, "会议") || strings.Contains(t, "在")):
			d := dateRe.FindStringSubmatch(t)
			mo, _ := strconv.Atoi(d[2])
			day, _ := strconv.Atoi(d[3])
			m.Date = d[1] + "-" + pad2(mo) + "-" + pad2(day)
			m.Year, _ = strconv.Atoi(d[1])
			if m.Region == "" {
				m.Region, m.Level = regionIn(t)
			}
			// 广西 2013 puts the speaker after the date: `…会议上 自治区主席　马　飚`
			if _, after, ok := strings.Cut(t, "会议上"); ok && officeRe.MatchString(after) {
				m.Speaker = CollapseSpace(after)
			}
		case strings.HasPrefix(t, "在") && strings.Contains(t, "人民代表大会"):
			// a congress line without a date: `在河北省第十届人民代表大会第三次会议上`
			if m.Region == "" {
				m.Region, m.Level = regionIn(t)
			}
			if _, after, ok := strings.Cut(t, "会议上"); ok && officeRe.MatchString(after) {
				m.Speaker = CollapseSpace(after)
			}
		case strings.HasSuffix(t, "报告") || strings.Contains(t, "工作报告") && !strings.ContainsAny(t, "。；"):
			if m.Title == "" {
				m.Title = t
			}
		case isSpeakerLine(t, m.Date != ""):
			m.Speaker = CollapseSpace(t)
		default:
			return m, body
		}
		body = i + 1
	}
	return m, body
}

// Speaker lines: at most maxSpeakerRunes (`四川省人民政府省长 蒋巨峰`
// has 13; 30 leaves room for long titles), or a bare name of 2 to 5
// characters right after the date line (`黄奇帆`; names with a middle dot
// such as 艾尔肯·吐尼亚孜 come with an office).
const (
	maxSpeakerRunes            = 30
	minNameRunes, maxNameRunes = 2, 5
)

// isSpeakerLine: a short line naming an office (`省长 周乃翔`,
// `国务院总理 李克强`), or, right after the date line, a bare name.
func isSpeakerLine(t string, afterDate bool) bool {
	if strings.ContainsAny(t, "。，；：！？:") || utf8.RuneCountInString(t) > maxSpeakerRunes {
		return false
	}
	if officeRe.MatchString(t) {
		return true
	}
	n := utf8.RuneCountInString(t)
	return afterDate && n >= minNameRunes && n <= maxNameRunes && allHan(t)
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && r != '·' {
			return false
		}
	}
	return true
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// regionIn finds the region a line of text names: the nation (全国人民代表大会,
// 国务院), a province, or a city or county at the start of a congress name.
func regionIn(t string) (string, Level) {
	if p, ok := findProvince(t); ok {
		return p, Provincial
	}
	if strings.Contains(t, "全国人民代表大会") || strings.Contains(t, "国务院") {
		return "全国", National
	}
	if _, rest, ok := strings.Cut(t, "在"); ok {
		if name, lvl, ok := lowerRegion(rest); ok && strings.Contains(rest, "人民代表大会") {
			return name, lvl
		}
	}
	if name, lvl, ok := lowerRegion(t); ok && strings.Contains(t, "人民政府") {
		return name, lvl
	}
	return "", ""
}

// completeMeta fills what the header did not give from the headings, the
// front matter and the file path, in that order of trust.
func completeMeta(m *Meta, lines []Line, fm frontMatter, path string) {
	if fm.Title != "" {
		m.Title = fm.Title // the compiler's title names the region and year; the text's is 政府工作报告
	}
	m.URL = fm.Source
	if m.Region == "" {
		for _, s := range []string{m.Title, m.Speaker, fm.Title, filepath.ToSlash(path)} {
			if r, l := regionIn(s); r != "" {
				m.Region, m.Level = r, l
				break
			}
		}
	}
	if m.Year == 0 {
		m.Year = yearFromHeadings(lines)
	}
	if m.Year == 0 {
		if y := yearRe.FindStringSubmatch(fm.Title); y != nil {
			m.Year, _ = strconv.Atoi(y[1])
		}
	}
	if m.Year == 0 && path != "" {
		if y := pathYearRe.FindAllStringSubmatch(filepath.ToSlash(path), -1); y != nil {
			m.Year, _ = strconv.Atoi(y[len(y)-1][1])
		}
	}
}

// maxHeadingRunes bounds the lines yearFromHeadings reads as headings.
const maxHeadingRunes = 40

// yearFromHeadings infers the plan year from a heading that names this
// year's tasks (`2009年工作安排`) or last year's review (`2008年工作回顾`).
func yearFromHeadings(lines []Line) int {
	review := 0
	for _, l := range lines {
		t := Trim(l.Text)
		if utf8.RuneCountInString(t) > maxHeadingRunes || strings.ContainsAny(t, "。；") {
			continue
		}
		if m := planHeadingRe.FindStringSubmatch(t); m != nil {
			y, _ := strconv.Atoi(m[1])
			return y
		}
		if m := reviewHeadingRe.FindStringSubmatch(t); m != nil && review == 0 {
			review, _ = strconv.Atoi(m[1])
			review++
		}
	}
	return review
}
