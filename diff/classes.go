package diff

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed data/classes.txt
var classesFile string

// classes finds the policy classes a commitment's text names (see
// data/classes.txt); built on first use.
var classes = sync.OnceValue(func() *classIndex { return mustParseClasses("diff/data/classes.txt", classesFile) })

// classIndex marks the policy classes named in a text.
type classIndex struct {
	names []string
	// marker rewrites each expression as one private-use rune that
	// numbers its class (classRune + class). Scanning left to right, at
	// each position the longest expression wins, and an expression found
	// hides those that start inside it: 新能源汽车 is not also 新能源.
	marker *strings.Replacer
}

// classRune numbers the classes in the marked text: supplementary
// private-use runes, which no report uses.
const classRune = 0xF0000

func mustParseClasses(name, text string) *classIndex {
	ci, err := parseClasses(name, text)
	if err != nil {
		panic(err)
	}
	return ci
}

func parseClasses(name, text string) (*classIndex, error) {
	var (
		ci    = &classIndex{}
		exprs []rewrite // each expression to the rune that numbers its class
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
		label = strings.TrimSpace(label)
		if slices.Contains(ci.names, label) {
			return nil, fmt.Errorf("%s: line %d: class %s is already defined", name, i+1, label)
		}
		class := len(ci.names)
		ci.names = append(ci.names, label)
		for _, m := range strings.Fields(members) {
			// commitments are compared after the synonyms of
			// concepts.txt are applied, and so are expressions
			m = concepts().Replace(m)
			if other, dup := seen[m]; dup && other == label {
				continue // two ways of writing one expression
			} else if dup {
				return nil, fmt.Errorf("%s: line %d: %s is already in class %s", name, i+1, m, other)
			}
			seen[m] = ci.names[class]
			exprs = append(exprs, rewrite{m, string(rune(classRune + class))})
		}
	}
	ci.marker = longestFirst(exprs)
	return ci, nil
}

// of returns the classes text names, sorted by number.
func (ci *classIndex) of(text string) []int {
	var out []int
	for _, r := range ci.marker.Replace(text) {
		if k := int(r) - classRune; k >= 0 && k < len(ci.names) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
