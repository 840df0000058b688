package diff

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

//go:embed data/classes.txt
var classesFile string

// classes finds the policy classes a commitment's text names (see
// data/classes.txt).
var classes = mustParseClasses("diff/data/classes.txt", classesFile)

// classIndex marks the policy classes named in a text.
type classIndex struct {
	names []string
	// marker rewrites each expression as \x00<class number>\x00, longest
	// expressions first.
	marker *strings.Replacer
}

func mustParseClasses(name, text string) *classIndex {
	ci, err := parseClasses(name, text)
	if err != nil {
		panic(err)
	}
	return ci
}

func parseClasses(name, text string) (*classIndex, error) {
	type expr struct {
		text  string
		class int
	}
	var (
		ci    = &classIndex{}
		exprs []expr
		seen  = map[string]string{}
	)
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, members, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(label) == "" || len(strings.Fields(members)) == 0 {
			return nil, fmt.Errorf("%s: line %d: expected 名称: 表述 表述 …", name, i+1)
		}
		class := len(ci.names)
		ci.names = append(ci.names, strings.TrimSpace(label))
		for _, m := range strings.Fields(members) {
			if other, dup := seen[m]; dup {
				return nil, fmt.Errorf("%s: line %d: %s is already in class %s", name, i+1, m, other)
			}
			seen[m] = ci.names[class]
			exprs = append(exprs, expr{m, class})
		}
	}
	sort.SliceStable(exprs, func(i, j int) bool {
		return utf8.RuneCountInString(exprs[i].text) > utf8.RuneCountInString(exprs[j].text)
	})
	var args []string
	for _, e := range exprs {
		args = append(args, e.text, fmt.Sprintf("\x00%d\x00", e.class))
	}
	ci.marker = strings.NewReplacer(args...)
	return ci, nil
}

// of returns the classes text names, sorted by number.
func (ci *classIndex) of(text string) []int {
	marked := ci.marker.Replace(text)
	var out []int
	for {
		i := strings.IndexByte(marked, 0)
		if i < 0 {
			break
		}
		j := strings.IndexByte(marked[i+1:], 0)
		var n int
		fmt.Sscanf(marked[i+1:i+1+j], "%d", &n)
		out = append(out, n)
		marked = marked[i+1+j+1:]
	}
	sort.Ints(out)
	return uniqInts(out)
}

func uniqInts(xs []int) []int {
	var out []int
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}
