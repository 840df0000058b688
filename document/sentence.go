package document

import "github.com/policydiff/policydiff/ingest"

// closerOf pairs brackets and quotes: no sentence or clause ends inside
// them. (A switch, not a map: this runs for every rune of every report.)
func closerOf(r rune) rune {
	switch r {
	case '“':
		return '”'
	case '‘':
		return '’'
	case '「':
		return '」'
	case '『':
		return '』'
	case '（':
		return '）'
	case '(':
		return ')'
	case '《':
		return '》'
	case '【':
		return '】'
	case '〔':
		return '〕'
	case '[':
		return ']'
	}
	return 0
}

func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '】', '〕', ']':
		return true
	}
	return false
}

// ender reports whether r ends a span: a sentence (。！？；!?;) or, with
// clauses set, a clause (，：,:).
func ender(r rune, clauses bool) bool {
	if clauses {
		return r == '，' || r == '：' || r == ',' || r == ':'
	}
	switch r {
	case '。', '！', '？', '；', '!', '?', ';':
		return true
	}
	return false
}

// splitSpans cuts s after every rune in ends that stands outside brackets
// and quotes, keeping any closing marks that follow it. The spans joined
// give s back. When the brackets never balance (a quote left open), the
// split ignores nesting rather than swallow the rest of the text.
func splitSpans(s string, clauses bool) []string {
	if spans, balanced := split(s, clauses, true); balanced {
		return spans
	}
	spans, _ := split(s, clauses, false)
	return spans
}

func split(s string, clauses, nest bool) ([]string, bool) {
	var (
		out   []string
		stack []rune
		start int
	)
	cut := -1 // byte index after a sentence end, waiting for trailing closers
	for i, r := range s {
		if cut >= 0 {
			if isCloser(r) && len(stack) == 0 || ingest.IsSpace(r) {
				continue
			}
			out = append(out, s[start:i])
			start, cut = i, -1
		}
		if nest {
			if c := closerOf(r); c != 0 {
				stack = append(stack, c)
				continue
			}
			if n := len(stack); n > 0 && stack[n-1] == r {
				stack = stack[:n-1]
				continue
			}
		}
		if len(stack) == 0 && ender(r, clauses) {
			cut = i
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out, len(stack) == 0
}

// sentences splits a paragraph's text into sentences with their clauses.
func sentences(text string, line int) []*Sentence {
	var out []*Sentence
	for _, s := range splitSpans(text, false) {
		out = append(out, &Sentence{Line: line, Text: s, Clauses: splitSpans(s, true)})
	}
	return out
}
