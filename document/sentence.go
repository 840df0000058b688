package document

import "strings"

// openers and closers pair brackets and quotes; no sentence or clause ends
// inside them.
var pairs = map[rune]rune{
	'“': '”', '‘': '’', '「': '」', '『': '』', '（': '）', '(': ')',
	'《': '》', '【': '】', '〔': '〕', '[': ']',
}

var closers = func() map[rune]bool {
	m := map[rune]bool{}
	for _, c := range pairs {
		m[c] = true
	}
	return m
}()

// sentenceEnds end a sentence; clauseEnds end a clause within one.
const (
	sentenceEnds = "。！？；!?;"
	clauseEnds   = "，：,:"
)

// splitSpans cuts s after every rune in ends that stands outside brackets
// and quotes, keeping any closing marks that follow it. The spans joined
// give s back. When the brackets never balance (a quote left open), the
// split ignores nesting rather than swallow the rest of the text.
func splitSpans(s, ends string) []string {
	if spans, balanced := split(s, ends, true); balanced {
		return spans
	}
	spans, _ := split(s, ends, false)
	return spans
}

func split(s, ends string, nest bool) ([]string, bool) {
	var (
		out   []string
		stack []rune
		start int
	)
	cut := -1 // byte index after a sentence end, waiting for trailing closers
	for i, r := range s {
		if cut >= 0 {
			if closers[r] && len(stack) == 0 || IsSpaceRune(r) {
				continue
			}
			out = append(out, s[start:i])
			start, cut = i, -1
		}
		if nest {
			if c, ok := pairs[r]; ok {
				stack = append(stack, c)
				continue
			}
			if n := len(stack); n > 0 && stack[n-1] == r {
				stack = stack[:n-1]
				continue
			}
		}
		if len(stack) == 0 && strings.ContainsRune(ends, r) {
			cut = i
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out, len(stack) == 0
}

// IsSpaceRune matches ingest's notion of white space.
func IsSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u3000':
		return true
	}
	return false
}

// sentences splits a paragraph's text into sentences with their clauses.
func sentences(text string, line int) []*Sentence {
	var out []*Sentence
	for _, s := range splitSpans(text, sentenceEnds) {
		out = append(out, &Sentence{Line: line, Text: s, Clauses: splitSpans(s, clauseEnds)})
	}
	return out
}
