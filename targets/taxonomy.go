package targets

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// BuiltinFile is the name the built-in taxonomy's messages use.
const BuiltinFile = "indicators.txt"

//go:embed indicators.txt
var builtinIndicators []byte

// Indicator is one line of the taxonomy: a canonical name and the
// wordings reports use for it.
type Indicator struct {
	Name string `json:"name"`
	// Units are the units its numbers come in; none means any (* in the
	// file).
	Units []string `json:"units"`
	// Direction is what a number means when the text has no verb.
	Direction Direction `json:"direction"`
	Wordings  []string  `json:"wordings"`
	// Origin is where the line is: `indicators.txt:24`.
	Origin string `json:"origin"`
}

// acceptsUnit reports whether a number in unit u can be this indicator.
func (ind *Indicator) acceptsUnit(u string) bool {
	return len(ind.Units) == 0 || slices.Contains(ind.Units, u)
}

// Taxonomy maps wordings to indicators.
type Taxonomy struct {
	Indicators []*Indicator
	// wordings is every wording with its indicator, longest first, then
	// in file order, so that the first one found is the one that wins.
	wordings []wording
}

type wording struct {
	text string
	ind  *Indicator
}

// Builtin returns the built-in taxonomy (targets/indicators.txt), parsed
// on first use.
func Builtin() *Taxonomy { return builtin() }

var builtin = sync.OnceValue(func() *Taxonomy { return mustParse(BuiltinFile, builtinIndicators) })

func mustParse(name string, data []byte) *Taxonomy {
	t, err := ParseTaxonomy(name, data)
	if err != nil {
		panic(err)
	}
	return t
}

// ParseTaxonomy reads a taxonomy file: one indicator a line, `NAME UNITS
// DIRECTION WORDING…`, # comments. Errors name the file and line.
func ParseTaxonomy(name string, data []byte) (*Taxonomy, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8 text", name)
	}
	t := &Taxonomy{}
	seenName := map[string]int{}
	seenWording := map[string]int{}
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil, fmt.Errorf("%s: line %d: expected NAME UNITS DIRECTION WORDING…, got %d field(s)", name, n, len(f))
		}
		dir := Direction(f[2])
		if !dir.valid() {
			return nil, fmt.Errorf("%s: line %d: unknown direction %q (expected 增长, 下降, 控制 or 达到)", name, n, f[2])
		}
		if prev, ok := seenName[f[0]]; ok {
			return nil, fmt.Errorf("%s: line %d: indicator %q already defined on line %d", name, n, f[0], prev)
		}
		seenName[f[0]] = n
		ind := &Indicator{Name: f[0], Units: []string{}, Direction: dir, Origin: fmt.Sprintf("%s:%d", name, n)}
		if f[1] != "*" {
			ind.Units = strings.Split(f[1], "|")
			if slices.Contains(ind.Units, "") {
				return nil, fmt.Errorf("%s: line %d: empty unit in %q (expected units joined by |, or *)", name, n, f[1])
			}
		}
		for _, w := range f[3:] {
			if prev, ok := seenWording[w]; ok {
				return nil, fmt.Errorf("%s: line %d: wording %q already listed on line %d", name, n, w, prev)
			}
			seenWording[w] = n
			ind.Wordings = append(ind.Wordings, w)
		}
		t.Indicators = append(t.Indicators, ind)
	}
	if len(t.Indicators) == 0 {
		return nil, fmt.Errorf("%s: no indicators (expected lines NAME UNITS DIRECTION WORDING…)", name)
	}
	t.index()
	return t, nil
}

