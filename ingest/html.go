package ingest

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// blockTags end the current line of visible text.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "tr": true, "td": true, "th": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"section": true, "article": true, "table": true, "ul": true, "ol": true,
	"blockquote": true, "pre": true, "hr": true, "title": true, "body": true,
}

// hiddenTags hold no visible text.
var hiddenTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true}

// htmlLines extracts the visible text of an HTML page, one line per block
// element, each numbered by the source line where its text begins. It
// returns the page's <title> too.
func htmlLines(text string) ([]Line, string) {
	// count lines as splitLines does: the tokenizer turns CR into LF in
	// some tokens and not in others
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	z := html.NewTokenizer(strings.NewReader(text))
	var (
		lines   []Line
		cur     strings.Builder
		curLine int
		heading bool
		hidden  int
		inTitle bool
		title   strings.Builder
	)
	srcLine := 1
	flush := func() {
		if t := Trim(cur.String()); t != "" {
			l := Line{No: curLine, Text: t}
			if heading {
				l.Mark = MarkHeading
			}
			lines = append(lines, l)
		}
		cur.Reset()
		heading = false
	}
	for {
		tt := z.Next()
		raw := z.Raw()
		start := srcLine
		srcLine += bytes.Count(raw, []byte("\n"))
		switch tt {
		case html.ErrorToken:
			flush()
			return fillGaps(lines), CollapseSpace(title.String())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if tag == "title" {
				inTitle = tt == html.StartTagToken
			}
			if hiddenTags[tag] {
				if tt == html.StartTagToken {
					hidden++
				} else if tt == html.EndTagToken && hidden > 0 {
					hidden--
				}
			}
			if blockTags[tag] {
				flush()
				if tt == html.StartTagToken && len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' {
					heading = true
				}
			}
		case html.TextToken:
			t := string(z.Text()) // the tokenizer has unescaped entities
			if inTitle {
				title.WriteString(t)
				continue
			}
			if hidden > 0 {
				continue
			}
			t = strings.Join(strings.Fields(strings.ReplaceAll(t, "\n", " ")), " ")
			if Trim(t) == "" {
				if cur.Len() > 0 {
					cur.WriteByte(' ')
				}
				continue
			}
			if cur.Len() == 0 {
				// number the line by where its first visible character is
				lead := len(raw) - len(bytes.TrimLeft(raw, " \t\r\n"))
				curLine = start + bytes.Count(raw[:lead], []byte("\n"))
			}
			cur.WriteString(t)
		}
	}
}

// fillGaps inserts blank lines so that consecutive text lines from separate
// blocks stay separate paragraphs.
func fillGaps(lines []Line) []Line {
	out := make([]Line, 0, 2*len(lines))
	for i, l := range lines {
		if i > 0 {
			out = append(out, Line{No: l.No})
		}
		out = append(out, l)
	}
	return out
}
