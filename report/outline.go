package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/align"
	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/ingest"
)

// Outline depths: what each level of --depth adds.
const (
	DepthParts      = 1
	DepthSections   = 2
	DepthParagraphs = 3
	DepthSentences  = 4
)

// Outline is what `policydiff outline` shows: for each document, its
// metadata and its tree down to the requested depth.
type Outline struct {
	SchemaVersion int               `json:"schema_version"`
	Depth         int               `json:"depth"`
	Documents     []OutlineDocument `json:"documents"`
}

// OutlineDocument is one report's outline.
type OutlineDocument struct {
	Path     string        `json:"path"`
	Index    int           `json:"index,omitempty"`
	Meta     ingest.Meta   `json:"meta"`
	Lines    [2]int        `json:"lines"`
	Counts   Counts        `json:"counts"`
	Warnings []string      `json:"warnings,omitempty"`
	Nodes    []OutlineNode `json:"nodes"`
}

// Counts sizes a node.
type Counts struct {
	Sections   int `json:"sections"`
	Paragraphs int `json:"paragraphs"`
	Sentences  int `json:"sentences"`
}

// OutlineNode is a part, section, paragraph or sentence.
type OutlineNode struct {
	Level   string        `json:"level"` // part, section, paragraph, sentence
	Number  int           `json:"number,omitempty"`
	Heading string        `json:"heading,omitempty"`
	Kind    document.Kind `json:"kind,omitempty"`
	Text    string        `json:"text,omitempty"`
	Line    int           `json:"line"`
	EndLine int           `json:"end_line"`
	Counts  *Counts       `json:"counts,omitempty"`
	// Topics are the paragraph's topic ids, best first (depth 3 and more).
	Topics   []string `json:"topics,omitempty"`
	topicsZh []string
	Children []OutlineNode `json:"children,omitempty"`
}

// NewOutline builds the outline of docs down to depth; labels, when given
// (one per document), add each paragraph's topics.
func NewOutline(docs []*document.Document, depth int, labels []*align.Labelled, tax *align.Taxonomy) *Outline {
	o := &Outline{SchemaVersion: SchemaVersion, Depth: depth}
	for di, d := range docs {
		topics := map[*document.Paragraph][]int{}
		if labels != nil {
			for _, pl := range labels[di].Paragraphs {
				topics[pl.Paragraph] = pl.Topics
			}
		}
		od := OutlineDocument{Path: d.Path, Index: d.Index, Meta: d.Meta, Warnings: d.Warnings}
		if n := len(d.Parts); n > 0 {
			od.Lines = [2]int{d.Parts[0].Line, d.Parts[n-1].EndLine}
		}
		for _, p := range d.Parts {
			c := countParagraphs(p.Paragraphs)
			c.Sections = len(p.Sections)
			od.Counts.Sections += c.Sections
			od.Counts.Paragraphs += c.Paragraphs
			od.Counts.Sentences += c.Sentences
			node := OutlineNode{Level: "part", Number: p.Number, Heading: p.Heading, Kind: p.Kind,
				Line: p.Line, EndLine: p.EndLine, Counts: &c}
			if node.Heading == "" {
				node.Heading = "（开头）"
			}
			if depth >= DepthSections {
				node.Children = sectionNodes(p, depth)
			}
			if tax != nil {
				addTopics(node.Children, topics, p, tax)
			}
			od.Nodes = append(od.Nodes, node)
		}
		o.Documents = append(o.Documents, od)
	}
	return o
}

func sectionNodes(p *document.Part, depth int) []OutlineNode {
	var out []OutlineNode
	if depth >= DepthParagraphs {
		out = paragraphNodes(p.Intro(), depth)
	}
	for _, s := range p.Sections {
		c := countParagraphs(s.Paragraphs)
		node := OutlineNode{Level: "section", Number: s.Number, Heading: s.Heading, Line: s.Line, EndLine: s.EndLine, Counts: &c}
		if depth >= DepthParagraphs {
			node.Children = paragraphNodes(s.Paragraphs, depth)
			// a heading that is the first sentence of its paragraph is
			// shown once, as the section
			if len(node.Children) > 0 && len(s.Paragraphs[0].Sentences) > 1 && strings.HasPrefix(s.Paragraphs[0].Text, s.Heading) {
				first := s.Paragraphs[0]
				node.Children[0].Text = strings.TrimPrefix(first.Text, first.Sentences[0].Text)
			}
		}
		out = append(out, node)
	}
	return out
}

// addTopics fills in the topics of paragraph nodes (matched by line within
// the part).
func addTopics(nodes []OutlineNode, topics map[*document.Paragraph][]int, p *document.Part, tax *align.Taxonomy) {
	byLine := map[int][]int{}
	for _, para := range p.Paragraphs {
		byLine[para.Line] = topics[para]
	}
	var walk func([]OutlineNode)
	walk = func(ns []OutlineNode) {
		for i := range ns {
			if ns[i].Level == "paragraph" {
				for _, t := range byLine[ns[i].Line] {
					ns[i].Topics = append(ns[i].Topics, tax.Topics[t].ID)
					ns[i].topicsZh = append(ns[i].topicsZh, tax.Topics[t].Zh)
				}
			}
			walk(ns[i].Children)
		}
	}
	walk(nodes)
}