// Merge returns t extended by u: an indicator of u that t names already
// replaces t's line in place, the others come after t's; a wording of u
// is taken away from whichever indicator of t had it.
func (t *Taxonomy) Merge(u *Taxonomy) *Taxonomy {
	taken := map[string]bool{}
	byName := map[string]*Indicator{}
	for _, ind := range u.Indicators {
		byName[ind.Name] = ind
		for _, w := range ind.Wordings {
			taken[w] = true
		}
	}
	out := &Taxonomy{}
	for _, ind := range t.Indicators {
		if repl, ok := byName[ind.Name]; ok {
			out.Indicators = append(out.Indicators, repl)
			delete(byName, ind.Name)
			continue
		}
		kept := *ind
		kept.Wordings = slices.DeleteFunc(slices.Clone(ind.Wordings), func(w string) bool { return taken[w] })
		out.Indicators = append(out.Indicators, &kept)
	}
	for _, ind := range u.Indicators {
		if _, ok := byName[ind.Name]; ok {
			out.Indicators = append(out.Indicators, ind)
		}
	}
	out.index()
	return out
}

func (t *Taxonomy) index() {
	t.wordings = t.wordings[:0]
	for _, ind := range t.Indicators {
		for _, w := range ind.Wordings {
			t.wordings = append(t.wordings, wording{w, ind})
		}
	}
	slices.SortStableFunc(t.wordings, func(a, b wording) int {
		return utf8.RuneCountInString(b.text) - utf8.RuneCountInString(a.text)
	})
}

// Indicator finds an indicator by its name.
func (t *Taxonomy) Indicator(name string) *Indicator {
	for _, ind := range t.Indicators {
		if ind.Name == name {
			return ind
		}
	}
	return nil
}

// Lookup finds an indicator by its name or by one of its wordings.
func (t *Taxonomy) Lookup(s string) *Indicator {
	if ind := t.Indicator(s); ind != nil {
		return ind
	}
	for _, w := range t.wordings {
		if w.text == s {
			return w.ind
		}
	}
	return nil
}

// ratioMarks introduce the denominator of a share (数字经济增加值占地区
// 生产总值比重, 环保投入相当于全市生产总值的比例): a wording found after
// one names the denominator, not the indicator.
var ratioMarks = []string{"占", "相当于"}

// gapWords after a wording make a different indicator of it: 城乡居民
// 收入【倍差】 is the ratio of two incomes, not their growth; 消费对经济
// 增长【的】贡献率 is a share. 的增速 and 的增幅 still name the wording.
var gapWords = []string{"倍差", "差距", "比重", "占比", "比例", "之比"}

// perUnitMarks before a wording make it a denominator: 万元地区生产总值
// 水耗 is water per unit of output, not output.
var perUnitMarks = []string{"万元", "单位", "每"}

// match returns the indicator a subject names, nil when none. Chinese
// names put the head last (万元地区生产总值【能耗】), so of the wordings
// found the one that ends last wins, then the longest (人均GDP over GDP),
// then the first in the file.
func (t *Taxonomy) match(subject string) *Indicator {
	limit := len(subject)
	for _, m := range ratioMarks {
		if i := strings.Index(subject, m); i >= 0 && i < limit {
			limit = i
		}
	}
	var best *wording
	bestEnd := -1
	for k := range t.wordings {
		w := &t.wordings[k]
		i := strings.Index(subject, w.text)
		if i < 0 || i >= limit {
			continue
		}
		end := i + len(w.text)
		rest := subject[end:]
		if rest == "比" || hasPrefixAny(rest, gapWords) || strings.HasPrefix(rest, "的") && !hasPrefixAny(rest, []string{"的增速", "的增幅", "的增长"}) {
			continue
		}
		if hasSuffixAny(strings.TrimSuffix(subject[:i], "地区"), perUnitMarks) {
			continue
		}
		// wordings are sorted longest first: on equal ends the first found stays
		if end > bestEnd {
			best, bestEnd = w, end
		}
	}
	if best == nil {
		return nil
	}
	return best.ind
}

func hasPrefixAny(s string, list []string) bool {
	for _, w := range list {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// Names returns the indicators' names in file order.
func (t *Taxonomy) Names() []string {
	out := make([]string, len(t.Indicators))
	for i, ind := range t.Indicators {
		out[i] = ind.Name
	}
	return out
}
