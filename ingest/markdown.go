package ingest

import (
	"regexp"
	"strings"
)

// frontMatter holds the YAML front matter keys policydiff reads.
type frontMatter struct {
	Title  string
	Source string
}

// markdownLines converts Markdown to lines of plain text, keeping line
// numbers: the front matter is read and blanked, `#` and whole-line `**bold**`
// become heading marks, a bold opening becomes the line's lead, and the
// remaining emphasis markers are dropped.
func markdownLines(text string) ([]Line, frontMatter) {
	lines := splitLines(text, 1)
	var fm frontMatter
	if len(lines) > 0 && strings.TrimSpace(lines[0].Text) == "---" {
		for i := 1; i < len(lines); i++ {
			t := strings.TrimSpace(lines[i].Text)
			if t == "---" || t == "..." {
				for j := 0; j <= i; j++ {
					lines[j].Text = ""
				}
				break
			}
			if k, v, ok := strings.Cut(t, ":"); ok {
				v = strings.Trim(strings.TrimSpace(v), `"'`)
				switch strings.TrimSpace(k) {
				case "title":
					fm.Title = v
				case "source":
					fm.Source = v
				}
			}
		}
	}
	for i := range lines {
		lines[i] = markdownLine(lines[i])
	}
	return lines, fm
}

// commentRe matches HTML comments, which the compiled corpus uses for
// photo captions (`<!-- 许勤作政府工作报告 -->`).
var commentRe = regexp.MustCompile(`<!--.*?-->`)

func markdownLine(l Line) Line {
	if strings.Contains(l.Text, "<!--") {
		l.Text = commentRe.ReplaceAllString(l.Text, "")
	}
	t := Trim(l.Text)
	if strings.HasPrefix(t, "#") {
		h := strings.TrimLeft(t, "#")
		if h == "" || h[0] == ' ' {
			l.Text, l.Mark = Trim(stripEmphasis(h)), MarkHeading
			return l
		}
	}
	if strings.HasPrefix(t, "**") {
		t = "**" + strings.TrimLeft(t, "*") // `***政府工作报告**`: a stray asterisk
		if end := strings.Index(t[2:], "**"); end >= 0 {
			lead := Trim(t[2 : 2+end])
			rest := t[2+end+2:]
			if Trim(rest) == "" {
				l.Text, l.Mark = lead, MarkHeading
				return l
			}
			l.Lead = lead
			l.Text = lead + stripEmphasis(rest)
			return l
		}
	}
	l.Text = stripEmphasis(l.Text)
	return l
}

func stripEmphasis(s string) string {
	if !strings.Contains(s, "**") {
		return s
	}
	return strings.ReplaceAll(s, "**", "")
}
