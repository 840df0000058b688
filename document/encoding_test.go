package document

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/policydiff/policydiff/ingest"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// outlineOf reduces documents to what a user sees in an outline, without
// the path.
func outlineOf(t *testing.T, name string, data []byte) []any {
	t.Helper()
	srcs, err := ingest.Parse(name, data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var out []any
	for _, s := range srcs {
		d := Parse(s)
		out = append(out, d.Meta, d.Warnings)
		for _, p := range d.Parts {
			out = append(out, p.Number, p.Heading, p.Kind, p.Line, p.EndLine)
			for _, s := range p.Sections {
				out = append(out, s.Number, s.Heading, s.Line, s.EndLine)
			}
			for _, para := range p.Paragraphs {
				out = append(out, para.Line, para.Text, para.Lead)
			}
		}
	}
	return out
}

func TestEncodingsAndLineEndsGiveTheSameOutline(t *testing.T) {
	utf8, err := os.ReadFile("../testdata/gov-work-reports-2022.txt")
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes(utf8)
	if err != nil {
		t.Fatal(err)
	}
	want := outlineOf(t, "corpus.txt", utf8)
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"GB18030", gbk},
		{"GB18030 with CRLF", bytes.ReplaceAll(gbk, []byte("\n"), []byte("\r\n"))},
		{"UTF-8 with CRLF", bytes.ReplaceAll(utf8, []byte("\n"), []byte("\r\n"))},
		{"UTF-8 with CR", bytes.ReplaceAll(utf8, []byte("\n"), []byte("\r"))},
		{"UTF-8 with BOM", append([]byte("\xef\xbb\xbf"), utf8...)},
	} {
		if got := outlineOf(t, "corpus.txt", c.data); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: outline differs from the UTF-8 original", c.name)
		}
	}
}
