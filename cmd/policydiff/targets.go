package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/policydiff/policydiff/report"
	"github.com/policydiff/policydiff/targets"
	"github.com/spf13/cobra"
)

type targetsOptions struct {
	docOptions
	Indicator      string
	IndicatorsFile string
	Wide           bool
	List           bool
	Format         string
	Output         string

	format report.Format
	tax    *targets.Taxonomy
	Out    io.Writer
	ErrOut io.Writer
}

func newTargetsCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &targetsOptions{Out: stdout, ErrOut: stderr}
	cmd := &cobra.Command{
		Use:   "targets [DOC...]",
		Short: "List the numeric targets (主要预期目标) of documents (default: the built-in corpus)",
		Long: `List every target a report sets for its year (主要预期目标): indicator, value,
unit, direction, qualifier (左右, 以上, 力争 …) and the source line. Targets
stated without a number (居民收入增长与经济增长基本同步) are listed with
value -. Indicators are named through a taxonomy (see --list-indicators);
the ones it does not know keep the report's wording.`,
		Example: `  policydiff targets
  policydiff targets --indicator GDP增长
  policydiff targets 全国 广东 --wide
  policydiff targets --format csv -o targets.csv
  policydiff targets report.md --indicators my-indicators.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if opts.format, err = parseFormat(cmd, opts.Format, opts.Output, report.Table, report.CSV, report.JSON, report.Markdown, report.HTML); err != nil {
				return err
			}
			if err := opts.validate(); err != nil {
				return err
			}
			if opts.tax, err = loadIndicators(opts.IndicatorsFile); err != nil {
				return err
			}
			if opts.List {
				if len(args) > 0 {
					return errors.New("--list-indicators takes no documents")
				}
				var buf bytes.Buffer
				if err := report.RenderIndicators(&buf, opts.tax, opts.format); err != nil {
					return err
				}
				return output(&buf, opts.Output, opts.Out)
			}
			return runTargets(opts, args)
		},
	}
	f := cmd.Flags()
	opts.bind(f)
	f.StringVar(&opts.Indicator, "indicator", "", "show one indicator across documents (e.g. GDP增长; see --list-indicators)")
	f.BoolVar(&opts.Wide, "wide", false, "show a document × indicator matrix instead of the list")
	f.StringVar(&opts.IndicatorsFile, "indicators", "", "add to or override the built-in indicator taxonomy with `FILE` (lines: NAME UNITS DIRECTION WORDING…)")
	f.BoolVar(&opts.List, "list-indicators", false, "show the indicator taxonomy in force and exit")
	f.StringVarP(&opts.Format, "format", "f", "table", "output format: table, csv, json, markdown or html")
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	return cmd
}

// loadIndicators returns the built-in taxonomy, extended by a file if given.
func loadIndicators(path string) (*targets.Taxonomy, error) {
	if path == "" {
		return targets.Builtin(), nil
	}
	text, err := readText(path)
	if err != nil {
		return nil, err
	}
	user, err := targets.ParseTaxonomy(path, []byte(text))
	if err != nil {
		return nil, err
	}
	return targets.Builtin().Merge(user), nil
}

func runTargets(opts *targetsOptions, args []string) error {
	docs, err := opts.load(args, opts.ErrOut)
	if err != nil {
		return err
	}
	x := targets.New(opts.tax)
	results := make([]*targets.Result, len(docs))
	for i, d := range docs {
		results[i] = x.Extract(d)
		for _, w := range results[i].Warnings {
			fmt.Fprintf(opts.ErrOut, "policydiff: %s: warning: %s\n", docName(d), w)
		}
	}
	if opts.Indicator, err = resolveIndicator(opts.Indicator, opts.tax, results); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := report.RenderTargets(&buf, report.NewTargets(docs, results, x, opts.Indicator, opts.Wide), opts.format); err != nil {
		return err
	}
	return output(&buf, opts.Output, opts.Out)
}

// resolveIndicator names the indicator --indicator asks for: a taxonomy
// name, a name the documents use (地区生产总值突破2万亿元 keeps its
// wording), or a wording of the taxonomy (国内生产总值 → GDP增长).
func resolveIndicator(name string, tax *targets.Taxonomy, results []*targets.Result) (string, error) {
	if name == "" || tax.Indicator(name) != nil || indicatorStated(results, name) {
		return name, nil
	}
	if ind := tax.Lookup(name); ind != nil {
		return ind.Name, nil
	}
	return "", fmt.Errorf("unknown indicator %q (see policydiff targets --list-indicators, or the indicator column of policydiff targets)", name)
}

// indicatorStated reports whether some document has a target of the indicator.
func indicatorStated(results []*targets.Result, indicator string) bool {
	for _, r := range results {
		if len(targets.Select(r.Targets, indicator)) > 0 {
			return true
		}
	}
	return false
}
