package diff

import (
	"regexp"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// OpKind says whether a span of a shared pair's wording is common to both
// sides or only on one.
type OpKind string

const (
	Equal  OpKind = "equal"
	Delete OpKind = "delete" // only in A
	Insert OpKind = "insert" // only in B
)

// Op is one span of a wording diff.
type Op struct {
	Kind OpKind `json:"op"`
	Text string `json:"text"`
}

// numberRe matches a number with its unit, which a diff treats as one
// token: `1亿亩` against `500万亩` is one change, not `1[-亿-]{+500万+}亩`.
var numberRe = regexp.MustCompile(`[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％‰]|个百分点|万亿元|亿元|万元|元|亿斤|万斤|斤|万吨|吨|亿亩|万亩|亩|万人次|万人|人次|万户|户|万千瓦|千瓦|亿千瓦时|万辆|公里|万平方米|平方米|万套|套|万个|个|家|所|项|座|条|倍|亿|万|千|百)?`)

// tokens cuts text into diff tokens: numbers with their units, and single
// characters otherwise.
func tokens(s string) []string {
	var out []string
	last := 0
	for _, m := range numberRe.FindAllStringIndex(s, -1) {
		for _, r := range s[last:m[0]] {
			out = append(out, string(r))
		}
		out = append(out, s[m[0]:m[1]])
		last = m[1]
	}
	for _, r := range s[last:] {
		out = append(out, string(r))
	}
	return out
}

// Wording diffs two sentence-sized texts token by token, with go-diff and
// no time limit (DiffTimeout 0), so the result never depends on machine
// speed. This is the only file that imports go-diff.
func Wording(a, b string) []Op {
	// Map each distinct token to one rune, diff the rune strings, map back:
	// go-diff's own trick for diffing lines, applied to tokens.
	index := map[string]rune{}
	var table []string
	encode := func(toks []string) []rune {
		out := make([]rune, len(toks))
		for i, t := range toks {
			r, ok := index[t]
			if !ok {
				r = rune(0xF0000 + len(table)) // supplementary private use
				index[t] = r
				table = append(table, t)
			}
			out[i] = r
		}
		return out
	}
	ra, rb := encode(tokens(a)), encode(tokens(b))
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffCleanupSemanticLossless(dmp.DiffMainRunes(ra, rb, false))
	var ops []Op
	for _, d := range diffs {
		var text []byte
		for _, r := range d.Text {
			text = append(text, table[r-0xF0000]...)
		}
		kind := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			kind = Delete
		case diffmatchpatch.DiffInsert:
			kind = Insert
		}
		if n := len(ops); n > 0 && ops[n-1].Kind == kind {
			ops[n-1].Text += string(text)
			continue
		}
		ops = append(ops, Op{Kind: kind, Text: string(text)})
	}
	return ops
}
