package diff

import (
	"slices"
	"strings"
	"testing"
)

func TestClassesOf(t *testing.T) {
	name := func(text string) []string {
		var out []string
		for _, k := range classes().of(concepts().Replace(text)) {
			out = append(out, classes().names[k])
		}
		return out
	}
	for text, want := range map[string][]string{
		// 全国 line 155 and 广东 line 3104: both add renewable power
		"推进大型风光电基地及其配套调节性电源规划建设": {"可再生能源发电", "储能调峰"},
		"加快海上风电项目建设":             {"可再生能源发电"},
		// the longer expression hides the shorter one inside it
		"继续支持新能源汽车消费": {"新能源汽车"},
		// 改厕 is read as 厕所革命 (concepts.txt) before classes are found
		"因地制宜推进农村改厕和污水垃圾处理": {"人居环境"},
		"实施农村人居环境整治提升行动":    {"人居环境"},
		"优化营商环境":            nil,
	} {
		if got := name(text); !slices.Equal(got, want) {
			t.Errorf("classes of %q = %q, want %q", text, got, want)
		}
	}
}

func TestParseClassesErrors(t *testing.T) {
	for text, want := range map[string]string{
		"甲: 风电\n乙 光伏\n":  "x.txt: line 2: expected 名称: 表述 表述 …",
		"甲: 风电\n乙: 风电\n": "x.txt: line 2: 风电 is already in class 甲",
		"# c\n: 风电\n":    "x.txt: line 2: expected 名称: 表述 表述 …",
		"甲:\n":           "x.txt: line 1: expected 名称: 表述 表述 …",
	} {
		_, err := parseClasses("x.txt", text)
		if err == nil || err.Error() != want {
			t.Errorf("parseClasses(%q) = %v, want %s", text, err, want)
		}
	}
	ci, err := parseClasses("x.txt", "# comment\n\n甲: 风电 光伏\n")
	if err != nil || len(ci.names) != 1 || !slices.Equal(ci.of("发展光伏"), []int{0}) {
		t.Errorf("parseClasses: %v %v", ci, err)
	}
}

// TestEveryExpressionFindsItsClass: each expression of classes.txt, read
// as commitments are (after concepts.txt), places a text that is only
// that expression in its own class and no other.
func TestEveryExpressionFindsItsClass(t *testing.T) {
	for i, line := range strings.Split(classesFile, "\n") {
		label, members, ok := strings.Cut(line, ":")
		if strings.HasPrefix(line, "#") || !ok {
			continue
		}
		k := slices.Index(classes().names, strings.TrimSpace(label))
		for _, m := range strings.Fields(members) {
			if got := classes().of(concepts().Replace(m)); !slices.Equal(got, []int{k}) {
				t.Errorf("classes.txt: line %d: %s is in classes %v, want only %s", i+1, m, got, label)
			}
		}
	}
}

func TestClassesIgnoreStrayRunes(t *testing.T) {
	if got := classes().of("风电\U000F0000\U000FFFFD"); !slices.Equal(got, []int{slices.Index(classes().names, "可再生能源发电")}) {
		t.Errorf("classes().of with private-use runes = %v", got)
	}
}
