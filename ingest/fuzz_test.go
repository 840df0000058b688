package ingest

import (
	"os"
	"testing"
)

// FuzzParse feeds arbitrary bytes, under each format's file name, to the
// reader: it must return reports or an error, never panic, and number
// lines in increasing order.
func FuzzParse(f *testing.F) {
	corpus, err := os.ReadFile("../testdata/gov-work-reports-2022.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(corpus[:4000], uint8(0))
	f.Add([]byte("---\ntitle: 2021年政府工作报告\n---\n**一、回顾**\n**（一）稳。**正文。\n<!-- x -->\n"), uint8(1))
	f.Add([]byte("<html><title>t</title><p><b>一、回顾</b></p><p>正文&amp;。</p><script>x</script>"), uint8(2))
	f.Add([]byte("\xef\xbb\xbf1.政府工作报告\r\n——2022年3月5日在会议上\r\n总理 某\r\n2.北京市政府工作报告\r——2022年1月6日在北京市会议上\r"), uint8(0))
	f.Add([]byte("\xd5\xfe\xb8\xae\xb9\xa4\xd7\xf7\xb1\xa8\xb8\xe6\n"), uint8(0))
	names := []string{"a.txt", "a.md", "a.html", "noext"}
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		srcs, err := Parse(names[int(kind)%len(names)], data)
		if err != nil {
			return
		}
		prev := 0
		for _, s := range srcs {
			if s.Body > len(s.Lines) {
				t.Fatalf("body index %d beyond %d lines", s.Body, len(s.Lines))
			}
			for _, l := range s.Lines {
				if l.No < prev {
					t.Fatalf("line %d after line %d", l.No, prev)
				}
				prev = l.No
			}
		}
	})
}
