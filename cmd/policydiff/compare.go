package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/policydiff/policydiff/diff"
	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/report"
	"github.com/policydiff/policydiff/targets"
	"github.com/spf13/cobra"
)

type compareOptions struct {
	docOptions
	analysisOptions
	Topics        []string
	MinSimilarity float64
	MinScore      float64
	Only          string
	Format        string
	Output        string

	format report.Format
	Out    io.Writer
	ErrOut io.Writer
}

func newCompareCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &compareOptions{Out: stdout, ErrOut: stderr}
	cmd := &cobra.Command{
		Use:   "compare A B",
		Short: "Compare two documents: shared and unique commitments per topic, targets side by side",
		Long: `Compare two documents topic by topic: the commitments of their plans (clauses that
promise an action or a number) that say the same thing, with the wording that differs,
and those that only one of them makes. A and B are files or region names of the
built-in 2022 corpus.`,
		Example: `  policydiff compare 全国 广东
  policydiff compare 全国 广东 --topic 就业,碳达峰碳中和
  policydiff compare 全国 draft.txt --format html -o review.html
  policydiff compare 全国 江苏 --only unique --format json`,
		Args: exactArgs(2, "two documents A B"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if opts.format, err = parseFormat(cmd, opts.Format, opts.Output, report.Table, report.Markdown, report.JSON, report.HTML); err != nil {
				return err
			}
			if !(opts.MinSimilarity >= 0 && opts.MinSimilarity <= 1) { // NaN too
				return fmt.Errorf("invalid --min-similarity %g (expected 0 to 1)", opts.MinSimilarity)
			}
			if !(opts.MinScore >= 0 && opts.MinScore <= 1) {
				return fmt.Errorf("invalid --min-score %g (expected 0 to 1)", opts.MinScore)
			}
			if opts.Only != "" && opts.Only != "shared" && opts.Only != "unique" {
				return fmt.Errorf("invalid --only %q (expected shared or unique)", opts.Only)
			}
			if err := opts.validate(); err != nil {
				return err
			}
			return runCompare(opts, args)
		},
	}
	f := cmd.Flags()
	opts.analysisOptions.bindTaxonomy(f)
	opts.analysisOptions.bindDict(f)
	f.StringSliceVar(&opts.Topics, "topic", nil, "only these topics, by id or Chinese name (comma-separated; see policydiff topics)")
	f.Float64Var(&opts.MinSimilarity, "min-similarity", 0, "drop shared pairs whose wording is less alike than this (0 to 1); their commitments count as unique")
	f.Float64Var(&opts.MinScore, "min-score", 0, "drop shared pairs the matcher scores lower than this (0 to 1); their commitments count as unique")
	f.StringVar(&opts.Only, "only", "", "show only shared or unique commitments")
	f.StringVarP(&opts.Format, "format", "f", "table", "output format: table, markdown, json or html")
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	return cmd
}

func runCompare(opts *compareOptions, args []string) error {
	a, err := opts.aligner()
	if err != nil {
		return err
	}
	var topics []string
	for _, t := range opts.Topics {
		i := a.Taxonomy().Index(strings.TrimSpace(t))
		if i < 0 {
			return fmt.Errorf("unknown topic %q (see policydiff topics for the ids and names)", t)
		}
		topics = append(topics, a.Taxonomy().Topics[i].ID)
	}
	var docs []*document.Document
	for _, arg := range args {
		d, err := opts.load([]string{arg}, opts.ErrOut)
		if err != nil {
			return err
		}
		if len(d) != 1 {
			return fmt.Errorf("%s: holds %d reports; compare takes one report on each side (policydiff split can separate them)", arg, len(d))
		}
		docs = append(docs, d[0])
	}
	ls := a.Label(docs)
	r := diff.Compare(a, ls[0], ls[1])
	for i, side := range []diff.Side{r.A, r.B} {
		if side.Commitments == 0 {
			fmt.Fprintf(opts.ErrOut, "policydiff: %s: warning: no commitments found (they are read from parts of kind plan; see policydiff outline)\n", docName(docs[i]))
		}
	}
	c := report.NewCompare(r, report.CompareFilters{Topics: topics, MinSimilarity: opts.MinSimilarity, MinScore: opts.MinScore, Only: opts.Only})
	if len(topics) == 0 {
		c.Sections = report.SectionRows(a.Pair(ls[0], ls[1]))
	}
	c.Targets = report.TargetRows(targets.SideBySide(r.Targets[0], r.Targets[1]))
	c.Color = opts.format == report.Table && colorOK(opts.Out) && opts.Output == ""
	if opts.format == report.HTML {
		lines := c.Lines()
		for i, d := range docs {
			c.Sources[i] = sourceLines(d, lines[i])
		}
	}
	var buf bytes.Buffer
	if err := report.RenderCompare(&buf, c, opts.format); err != nil {
		return err
	}
	return output(&buf, opts.Output, opts.Out)
}

// sourceLines lists the paragraphs of a document on the given lines, for
// the HTML report's links.
func sourceLines(d *document.Document, lines map[int]bool) report.SourceText {
	st := report.SourceText{Name: d.Path}
	for _, p := range d.Paragraphs() {
		if lines[p.Line] {
			st.Lines = append(st.Lines, report.SourceLine{No: p.Line, Text: p.Text})
		}
	}
	return st
}

// colorOK: colour only on a terminal, and never when NO_COLOR is set.
func colorOK(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