func paragraphNodes(paras []*document.Paragraph, depth int) []OutlineNode {
	var out []OutlineNode
	for _, para := range paras {
		if para.Heading {
			continue
		}
		node := OutlineNode{Level: "paragraph", Text: para.Lead, Line: para.Line, EndLine: para.Line}
		if node.Text == "" {
			node.Text = para.Text
		}
		if depth >= DepthSentences {
			for _, s := range para.Sentences {
				node.Children = append(node.Children, OutlineNode{Level: "sentence", Text: s.Text, Line: s.Line, EndLine: s.Line})
			}
		}
		out = append(out, node)
	}
	return out
}

func countParagraphs(paras []*document.Paragraph) Counts {
	var c Counts
	for _, p := range paras {
		if p.Heading {
			continue
		}
		c.Paragraphs++
		c.Sentences += len(p.Sentences)
	}
	return c
}

// maxCellRunes shortens paragraph and sentence text in tables and
// Markdown lists; JSON keeps it whole.
const maxCellRunes = 40

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// Title is a document's one-line description for people:
// `全国 2022 政府工作报告 (2022-03-05, 国务院总理 李克强)`.
func Title(m ingest.Meta) string {
	var b strings.Builder
	b.WriteString(orDash(m.Region))
	if m.Year != 0 {
		b.WriteString(" " + strconv.Itoa(m.Year))
	}
	if m.Title != "" {
		b.WriteString(" " + m.Title)
	}
	var extra []string
	for _, s := range []string{m.Date, m.Speaker} {
		if s != "" {
			extra = append(extra, s)
		}
	}
	if len(extra) > 0 {
		b.WriteString(" (" + strings.Join(extra, ", ") + ")")
	}
	return b.String()
}

// Source is where a document's lines are: `file.txt:11-198`.
func (d OutlineDocument) Source() string {
	return fmt.Sprintf("%s:%d-%d", d.Path, d.Lines[0], d.Lines[1])
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func lineRange(a, b int) string {
	if a == b {
		return strconv.Itoa(a)
	}
	return strconv.Itoa(a) + "-" + strconv.Itoa(b)
}

func kindLabel(k document.Kind) string {
	if k == "" {
		return ""
	}
	return k.Label() + " " + string(k)
}

// RenderOutline writes the outline in format f.
func RenderOutline(buf *bytes.Buffer, o *Outline, f Format) error {
	switch f {
	case JSON:
		return writeJSON(buf, o)
	case Markdown:
		return outlineMarkdown(buf, o)
	}
	return outlineTable(buf, o)
}

func outlineTable(buf *bytes.Buffer, o *Outline) error {
	for i, d := range o.Documents {
		if i > 0 {
			buf.WriteString("\n")
		}
		fmt.Fprintf(buf, "%s\n%s · %d sections · %d paragraphs · %d sentences\n",
			Title(d.Meta), d.Source(), d.Counts.Sections, d.Counts.Paragraphs, d.Counts.Sentences)
		var rows [][]string
		var walk func(nodes []OutlineNode, indent string)
		walk = func(nodes []OutlineNode, indent string) {
			for _, n := range nodes {
				text := n.Heading
				if text == "" {
					text = shorten(n.Text, maxCellRunes)
				}
				if len(n.topicsZh) > 0 {
					text += " 〔" + strings.Join(n.topicsZh, "·") + "〕"
				}
				paras, sents := "", ""
				if n.Counts != nil {
					paras, sents = strconv.Itoa(n.Counts.Paragraphs), strconv.Itoa(n.Counts.Sentences)
				}
				rows = append(rows, []string{lineRange(n.Line, n.EndLine), kindLabel(n.Kind), indent + text, paras, sents})
				walk(n.Children, indent+"  ")
			}
		}
		walk(d.Nodes, "")
		if err := writeTable(buf, []string{"行 line", "类型 kind", "标题 heading", "段 para", "句 sent"}, rows); err != nil {
			return err
		}
	}
	return nil
}

func outlineMarkdown(buf *bytes.Buffer, o *Outline) error {
	for i, d := range o.Documents {
		if i > 0 {
			buf.WriteString("\n")
		}
		fmt.Fprintf(buf, "## %s\n\n`%s` · %d sections · %d paragraphs · %d sentences\n\n",
			Title(d.Meta), d.Source(), d.Counts.Sections, d.Counts.Paragraphs, d.Counts.Sentences)
		for _, w := range d.Warnings {
			fmt.Fprintf(buf, "> warning: %s\n\n", w)
		}
		var walk func(nodes []OutlineNode, indent string)
		walk = func(nodes []OutlineNode, indent string) {
			for _, n := range nodes {
				switch n.Level {
				case "part":
					fmt.Fprintf(buf, "%s- **%s** — %s · lines %s · %d paragraphs\n", indent, mdEscape(n.Heading), kindLabel(n.Kind), lineRange(n.Line, n.EndLine), n.Counts.Paragraphs)
				case "section":
					fmt.Fprintf(buf, "%s- %s · lines %s\n", indent, mdEscape(n.Heading), lineRange(n.Line, n.EndLine))
				default:
					topics := ""
					if len(n.topicsZh) > 0 {
						topics = " — " + strings.Join(n.topicsZh, "、")
					}
					fmt.Fprintf(buf, "%s- %s (%d)%s\n", indent, mdEscape(shorten(n.Text, maxCellRunes)), n.Line, topics)
				}
				walk(n.Children, indent+"  ")
			}
		}
		walk(d.Nodes, "")
	}
	return nil
}

// mdEscape keeps Markdown from reading text as markup.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `[`, `\[`, `]`, `\]`, `<`, `\<`, `|`, `\|`)
	return r.Replace(s)
}
