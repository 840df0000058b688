package ingest

import (
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Format is the markup a file was written in.
type Format string

const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
)

// Source is one report as read from a file: its metadata and its lines,
// numbered as in the file.
type Source struct {
	// Path is the file as the user named it; line numbers refer to it.
	Path string
	// Index is the report's 1-based position in a file holding several,
	// 0 when the file holds one.
	Index    int
	Meta     Meta
	Encoding Encoding
	Format   Format
	// Lines are the report's lines from its title on; Lines[Body:] is the
	// body, after the title, date and speaker lines.
	Lines []Line
	Body  int
}

// Name is how messages refer to the report: the file, and the report's
// number in a multi-report file.
func (s *Source) Name() string {
	if s.Index > 0 {
		return s.Path + "#" + strconv.Itoa(s.Index)
	}
	return s.Path
}

// BodyLines returns the lines after the header.
func (s *Source) BodyLines() []Line { return s.Lines[s.Body:] }

// detectFormat decides the format from the extension, or, for other names,
// from the first bytes of the text.
func detectFormat(path, text string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return Markdown
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	case ".txt", ".text":
		return Text
	}
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 512)]))
	switch {
	case strings.HasPrefix(head, "<!doctype html"), strings.HasPrefix(head, "<html"), strings.HasPrefix(head, "<?xml"):
		return HTML
	case strings.HasPrefix(head, "---\n") || strings.HasPrefix(head, "---\r"):
		return Markdown
	}
	return Text
}

// Parse reads the bytes of one file into the reports it holds.
func Parse(path string, data []byte) ([]*Source, error) {
	text, enc, err := Decode(data)
	if err != nil {
		return nil, err
	}
	format := detectFormat(path, text)
	var (
		lines []Line
		fm    frontMatter
	)
	switch format {
	case Markdown:
		lines, fm = markdownLines(text)
	case HTML:
		lines, fm.Title = htmlLines(text)
	default:
		lines = splitLines(text, 1)
	}
	if !hasText(lines) {
		return nil, ErrEmpty // an HTML page or Markdown file with no visible text
	}
	var out []*Source
	groups := splitReports(lines)
	for i, g := range groups {
		s := &Source{Path: path, Encoding: enc, Format: format, Lines: g}
		if len(groups) > 1 {
			s.Index = i + 1
		}
		s.Meta, s.Body = readHeader(g)
		completeMeta(&s.Meta, g[s.Body:], fm, path)
		out = append(out, s)
	}
	return out, nil
}

// maxTitleLookahead is how many non-blank lines after a candidate title the
// date or speaker line may come (title, optional 关于…的报告, date).
const maxTitleLookahead = 3

// splitReports cuts a file holding several reports at their title lines:
// a numbered title (`2.北京市政府工作报告`) or a line ending in 报告,
// followed closely by a date or speaker line. A file with one title is one
// report; text before the first title is a report of its own.
func splitReports(lines []Line) [][]Line {
	var starts []int
	for i, l := range lines {
		t := Trim(l.Text)
		if !strings.HasSuffix(t, "报告") || utf8.RuneCountInString(t) > maxHeaderLineRunes {
			continue
		}
		if followedByHeader(lines[i+1:]) {
			starts = append(starts, i)
		}
	}
	if len(starts) < 2 {
		return [][]Line{lines}
	}
	var groups [][]Line
	if hasText(lines[:starts[0]]) {
		groups = append(groups, lines[:starts[0]])
	}
	for k, s := range starts {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		groups = append(groups, lines[s:end])
	}
	return groups
}

func followedByHeader(rest []Line) bool {
	seen := 0
	for _, l := range rest {
		t := Trim(l.Text)
		if t == "" {
			continue
		}
		if dateRe.MatchString(t) || isSpeakerLine(t, false) {
			return true
		}
		if seen++; seen == maxTitleLookahead {
			return false
		}
	}
	return false
}

func hasText(lines []Line) bool {
	for _, l := range lines {
		if Trim(l.Text) != "" {
			return true
		}
	}
	return false
}
