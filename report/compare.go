package report

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/policydiff/policydiff/align"
	"github.com/policydiff/policydiff/diff"
	"github.com/policydiff/policydiff/ingest"
	"github.com/policydiff/policydiff/targets"
)

// Compare is what `policydiff compare` shows, built from a diff.Result and
// the options that filtered it.
type Compare struct {
	SchemaVersion int                `json:"schema_version"`
	Documents     [2]CompareDocument `json:"documents"`
	// Filters echo the options: topics kept, minimum similarity, only.
	Filters CompareFilters `json:"filters"`
	// PairModel names the model that scored the pairs: "national" (two
	// regions) or "same-region" (two reports of one region); a pair's
	// score is comparable only with scores of the same model.
	PairModel string `json:"pair_model"`
	// InScope counts each side's commitments in the topics shown (all of
	// them without --topic); Overall is their overlap.
	InScope [2]int             `json:"in_scope"`
	Overall diff.Overlap       `json:"overall"`
	Topics  []diff.TopicResult `json:"topics"`
	// Sections pairs the sections of the two plans that correspond (all
	// topics only).
	Sections []SectionRow `json:"sections,omitempty"`
	// Targets are the two documents' numeric targets side by side, by
	// indicator, where they state any.
	Targets []TargetPair `json:"targets,omitempty"`
	// Color marks terminal output with ANSI colours.
	Color bool `json:"-"`
	// Sources are the two documents' lines, which the HTML report
	// includes so that line numbers link to the text.
	Sources [2]SourceText `json:"-"`
}

// SourceText is a document's lines as read.
type SourceText struct {
	Name  string
	Lines []SourceLine
}

// SourceLine is one non-blank line.
type SourceLine struct {
	No   int
	Text string
}

// CompareDocument describes one side.
type CompareDocument struct {
	Path        string      `json:"path"`
	Index       int         `json:"index,omitempty"`
	Meta        ingest.Meta `json:"meta"`
	Commitments int         `json:"commitments"`
}

// CompareFilters are the options that shaped the result.
type CompareFilters struct {
	Topics        []string `json:"topics,omitempty"`
	MinSimilarity float64  `json:"min_similarity"`
	MinScore      float64  `json:"min_score"`
	Only          string   `json:"only,omitempty"` // shared, unique or empty for both
}

// SectionRow is a section of A and the section of B it corresponds to.
type SectionRow struct {
	A          string  `json:"a"`
	LineA      int     `json:"line_a"`
	B          string  `json:"b"`
	LineB      int     `json:"line_b"`
	Similarity float64 `json:"similarity"`
}

// SectionRows lists an alignment's section pairs in A's order.
func SectionRows(p *align.Pairing) []SectionRow {
	var out []SectionRow
	for _, s := range p.Sections {
		out = append(out, SectionRow{A: s.A.Heading, LineA: s.A.Line, B: s.B.Heading, LineB: s.B.Line,
			Similarity: float64(int(s.Similarity*100+0.5)) / 100})
	}
	slices.SortStableFunc(out, func(x, y SectionRow) int { return x.LineA - y.LineA })
	return out
}

// TargetPair is one indicator's targets in the two documents.
type TargetPair struct {
	Indicator string `json:"indicator"`
	A         string `json:"a"`
	LineA     int    `json:"line_a,omitempty"`
	B         string `json:"b"`
	LineB     int    `json:"line_b,omitempty"`
}

// TargetRows formats the two documents' targets side by side, each cell
// as the targets table writes it (`5.5%左右`, `力争10%以上`, or the aim of a
// qualitative target), with the line of the first.
func TargetRows(pairs []targets.IndicatorPair) []TargetPair {
	var out []TargetPair
	for _, p := range pairs {
		row := TargetPair{Indicator: p.Indicator}
		row.A, row.LineA = sideCell(p.A)
		row.B, row.LineB = sideCell(p.B)
		out = append(out, row)
	}
	return out
}

func sideCell(ts []targets.Target) (string, int) {
	if len(ts) == 0 {
		return "", 0
	}
	return targetCell(ts), ts[0].Line
}

