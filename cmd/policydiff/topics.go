package main

import (
	"bytes"
	"io"

	"github.com/policydiff/policydiff/report"
	"github.com/spf13/cobra"
)

type topicsOptions struct {
	docOptions
	analysisOptions
	Format string
	Output string

	format report.Format
	Out    io.Writer
	ErrOut io.Writer
}

func newTopicsCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &topicsOptions{Out: stdout, ErrOut: stderr}
	cmd := &cobra.Command{
		Use:   "topics [DOCS...]",
		Short: "List the topic taxonomy in force, with how many documents and passages cover each topic",
		Long: `List the topic taxonomy in force (built-in, or --taxonomy FILE), each topic with its
cue terms and, over the given documents (default: the built-in 2022 corpus), how many
documents plan for it and in how many passages.`,
		Example: `  policydiff topics
  policydiff topics 全国 广东 --format markdown
  policydiff topics --taxonomy my-topics.yaml reports/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if opts.format, err = parseFormat(cmd, opts.Format, opts.Output, report.Table, report.Markdown, report.JSON, report.CSV); err != nil {
				return err
			}
			if err := opts.validate(); err != nil {
				return err
			}
			return runTopics(opts, args)
		},
	}
	f := cmd.Flags()
	opts.docOptions.bind(f)
	opts.analysisOptions.bindTaxonomy(f)
	f.StringVarP(&opts.Format, "format", "f", "table", "output format: table, markdown, json or csv")
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	return cmd
}

func runTopics(opts *topicsOptions, args []string) error {
	a, err := opts.aligner()
	if err != nil {
		return err
	}
	docs, err := opts.load(args, opts.ErrOut)
	if err != nil {
		return err
	}
	cov := a.Cover(a.Label(docs))
	var buf bytes.Buffer
	if err := report.RenderTopics(&buf, report.NewTopics(a.Taxonomy(), cov), opts.format); err != nil {
		return err
	}
	return output(&buf, opts.Output, opts.Out)
}
