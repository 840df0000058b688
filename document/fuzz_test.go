package document

import (
	"os"
	"testing"

	"github.com/policydiff/policydiff/ingest"
)

// FuzzParse: any readable text yields a document that loses no text and
// whose parts and sections lie in order within their lines.
func FuzzParse(f *testing.F) {
	corpus, err := os.ReadFile("../testdata/gov-work-reports-2022.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, span := range [][2]int{{0, 6000}, {2280 * 300, 2280*300 + 8000}} {
		f.Add(string(corpus[span[0]:min(span[1], len(corpus))]), false)
	}
	f.Add("一、回顾\n去年好。\n二、2022年\n总体要求\n（一）稳。正文“引号。\n（三）跳号\n", false)
	f.Add("---\ntitle: t\n---\n**2008年工作回顾**\n**一、抗震**\n**2009年工作安排**\n**名词解释**\n", true)
	f.Fuzz(func(t *testing.T, text string, markdown bool) {
		name := "a.txt"
		if markdown {
			name = "a.md"
		}
		srcs, err := ingest.Parse(name, []byte(text))
		if err != nil {
			return
		}
		for _, s := range srcs {
			d := Parse(s)
			checkNoTextLost(t, name, s, d)
			last := 0
			for _, p := range d.Parts {
				if p.Line < last || p.EndLine < p.Line {
					t.Fatalf("part %q spans %d-%d after line %d", p.Heading, p.Line, p.EndLine, last)
				}
				for _, sec := range p.Sections {
					if sec.Line < p.Line || sec.EndLine > p.EndLine || len(sec.Paragraphs) == 0 {
						t.Fatalf("section %q (%d-%d) outside its part (%d-%d)", sec.Heading, sec.Line, sec.EndLine, p.Line, p.EndLine)
					}
				}
				last = p.EndLine
			}
		}
	})
}
