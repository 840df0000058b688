package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/ingest"
	"github.com/policydiff/policydiff/targets"
)

// Targets is what `policydiff targets` shows: every document's targets,
// or one indicator's, and a summary line per indicator; with Wide, a
// document × indicator matrix instead of the list.
type Targets struct {
	SchemaVersion int `json:"schema_version"`
	// Indicator is set when one indicator was asked for.
	Indicator string            `json:"indicator,omitempty"`
	Wide      bool              `json:"wide,omitempty"`
	Documents []TargetsDocument `json:"documents"`
	Summary   []targets.Summary `json:"summary"`
	// Columns are the wide view's indicators: the taxonomy's that some
	// document states, in taxonomy order.
	Columns []string `json:"columns,omitempty"`
}

// TargetsDocument is one document's targets.
type TargetsDocument struct {
	Path     string           `json:"path"`
	Index    int              `json:"index,omitempty"`
	Meta     ingest.Meta      `json:"meta"`
	Warnings []string         `json:"warnings,omitempty"`
	Targets  []targets.Target `json:"targets"`
	// Cells are the wide view's row, one cell per column.
	Cells []string `json:"cells,omitempty"`
}

// NewTargets builds the view of docs and their extraction results. With
// indicator set, only that indicator's targets are kept.
func NewTargets(docs []*document.Document, results []*targets.Result, x *targets.Extractor, indicator string, wide bool) *Targets {
	v := &Targets{SchemaVersion: SchemaVersion, Indicator: indicator, Wide: wide}
	sets := make([][]targets.Target, len(docs))
	for i, d := range docs {
		ts := results[i].Targets
		if indicator != "" {
			ts = targets.Select(ts, indicator)
		}
		if ts == nil {
			ts = []targets.Target{}
		}
		sets[i] = ts
		v.Documents = append(v.Documents, TargetsDocument{Path: d.Path, Index: d.Index, Meta: d.Meta, Warnings: results[i].Warnings, Targets: ts})
	}
	v.Summary = x.Summarize(sets)
	if v.Summary == nil {
		v.Summary = []targets.Summary{}
	}
	if wide {
		v.Columns = x.Columns(sets)
		if indicator != "" {
			v.Columns = []string{indicator}
		}
		v.Summary = slices.DeleteFunc(v.Summary, func(s targets.Summary) bool { return !slices.Contains(v.Columns, s.Indicator) })
		for i := range v.Documents {
			d := &v.Documents[i]
			for _, c := range v.Columns {
				d.Cells = append(d.Cells, targetCell(targets.Select(d.Targets, c)))
			}
		}
	}
	return v
}

// Label names a document in a row: its region, else its file.
func (d TargetsDocument) Label() string {
	if d.Meta.Region != "" {
		return d.Meta.Region
	}
	name := filepath.Base(d.Path)
	if d.Index > 0 {
		name += "#" + strconv.Itoa(d.Index)
	}
	return name
}

// Year is the document's plan year, "" when unknown.
func (d TargetsDocument) Year() string {
	if d.Meta.Year == 0 {
		return ""
	}
	return strconv.Itoa(d.Meta.Year)
}

// targetLeadingQualifiers are written before the number: 力争10%以上.
var targetLeadingQualifiers = []string{"力争", "争取", "超过", "不低于", "不超过", "突破"}

// cell writes an indicator's targets compactly, as a report would:
// 5.5%左右, 力争10%以上, 1100万人以上; a qualitative target as its aim.
func targetCell(ts []targets.Target) string {
	var parts []string
	for _, t := range ts {
		if t.Qualitative() {
			parts = append(parts, t.Qualifier)
			continue
		}
		pre, post := "", t.Qualifier
		for again := true; again; {
			again = false
			for _, q := range targetLeadingQualifiers {
				if strings.HasPrefix(post, q) {
					pre, post, again = pre+q, strings.TrimPrefix(post, q), true
				}
			}
		}
		parts = append(parts, pre+t.Value+t.Unit+post)
	}
	return strings.Join(parts, "; ")
}

// targetValue is a target's value for people: - when it has none.
func targetValue(t targets.Target) string {
	if t.Qualitative() {
		return "-"
	}
	return t.Value
}

func targetsNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// targetSummaryRow is a summary line's cells; a summary without numbers has
// dashes for them.
func targetSummaryRow(s targets.Summary) []string {
	if s.Numeric == 0 {
		return []string{s.Indicator, strconv.Itoa(s.Documents), "0", "-", "-", "-", "-"}
	}
	return []string{s.Indicator, strconv.Itoa(s.Documents), strconv.Itoa(s.Numeric), orDash(s.Unit), targetsNum(s.Min), targetsNum(s.Median), targetsNum(s.Max)}
}

var (
	targetsHeader       = []string{"地区 region", "年 year", "行 line", "指标 indicator", "值 value", "单位 unit", "方向 direction", "限定 qualifier", "原文 source"}
	targetSummaryHeader = []string{"指标 indicator", "文件 docs", "有数值 numeric", "单位 unit", "最小 min", "中位 median", "最大 max"}
)

// maxSourceRunes shortens a target's source in tables, and
// maxWideCellRunes a cell of the matrix (a qualitative aim such as
// 在“十四五”规划期内统筹考核); JSON, CSV, Markdown and HTML keep them whole.
const (
	maxSourceRunes   = 40
	maxWideCellRunes = 12
)

