// Package targets extracts the numeric targets (主要预期目标) of a report's plan.
//
// A report states its targets in one passage of its plan: `今年经济社会发展
// 主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业…`. Extract finds
// that passage in the parts of kind plan (never the review of last year,
// never a five-year goal), splits it into clauses and reads each clause as
// a subject (the indicator), a verb (the direction), a number with its
// unit, and the qualifiers around it. A clause with no number but a stated
// aim (`居民收入增长与经济增长基本同步`) is kept as a qualitative target.
package targets

import (
	"github.com/policydiff/policydiff/document"
)

// Direction is what a target asks of its indicator.
type Direction string

const (
	Increase Direction = "增长" // grow by (增长, 提高)
	Decrease Direction = "下降" // fall by (下降, 降低)
	Cap      Direction = "控制" // stay within (控制在; unemployment, prices)
	Reach    Direction = "达到" // reach or keep a level (达到, 稳定在, 突破)
)

func (d Direction) valid() bool {
	return d == Increase || d == Decrease || d == Cap || d == Reach
}

// Target is one indicator's target as the report states it.
type Target struct {
	// Indicator is the taxonomy's name (GDP增长) or, for an indicator the
	// taxonomy does not know, the report's own wording (森林覆盖率).
	Indicator string `json:"indicator"`
	// Known is true when Indicator is a taxonomy name.
	Known bool `json:"known"`
	// Value is the number as written (5.5) or a range (6-6.5); empty for a
	// qualitative target.
	Value string `json:"value"`
	// Number is Value read as a number; nil for a qualitative target.
	Number *Range `json:"number,omitempty"`
	// Unit is normalised to ASCII % (the text may have ％).
	Unit      string    `json:"unit"`
	Direction Direction `json:"direction,omitempty"`
	// Qualifier is as written: 左右, 以上, 以内, 力争以上, 超过 …; for a
	// qualitative target, the aim itself (与经济增长基本同步).
	Qualifier string `json:"qualifier"`
	// Source is the clause the target was read from, and Line its line.
	Source string `json:"source"`
	Line   int    `json:"line"`
}

// Range is a target's number: Low == High unless the text gives a range.
type Range struct {
	Low  float64 `json:"low"`
	High float64 `json:"high"`
}

// Qualitative reports whether the target states no number.
func (t Target) Qualitative() bool { return t.Number == nil }

// Result is what Extract found in one document.
type Result struct {
	Targets  []Target `json:"targets"`
	Warnings []string `json:"warnings,omitempty"`
}

// NoPassage is the warning for a document whose plan states no targets.
const NoPassage = "no target passage (主要预期目标) in the plan parts"

// Extractor reads targets with a taxonomy.
type Extractor struct {
	Taxonomy *Taxonomy
}

// New returns an extractor using tax, or the built-in taxonomy when tax
// is nil.
func New(tax *Taxonomy) *Extractor {
	if tax == nil {
		tax = Builtin()
	}
	return &Extractor{Taxonomy: tax}
}

// Extract reads a document's targets with the built-in taxonomy.
func Extract(doc *document.Document) *Result { return New(nil).Extract(doc) }

// Extract reads a document's targets, in the order the text states them.
// A document without a target passage gives no targets and a warning.
func (x *Extractor) Extract(doc *document.Document) *Result {
	res := &Result{}
	passages := findPassages(doc)
	if len(passages) == 0 {
		res.Warnings = append(res.Warnings, NoPassage)
		return res
	}
	for _, p := range passages {
		res.Targets = append(res.Targets, x.passage(p)...)
	}
	if len(res.Targets) == 0 {
		res.Warnings = append(res.Warnings, "the target passage states no target that could be read")
	}
	return res
}

// Select returns the targets of one indicator.
func Select(ts []Target, indicator string) []Target {
	var out []Target
	for _, t := range ts {
		if t.Indicator == indicator {
			out = append(out, t)
		}
	}
	return out
}
