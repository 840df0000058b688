package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/policydiff/policydiff/align"
	"github.com/policydiff/policydiff/report"
	"github.com/spf13/cobra"
)

type outlineOptions struct {
	docOptions
	analysisOptions
	Format string
	Depth  int
	Output string

	format report.Format
	Out    io.Writer
	ErrOut io.Writer
}

func newOutlineCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &outlineOptions{Out: stdout, ErrOut: stderr}
	cmd := &cobra.Command{
		Use:   "outline DOC...",
		Short: "Show the parsed structure of documents: parts and their kinds, sections, topics, line numbers",
		Example: `  policydiff outline 全国
  policydiff outline 广东 --depth 3
  policydiff outline report.md --format json -o outline.json`,
		Args: minArgs(1, "at least one document"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if opts.format, err = parseFormat(cmd, opts.Format, opts.Output, report.Table, report.Markdown, report.JSON); err != nil {
				return err
			}
			if opts.Depth < report.DepthParts || opts.Depth > report.DepthSentences {
				return fmt.Errorf("invalid --depth %d (expected 1 to 4: parts, sections, paragraphs, sentences)", opts.Depth)
			}
			if err := opts.validate(); err != nil {
				return err
			}
			return runOutline(opts, args)
		},
	}
	f := cmd.Flags()
	opts.docOptions.bind(f)
	opts.analysisOptions.bindTaxonomy(f)
	f.StringVarP(&opts.Format, "format", "f", "table", "output format: table, markdown or json")
	f.IntVar(&opts.Depth, "depth", report.DepthSections, "how deep to show: 1 parts, 2 sections, 3 paragraphs, 4 sentences")
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	return cmd
}

func runOutline(opts *outlineOptions, args []string) error {
	docs, err := opts.load(args, opts.ErrOut)
	if err != nil {
		return err
	}
	tax, err := opts.taxonomy()
	if err != nil {
		return err
	}
	var labels []*align.Labelled
	if opts.Depth >= report.DepthParagraphs {
		labels = align.New(tax, nil).Label(docs) // cue matching only, no segmentation
	} else {
		tax = nil // read all the same, so that a bad --taxonomy fails at every depth; shown only with paragraphs
	}
	var buf bytes.Buffer
	if err := report.RenderOutline(&buf, report.NewOutline(docs, opts.Depth, labels, tax), opts.format); err != nil {
		return err
	}
	return output(&buf, opts.Output, opts.Out)
}
