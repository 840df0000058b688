package report

import (
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// writeTable draws rows under header with column widths measured in
// terminal cells, so that Chinese text lines up. It is the only place
// that touches tablewriter.
func writeTable(w io.Writer, header []string, rows [][]string) error {
	t := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off), // keep the indentation of nested rows
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
	)
	t.Header(header)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}

// writeWrappedTable is writeTable with the given columns wrapped at a
// width in terminal cells.
func writeWrappedTable(w io.Writer, header []string, rows [][]string, widths map[int]int) error {
	t := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapBreak), // Chinese has no spaces to wrap at
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithColumnWidths(columnWidths(widths)),
	)
	t.Header(header)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}

func columnWidths(widths map[int]int) tw.Mapper[int, int] {
	m := tw.NewMapper[int, int]()
	for col, w := range widths {
		m.Set(col, w)
	}
	return m
}
