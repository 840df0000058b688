package document

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/ingest"
)

// expectation is one report's hand-checked block in
// testdata/expect/reports-*.txt.
type expectation struct {
	key                                     string
	line                                    int // line of the `## key` header, for messages
	title, region, level, year, date, speak string
	parts                                   []string // "line kind heading"
}

func readExpectations(t *testing.T, path string) []*expectation {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*expectation
	var cur *expectation
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "## "):
			cur = &expectation{key: strings.TrimPrefix(l, "## "), line: n}
			out = append(out, cur)
		case l == "" || strings.HasPrefix(l, "#"):
		case cur == nil:
			t.Fatalf("%s:%d: field before the first ## header", path, n)
		default:
			k, v, _ := strings.Cut(l, ":")
			v = strings.TrimSpace(v)
			switch k {
			case "title":
				cur.title = v
			case "region":
				cur.region = v
			case "level":
				cur.level = v
			case "year":
				cur.year = v
			case "date":
				cur.date = v
			case "speaker":
				cur.speak = v
			case "part":
				cur.parts = append(cur.parts, v)
			default:
				t.Fatalf("%s:%d: unknown field %q", path, n, k)
			}
		}
	}
	return out
}

// got renders a parsed document in the expectation's terms.
func got(d *Document) *expectation {
	e := &expectation{title: d.Meta.Title, region: d.Meta.Region, level: string(d.Meta.Level),
		date: d.Meta.Date, speak: d.Meta.Speaker}
	if d.Meta.Year != 0 {
		e.year = strconv.Itoa(d.Meta.Year)
	}
	for _, p := range d.NumberedParts() {
		e.parts = append(e.parts, fmt.Sprintf("%d %s %s", p.Line, p.Kind, p.Heading))
	}
	return e
}

// compare checks every field and every part, reporting each mismatch, and
// returns how many of the parts matched.
func compare(t *testing.T, name string, want, have *expectation) (matched int) {
	t.Helper()
	for _, f := range []struct{ field, want, have string }{
		{"title", want.title, have.title}, {"region", want.region, have.region},
		{"level", want.level, have.level}, {"year", want.year, have.year},
		{"date", want.date, have.date}, {"speaker", want.speak, have.speak},
	} {
		if f.want != f.have {
			t.Errorf("%s: %s = %q, want %q", name, f.field, f.have, f.want)
		}
	}
	haveSet := map[string]bool{}
	for _, p := range have.parts {
		haveSet[p] = true
	}
	for _, p := range want.parts {
		if haveSet[p] {
			matched++
		} else {
			t.Errorf("%s: missing or misclassified part %q", name, p)
		}
	}
	if len(have.parts) != len(want.parts) {
		t.Errorf("%s: %d parts, want %d:\n got %q", name, len(have.parts), len(want.parts), have.parts)
	}
	return matched
}

func TestCorpus2022MatchesExpectations(t *testing.T) {
	want := readExpectations(t, "../testdata/expect/reports-2022.txt")
	docs := parseFile(t, "../testdata/gov-work-reports-2022.txt")
	if len(docs) != len(want) {
		t.Fatalf("parsed %d reports, want %d", len(docs), len(want))
	}
	parts, matched := 0, 0
	for i, w := range want {
		if w.key != strconv.Itoa(docs[i].Index) {
			t.Fatalf("report %d: index %d, want %s", i, docs[i].Index, w.key)
		}
		matched += compare(t, "report "+w.key+" "+w.region, w, got(docs[i]))
		parts += len(w.parts)
	}
	t.Logf("2022 corpus: %d/%d parts with the right line, heading and kind", matched, parts)
}

func TestMarkdownReportsMatchExpectations(t *testing.T) {
	want := readExpectations(t, "../testdata/expect/reports-markdown.txt")
	if len(want) < 6 {
		t.Fatalf("only %d Markdown reports in the fixture, want at least 6", len(want))
	}
	for _, w := range want {
		docs := parseFile(t, filepath.Join("../testdata/reports", w.key))
		if len(docs) != 1 {
			t.Errorf("%s: %d reports, want 1", w.key, len(docs))
			continue
		}
		compare(t, w.key, w, got(docs[0]))
	}
}

func parseFile(t *testing.T, path string) []*Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := ingest.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	var docs []*Document
	for _, s := range srcs {
		docs = append(docs, Parse(s))
	}
	return docs
}