// rows returns the list or the matrix, cells as text.
func (v *Targets) rows(short bool) (header []string, rows [][]string) {
	if v.Wide {
		header = append([]string{"地区 region", "年 year"}, v.Columns...)
		for _, d := range v.Documents {
			row := []string{d.Label(), d.Year()}
			for _, c := range d.Cells {
				if short {
					c = shorten(c, maxWideCellRunes)
				}
				row = append(row, c)
			}
			rows = append(rows, row)
		}
		return header, rows
	}
	for _, d := range v.Documents {
		for _, t := range d.Targets {
			src := t.Source
			if short {
				src = shorten(src, maxSourceRunes)
			}
			rows = append(rows, []string{d.Label(), d.Year(), strconv.Itoa(t.Line), t.Indicator, targetValue(t), t.Unit, string(t.Direction), t.Qualifier, src})
		}
	}
	return targetsHeader, rows
}

// RenderTargets writes the view in format f.
func RenderTargets(buf *bytes.Buffer, v *Targets, f Format) error {
	switch f {
	case JSON:
		return writeJSON(buf, v)
	case CSV:
		return targetsCSV(buf, v)
	case Markdown:
		return targetsMarkdown(buf, v)
	case HTML:
		return targetsHTML(buf, v)
	}
	return targetsTable(buf, v)
}

func targetsTable(buf *bytes.Buffer, v *Targets) error {
	header, rows := v.rows(true)
	if err := writeTable(buf, header, rows); err != nil {
		return err
	}
	if len(v.Summary) == 0 {
		return nil
	}
	buf.WriteString("\n")
	var sum [][]string
	for _, s := range v.Summary {
		sum = append(sum, targetSummaryRow(s))
	}
	return writeTable(buf, targetSummaryHeader, sum)
}

// targetsCSV writes one table for spreadsheets: the list with a header,
// or the matrix; the summary is left to the other formats.
func targetsCSV(buf *bytes.Buffer, v *Targets) error {
	w := csv.NewWriter(buf)
	if v.Wide {
		w.Write(append([]string{"region", "year", "path"}, v.Columns...))
		for _, d := range v.Documents {
			w.Write(append([]string{d.Meta.Region, d.Year(), d.Path}, d.Cells...))
		}
	} else {
		w.Write([]string{"region", "year", "path", "line", "indicator", "known", "value", "unit", "direction", "qualifier", "source"})
		for _, d := range v.Documents {
			for _, t := range d.Targets {
				w.Write([]string{d.Meta.Region, d.Year(), d.Path, strconv.Itoa(t.Line), t.Indicator, strconv.FormatBool(t.Known),
					t.Value, t.Unit, string(t.Direction), t.Qualifier, t.Source})
			}
		}
	}
	w.Flush()
	return w.Error()
}

func targetsMarkdown(buf *bytes.Buffer, v *Targets) error {
	title := "主要预期目标 targets"
	if v.Indicator != "" {
		title += " · " + v.Indicator
	}
	fmt.Fprintf(buf, "# %s\n\n", mdEscape(title))
	for _, d := range v.Documents {
		for _, w := range d.Warnings {
			fmt.Fprintf(buf, "> warning: %s: %s\n\n", mdEscape(d.Label()), mdEscape(w))
		}
	}
	header, rows := v.rows(false)
	targetsMDTable(buf, header, rows)
	if len(v.Summary) > 0 {
		buf.WriteString("\n## Summary\n\n")
		var sum [][]string
		for _, s := range v.Summary {
			sum = append(sum, targetSummaryRow(s))
		}
		targetsMDTable(buf, targetSummaryHeader, sum)
	}
	return nil
}

func targetsMDTable(buf *bytes.Buffer, header []string, rows [][]string) {
	line := func(cells []string) {
		buf.WriteString("|")
		for _, c := range cells {
			buf.WriteString(" " + mdEscape(c) + " |")
		}
		buf.WriteString("\n")
	}
	line(header)
	buf.WriteString(strings.Repeat("|---", len(header)) + "|\n")
	for _, r := range rows {
		line(r)
	}
}

// RenderIndicators writes the taxonomy in force.
func RenderIndicators(buf *bytes.Buffer, tax *targets.Taxonomy, f Format) error {
	header := []string{"指标 name", "单位 units", "方向 direction", "说法 wordings", "来源 origin"}
	var rows [][]string
	for _, ind := range tax.Indicators {
		units := strings.Join(ind.Units, "|")
		if units == "" {
			units = "*"
		}
		rows = append(rows, []string{ind.Name, units, string(ind.Direction), strings.Join(ind.Wordings, " "), ind.Origin})
	}
	switch f {
	case JSON:
		return writeJSON(buf, struct {
			SchemaVersion int                  `json:"schema_version"`
			Indicators    []*targets.Indicator `json:"indicators"`
		}{SchemaVersion, tax.Indicators})
	case CSV:
		w := csv.NewWriter(buf)
		w.Write([]string{"name", "units", "direction", "wordings", "origin"})
		w.WriteAll(rows)
		return w.Error()
	case Markdown:
		targetsMDTable(buf, header, rows)
		return nil
	case HTML:
		return indicatorsHTMLPage(buf, header, rows)
	}
	return writeTable(buf, header, rows)
}