// NewCompare filters a result for display: topics (ids; empty keeps all),
// shared pairs below the minimum similarity or score dropped (their
// commitments then count as unique), and only "shared" or "unique"
// sections kept.
func NewCompare(r *diff.Result, f CompareFilters) *Compare {
	topics, only := f.Topics, f.Only
	c := &Compare{
		SchemaVersion: SchemaVersion,
		Documents: [2]CompareDocument{
			{Path: r.A.Path, Index: r.A.Index, Meta: r.A.Meta, Commitments: r.A.Commitments},
			{Path: r.B.Path, Index: r.B.Index, Meta: r.B.Meta, Commitments: r.B.Commitments},
		},
		Filters:   f,
		PairModel: r.Model,
		Topics:    []diff.TopicResult{},
	}
	keep := map[string]bool{}
	for _, t := range topics {
		keep[t] = true
	}
	shared, onlyA, onlyB := 0, 0, 0
	for _, t := range r.Topics {
		if len(keep) > 0 && !keep[t.ID] {
			continue
		}
		t.OnlyA, t.OnlyB = slices.Clone(t.OnlyA), slices.Clone(t.OnlyB) // the result stays as computed
		kept := []diff.Pair{}
		for _, p := range t.Shared {
			if p.Similarity >= f.MinSimilarity && p.Score >= f.MinScore {
				kept = append(kept, p)
			} else {
				t.OnlyA = insertByIndex(t.OnlyA, p.A)
				t.OnlyB = insertByIndex(t.OnlyB, p.B)
			}
		}
		t.Shared = kept
		t.Overlap = diff.OverlapOf(len(t.Shared), len(t.OnlyA), len(t.OnlyB))
		shared += len(t.Shared)
		onlyA += len(t.OnlyA)
		onlyB += len(t.OnlyB)
		switch only {
		case "shared":
			t.OnlyA, t.OnlyB = []*diff.Commitment{}, []*diff.Commitment{}
		case "unique":
			t.Shared = []diff.Pair{}
		}
		if len(t.Shared)+len(t.OnlyA)+len(t.OnlyB) > 0 {
			c.Topics = append(c.Topics, t)
		}
	}
	c.Overall = diff.OverlapOf(shared, onlyA, onlyB)
	c.InScope = [2]int{shared + onlyA, shared + onlyB}
	return c
}

func insertByIndex(cs []*diff.Commitment, c *diff.Commitment) []*diff.Commitment {
	i := 0
	for i < len(cs) && cs[i].Index < c.Index {
		i++
	}
	cs = append(cs, nil)
	copy(cs[i+1:], cs[i:])
	cs[i] = c
	return cs
}

// Lines returns, for each side, the lines the comparison refers to.
func (c *Compare) Lines() [2]map[int]bool {
	out := [2]map[int]bool{{}, {}}
	for _, t := range c.Topics {
		for _, p := range t.Shared {
			out[0][p.A.Line], out[1][p.B.Line] = true, true
		}
		for _, x := range t.OnlyA {
			out[0][x.Line] = true
		}
		for _, x := range t.OnlyB {
			out[1][x.Line] = true
		}
	}
	for _, t := range c.Targets {
		out[0][t.LineA], out[1][t.LineB] = true, true
	}
	for _, s := range c.Sections {
		out[0][s.LineA], out[1][s.LineB] = true, true
	}
	return out
}

// names are the two sides' short names for column headings: 全国, 广东 (with
// the year when the regions are the same).
func (c *Compare) names() (string, string) {
	a, b := c.Documents[0].Meta, c.Documents[1].Meta
	na, nb := orDash(a.Region), orDash(b.Region)
	if na == nb && a.Year != b.Year {
		na += " " + strconv.Itoa(a.Year)
		nb += " " + strconv.Itoa(b.Year)
	} else if na == nb {
		na, nb = na+" A", nb+" B"
	}
	return na, nb
}

func pct(x float64) string { return strconv.Itoa(int(x*100+0.5)) + "%" }

