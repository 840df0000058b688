package document

import (
	"strings"
	"sync"
	"testing"

	"github.com/policydiff/policydiff/ingest"
)

var (
	corpusOnce sync.Once
	corpusDocs map[string]*Document
)

// corpus2022 parses the 2022 corpus once for the tests, by region.
func corpus2022(t *testing.T) map[string]*Document {
	corpusOnce.Do(func() {
		corpusDocs = map[string]*Document{}
		for _, d := range parseFile(t, "../testdata/gov-work-reports-2022.txt") {
			corpusDocs[d.Meta.Region] = d
		}
	})
	return corpusDocs
}

func sectionLines(p *Part) (numbers, lines []int) {
	for _, s := range p.Sections {
		numbers = append(numbers, s.Number)
		lines = append(lines, s.Line)
	}
	return
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Section lines checked by reading the corpus (`（一）` at the start of each).
func TestSections2022(t *testing.T) {
	docs := corpus2022(t)
	for _, c := range []struct {
		region string
		part   int
		lines  []int
		// headings of the first and last section, as written without 。
		first, last string
	}{
		{"全国", 3, []int{79, 95, 105, 113, 123, 133, 141, 151, 157},
			"（一）着力稳定宏观经济大盘，保持经济运行在合理区间", "（九）切实保障和改善民生，加强和创新社会治理"},
		// 江苏 and 湖北 put a whole task section in one paragraph: the heading
		// is that paragraph's first sentence.
		{"江苏", 3, []int{1557, 1559, 1561, 1563, 1565, 1567, 1569, 1571, 1573, 1577},
			"（一）坚定实施扩大内需战略，努力保持经济平稳健康发展", "（十）统筹抓好发展和安全，坚决维护社会和谐稳定"},
		{"湖北", 2, []int{2730, 2732, 2734, 2736, 2738, 2740, 2742, 2744, 2746},
			"（一）坚定不移巩固回稳向好态势，切实推动经济发展行稳致远", "（九）坚定不移保障和改善民生，切实增强人民群众获得感幸福感安全感"},
		{"湖北", 3, []int{2754, 2756, 2758, 2760, 2762},
			"（一）强化政治意识，切实做到忠诚担当", "（五）强化廉洁意识，切实做到勤政廉政"},
	} {
		d := docs[c.region]
		p := d.NumberedParts()[c.part-1]
		numbers, lines := sectionLines(p)
		if !equalInts(lines, c.lines) {
			t.Errorf("%s part %d: sections at lines %v, want %v", c.region, c.part, lines, c.lines)
			continue
		}
		for i, n := range numbers {
			if n != i+1 {
				t.Errorf("%s part %d: section %d numbered %d", c.region, c.part, i+1, n)
			}
		}
		if got := p.Sections[0].Heading; got != c.first {
			t.Errorf("%s part %d: first heading %q, want %q", c.region, c.part, got, c.first)
		}
		if got := p.Sections[len(p.Sections)-1].Heading; got != c.last {
			t.Errorf("%s part %d: last heading %q, want %q", c.region, c.part, got, c.last)
		}
	}
	// 江苏's sections (一)–(八) of part 三 are one paragraph each.
	for _, s := range docs["江苏"].NumberedParts()[2].Sections[:8] {
		if len(s.Paragraphs) != 1 || len(s.Paragraphs[0].Sentences) < 10 {
			t.Errorf("江苏 %s: %d paragraphs, want one long one", s.Heading, len(s.Paragraphs))
		}
	}
}

func TestSplitHeadingIsJoined(t *testing.T) {
	p := corpus2022(t)["山东"].NumberedParts()[1]
	if p.Heading != "二、2022年经济社会发展总体要求和主要目标" || p.Line != 2330 {
		t.Errorf("山东 part 二: %q at %d", p.Heading, p.Line)
	}
	if !p.Paragraphs[0].Heading || !p.Paragraphs[1].Heading || p.Paragraphs[1].Line != 2332 || p.Paragraphs[2].Heading {
		t.Errorf("山东 part 二: the heading lines are not 2330 and 2332")
	}
}

func TestParagraphLeads(t *testing.T) {
	want := map[int]string{
		355: "稳步提高居民收入。",               // 北京
		13:  "过去一年是党和国家历史上具有里程碑意义的一年。", // 全国
		63:  "",                        // 全国: the targets passage opens with a long sentence, no lead
	}
	for _, d := range corpus2022(t) {
		for _, para := range d.Paragraphs() {
			if lead, ok := want[para.Line]; ok {
				if para.Lead != lead {
					t.Errorf("line %d: lead %q, want %q", para.Line, para.Lead, lead)
				}
				delete(want, para.Line)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("paragraphs not found at lines %v", want)
	}
}

func parseText(t *testing.T, name, text string) *Document {
	t.Helper()
	srcs, err := ingest.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return Parse(srcs[0])
}

func TestTextWithoutHeadingsIsOnePartWithAWarning(t *testing.T) {
	d := parseText(t, "notes.txt", "第一段。\n\n第二段，今年要多读书。\n")
	if len(d.Parts) != 1 || d.Parts[0].Kind != Other || len(d.Parts[0].Paragraphs) != 2 {
		t.Fatalf("parts %+v", d.Parts)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "no part headings") {
		t.Errorf("warnings %q", d.Warnings)
	}
}

func TestUnnumberedPlainHeadings(t *testing.T) {
	d := parseText(t, "a.txt", "各位代表：\n2021年工作回顾\n一年来，经济增长。去年如何。\n2022年工作安排\n今年要稳增长。\n切实加强政府自身建设\n要廉洁。\n")
	var got []string
	for _, p := range d.NumberedParts() {
		got = append(got, string(p.Kind)+" "+p.Heading)
	}
	want := "review 2021年工作回顾|plan 2022年工作安排|government 切实加强政府自身建设"
	if strings.Join(got, "|") != want {
		t.Errorf("parts %q, want %q", got, want)
	}
	if len(d.Warnings) != 1 {
		t.Errorf("warnings %q, want one about unnumbered headings", d.Warnings)
	}
}

func TestNumberedListIsNotAPart(t *testing.T) {
	// a part numbered out of sequence, or a long numbered paragraph, is text
	d := parseText(t, "a.txt", "一、2021年工作回顾\n去年很好。\n三、这不是第三部分而是一个很长的段落，它以数字开头，但后面跟着很多很多的内容，超过了标题应有的长度，所以只是正文。\n二、2022年主要任务\n今年要稳。\n")
	if n := len(d.NumberedParts()); n != 2 {
		t.Errorf("%d parts, want 2", n)
	}
}
