package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/ingest"
	"github.com/policydiff/policydiff/internal/multiyear"
)

// checkNoTextLost asserts that a document's sentences, joined, give back
// its body text, and that clauses give back each sentence. Whitespace
// between a bold heading and the text after it on the same line is the only
// thing that may go.
func checkNoTextLost(t *testing.T, name string, src *ingest.Source, d *Document) {
	t.Helper()
	var body, joined strings.Builder
	for _, l := range src.BodyLines() {
		body.WriteString(ingest.Trim(l.Text))
	}
	for _, para := range d.Paragraphs() {
		var ps strings.Builder
		for _, s := range para.Sentences {
			ps.WriteString(s.Text)
			if c := strings.Join(s.Clauses, ""); c != s.Text {
				t.Fatalf("%s:%d: clauses %q do not join to sentence %q", name, s.Line, s.Clauses, s.Text)
			}
			if s.Line != para.Line {
				t.Fatalf("%s:%d: sentence has line %d", name, para.Line, s.Line)
			}
		}
		if ps.String() != para.Text {
			t.Fatalf("%s:%d: sentences join to %q, want paragraph %q", name, para.Line, ps.String(), para.Text)
		}
		joined.WriteString(para.Text)
	}
	squash := func(s string) string { return strings.Join(strings.FieldsFunc(s, ingest.IsSpace), "") }
	if squash(joined.String()) != squash(body.String()) {
		t.Errorf("%s: paragraphs (%d bytes) do not reproduce the body (%d bytes)", name, joined.Len(), body.Len())
	}
}

func TestNoTextLost(t *testing.T) {
	files := []string{"../testdata/gov-work-reports-2022.txt"}
	md, _ := filepath.Glob("../testdata/reports/*/*.md")
	files = append(files, md...)
	reports := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs, err := ingest.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range srcs {
			checkNoTextLost(t, s.Name(), s, Parse(s))
			reports++
		}
	}
	if reports < 40 {
		t.Errorf("checked %d reports, want the 32 of 2022 and the Markdown ones", reports)
	}
}

// TestNoTextLostMultiYear runs the same check over the multi-year corpus
// when it is beside the repository.
func TestNoTextLostMultiYear(t *testing.T) {
	srcs := multiyear.Sources(t)
	warned := map[string]int{}
	for _, s := range srcs {
		d := Parse(s)
		checkNoTextLost(t, s.Name(), s, d)
		for _, w := range d.Warnings {
			warned[w]++
		}
	}
	// The README's figures for the multi-year corpus: of 614 reports, 5
	// outline from unnumbered heading lines and 3 have no heading at all.
	if n := warned["no numbered part headings: parts taken from unnumbered heading lines"]; n > 5 {
		t.Errorf("%d reports fall back on unnumbered headings, were 5", n)
	}
	if n := warned["no part headings found: outlined as one part"]; n > 3 {
		t.Errorf("%d reports have no part headings, were 3", n)
	}
	t.Logf("%d reports; warnings: %v", len(srcs), warned)
}