// marked renders a diff as text with [-deleted-] and {+inserted+} spans,
// or in colour for a terminal; side 0 shows A's wording, 1 B's.
func marked(ops []diff.Op, side int, color bool) string {
	var b strings.Builder
	for _, op := range ops {
		switch {
		case op.Kind == diff.Equal:
			b.WriteString(op.Text)
		case op.Kind == diff.Delete && side == 0:
			if color {
				b.WriteString("\x1b[31m" + op.Text + "\x1b[0m")
			} else {
				b.WriteString("[-" + op.Text + "-]")
			}
		case op.Kind == diff.Insert && side == 1:
			if color {
				b.WriteString("\x1b[32m" + op.Text + "\x1b[0m")
			} else {
				b.WriteString("{+" + op.Text + "+}")
			}
		}
	}
	return b.String()
}

// RenderCompare writes the comparison in format f.
func RenderCompare(buf *bytes.Buffer, c *Compare, f Format) error {
	switch f {
	case JSON:
		return writeJSON(buf, c)
	case Markdown:
		return compareMarkdown(buf, c)
	case HTML:
		return compareHTML(buf, c)
	}
	return compareTable(buf, c)
}

func (c *Compare) heading() string {
	return Title(c.Documents[0].Meta) + "  vs  " + Title(c.Documents[1].Meta)
}

// scopeLine counts the commitments compared and their overlap, saying
// when topics were selected and when the pairs were scored by the
// same-region model.
func (c *Compare) scopeLine() string {
	var line string
	if len(c.Filters.Topics) == 0 {
		line = fmt.Sprintf("%d / %d commitments · overlap %s / %s", c.InScope[0], c.InScope[1], pct(c.Overall.A), pct(c.Overall.B))
	} else {
		line = fmt.Sprintf("%d / %d commitments (selected topics; %d / %d in all) · overlap %s / %s", c.InScope[0], c.InScope[1],
			c.Documents[0].Commitments, c.Documents[1].Commitments, pct(c.Overall.A), pct(c.Overall.B))
	}
	if c.PairModel == diff.ModelSameRegion {
		line += " · " + sameRegionNote
	}
	return line
}

// sameRegionNote says that two reports of one region were paired by the
// model of their own.
const sameRegionNote = "同一地区模型 same-region pair model"

func (c *Compare) topicLine(t diff.TopicResult) string {
	na, nb := c.names()
	return fmt.Sprintf("%s %s  shared %d · only %s %d · only %s %d · overlap %s / %s",
		t.Zh, t.ID, len(t.Shared), na, len(t.OnlyA), nb, len(t.OnlyB), pct(t.Overlap.A), pct(t.Overlap.B))
}

// maxTextCells bounds the text columns of the terminal table; longer
// commitments wrap.
const maxTextCells = 44

func compareTable(buf *bytes.Buffer, c *Compare) error {
	na, nb := c.names()
	fmt.Fprintf(buf, "%s\n%s\n", c.heading(), c.scopeLine())
	if len(c.Targets) > 0 {
		buf.WriteString("\n主要预期目标 targets\n")
		var rows [][]string
		for _, t := range c.Targets {
			rows = append(rows, []string{t.Indicator, t.A, lineOrBlank(t.LineA), t.B, lineOrBlank(t.LineB)})
		}
		if err := writeTable(buf, []string{"指标 indicator", na, "行", nb, "行"}, rows); err != nil {
			return err
		}
	}
	if len(c.Sections) > 0 {
		buf.WriteString("\n对应章节 corresponding sections\n")
		var rows [][]string
		for _, s := range c.Sections {
			rows = append(rows, []string{s.A, strconv.Itoa(s.LineA), s.B, strconv.Itoa(s.LineB), fmt.Sprintf("%.2f", s.Similarity)})
		}
		if err := writeWrappedTable(buf, []string{na, "行", nb, "行", "sim"}, rows, map[int]int{0: maxTextCells, 2: maxTextCells}); err != nil {
			return err
		}
	}
	for _, t := range c.Topics {
		fmt.Fprintf(buf, "\n%s\n", c.topicLine(t))
		var rows [][]string
		for _, p := range t.Shared {
			rows = append(rows, []string{"共有 shared", marked(p.Diff, 0, c.Color), strconv.Itoa(p.A.Line), marked(p.Diff, 1, c.Color), strconv.Itoa(p.B.Line), fmt.Sprintf("%.2f", p.Similarity), fmt.Sprintf("%.2f", p.Score)})
		}
		for _, x := range t.OnlyA {
			rows = append(rows, []string{"仅 " + na, x.Text, strconv.Itoa(x.Line), "", "", "", ""})
		}
		for _, x := range t.OnlyB {
			rows = append(rows, []string{"仅 " + nb, "", "", x.Text, strconv.Itoa(x.Line), "", ""})
		}
		if err := writeWrappedTable(buf, []string{"", na, "行", nb, "行", "sim", "score"}, rows, map[int]int{1: maxTextCells, 3: maxTextCells}); err != nil {
			return err
		}
	}
	return nil
}

