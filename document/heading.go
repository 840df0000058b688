package document

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// numeral converts a Chinese numeral up to 99 (一, 十二, 二十三) to an int;
// 0 when s is not one.
func numeral(s string) int {
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	r := []rune(s)
	switch {
	case len(r) == 1 && r[0] == '十':
		return 10
	case len(r) == 1:
		return digits[r[0]]
	case len(r) == 2 && r[0] == '十' && digits[r[1]] > 0:
		return 10 + digits[r[1]]
	case len(r) == 2 && r[1] == '十' && digits[r[0]] > 0:
		return digits[r[0]] * 10
	case len(r) == 3 && r[1] == '十' && digits[r[0]] > 0 && digits[r[2]] > 0:
		return digits[r[0]]*10 + digits[r[2]]
	}
	return 0
}

var (
	partNumberRe    = regexp.MustCompile(`^([一二三四五六七八九十]{1,3})[、．.]`)
	sectionNumberRe = regexp.MustCompile(`^[（(]([一二三四五六七八九十]{1,3})[）)]`)
)

// partNumber returns n for a text opening with a part numeral (`三、`).
func partNumber(t string) int {
	if m := partNumberRe.FindStringSubmatch(t); m != nil {
		return numeral(m[1])
	}
	return 0
}

// sectionNumber returns n for a text opening with `（三）`.
func sectionNumber(t string) int {
	if m := sectionNumberRe.FindStringSubmatch(t); m != nil {
		return numeral(m[1])
	}
	return 0
}

// maxPartHeadingRunes bounds a part heading written as a line of its own.
// The longest in the 2022 corpus (云南 二、) has 31 runes; 60 leaves room
// while staying far below the shortest numbered list paragraph.
const maxPartHeadingRunes = 60

// maxSectionHeadingRunes bounds a section heading taken from the first
// sentence of a paragraph; longer first sentences are ordinary text.
const maxSectionHeadingRunes = 60

// maxUnnumberedHeadingRunes bounds an unnumbered heading line
// (`2004年工作回顾`, `切实加强政府自身建设`).
const maxUnnumberedHeadingRunes = 30

// isStandaloneHeading: a line short enough to be a heading and not ending
// like a sentence.
func isStandaloneHeading(t string, limit int) bool {
	if utf8.RuneCountInString(t) > limit {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune("。！？；：，!?;:,", last)
}

// salutations are lines set in bold that are not headings.
var salutations = []string{"各位代表", "同志们"}

// unnumberedHeading reports whether a marked line without a numeral is a
// heading: short, not a sentence, not a salutation or a speaker line.
func unnumberedHeading(t string) bool {
	if !isStandaloneHeading(t, maxUnnumberedHeadingRunes) {
		return false
	}
	for _, s := range salutations {
		if strings.HasPrefix(t, s) {
			return false
		}
	}
	return !officeLineRe.MatchString(t) && !strings.HasSuffix(t, "报告")
}

var officeLineRe = regexp.MustCompile(`(总理|省长|市长|主席|区长|县长|州长)\s*\S{0,4}$|^\S{2,4}$`)

// plainHeadingRe matches unnumbered headings in plain text, used only when
// a text has no numbered part headings at all.
var plainHeadingRe = regexp.MustCompile(`(工作回顾|工作安排|主要任务|重点工作|目标任务|总体要求|政府自身建设|预期目标)`)

// appendixRe matches headings of appendices (glossaries, attachments),
// which are parts of their own even in a numbered report.
var appendixRe = regexp.MustCompile(`^(附[件录：:]|名词解释|.*注释$|.*名词解释|.*说明$)`)
