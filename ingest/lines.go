package ingest

import "strings"

// Mark is what the source's markup said about a line, as a hint to the
// outline parser; plain text carries no marks.
type Mark uint8

const (
	// MarkNone: an ordinary line.
	MarkNone Mark = iota
	// MarkHeading: the whole line was a heading (Markdown `#` or a line that is
	// entirely `**bold**`, HTML <h1>–<h6>).
	MarkHeading
)

// Line is one line of decoded, markup-free text with its 1-based line number
// in the file the user can open.
type Line struct {
	No   int
	Text string
	Mark Mark
	// Lead is the bold text that opened the line (`**稳步提高居民收入。**…`),
	// already included at the start of Text; empty when there was none.
	Lead string
}

// splitLines cuts text at LF, CRLF and lone CR, numbering lines from first.
func splitLines(text string, first int) []Line {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.TrimSuffix(text, "\n")
	parts := strings.Split(text, "\n")
	lines := make([]Line, len(parts))
	for i, p := range parts {
		lines[i] = Line{No: first + i, Text: p}
	}
	return lines
}

// IsSpace reports whether r is white space in these documents: ASCII space
// and tab, the no-break space and the ideographic (full-width) space.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u3000', '\ufeff', '\u2002', '\u2003', '\u200b':
		return true
	}
	return false
}

// Trim removes leading and trailing white space, including full-width and
// no-break spaces, which plain strings.TrimSpace leaves in place.
func Trim(s string) string { return strings.TrimFunc(s, IsSpace) }

// CollapseSpace trims s and replaces every run of white space with one ASCII
// space: `市长\u00a0陈吉宁` and `市长　陈吉宁` both become `市长 陈吉宁`.
func CollapseSpace(s string) string { return strings.Join(strings.FieldsFunc(s, IsSpace), " ") }