func lineOrBlank(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func compareMarkdown(buf *bytes.Buffer, c *Compare) error {
	na, nb := c.names()
	fmt.Fprintf(buf, "## %s\n\n%s\n", mdEscape(c.heading()), mdEscape(c.scopeLine()))
	if len(c.Targets) > 0 {
		fmt.Fprintf(buf, "\n### 主要预期目标 targets\n\n| 指标 indicator | %s | %s |\n|---|---|---|\n", na, nb)
		for _, t := range c.Targets {
			fmt.Fprintf(buf, "| %s | %s | %s |\n", mdEscape(t.Indicator), mdEscape(withLine(t.A, t.LineA)), mdEscape(withLine(t.B, t.LineB)))
		}
	}
	if len(c.Sections) > 0 {
		fmt.Fprintf(buf, "\n### 对应章节 corresponding sections\n\n| %s | %s | sim |\n|---|---|---:|\n", na, nb)
		for _, s := range c.Sections {
			fmt.Fprintf(buf, "| %s (%d) | %s (%d) | %.2f |\n", mdEscape(s.A), s.LineA, mdEscape(s.B), s.LineB, s.Similarity)
		}
	}
	for _, t := range c.Topics {
		fmt.Fprintf(buf, "\n### %s\n", mdEscape(c.topicLine(t)))
		if len(t.Shared) > 0 {
			fmt.Fprintf(buf, "\n| %s | %s | sim | score |\n|---|---|---:|---:|\n", na, nb)
			for _, p := range t.Shared {
				fmt.Fprintf(buf, "| %s (%d) | %s (%d) | %.2f | %.2f |\n", mdDiff(p.Diff, 0), p.A.Line, mdDiff(p.Diff, 1), p.B.Line, p.Similarity, p.Score)
			}
		}
		for side, list := range [][]*diff.Commitment{t.OnlyA, t.OnlyB} {
			if len(list) == 0 {
				continue
			}
			name := na
			if side == 1 {
				name = nb
			}
			fmt.Fprintf(buf, "\n仅 %s (only %s):\n\n", name, name)
			for _, x := range list {
				fmt.Fprintf(buf, "- %s (%d)\n", mdEscape(x.Text), x.Line)
			}
		}
	}
	return nil
}

func withLine(s string, line int) string {
	if line == 0 || s == "" {
		return s
	}
	return fmt.Sprintf("%s (%d)", s, line)
}

// mdDiff marks a diff with ~~deleted~~ and **inserted** spans.
func mdDiff(ops []diff.Op, side int) string {
	var b strings.Builder
	for _, op := range ops {
		switch {
		case op.Kind == diff.Equal:
			b.WriteString(mdEscape(op.Text))
		case op.Kind == diff.Delete && side == 0:
			b.WriteString("~~" + mdEscape(op.Text) + "~~")
		case op.Kind == diff.Insert && side == 1:
			b.WriteString("**" + mdEscape(op.Text) + "**")
		}
	}
	return b.String()
}
