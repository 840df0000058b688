package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/policydiff/policydiff/ingest"
	"github.com/policydiff/policydiff/internal/atomicfile"
	"github.com/spf13/cobra"
)

type splitOptions struct {
	Dir   string
	Force bool

	Out    io.Writer
	ErrOut io.Writer
}

func newSplitCmd(stdout, stderr io.Writer) *cobra.Command {
	opts := &splitOptions{Out: stdout, ErrOut: stderr}
	cmd := &cobra.Command{
		Use:   "split [CORPUS] -o DIR",
		Short: "Write one UTF-8 file per report of a multi-report file (default: the built-in corpus)",
		Example: `  policydiff split -o reports/
  policydiff split reports-2022.txt -o reports/ --force`,
		Args: maxArgs(1, "at most one corpus file"),
		RunE: func(_ *cobra.Command, args []string) error {
			if opts.Dir == "" {
				return errors.New("missing -o DIR (the directory to write the reports to)")
			}
			return runSplit(opts, args)
		},
	}
	cmd.Flags().StringVarP(&opts.Dir, "output", "o", "", "write the reports into `DIR` (created if missing)")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite existing files")
	return cmd
}

func runSplit(opts *splitOptions, args []string) error {
	l := &ingest.Loader{Builtin: builtin}
	srcs, err := l.Load(args)
	if err != nil {
		return err
	}
	names := splitNames(srcs)
	if info, err := os.Stat(opts.Dir); err == nil && !info.IsDir() {
		return fmt.Errorf("%s: not a directory", opts.Dir)
	}
	// Check every target before writing any, so a refusal leaves nothing behind.
	if !opts.Force {
		for _, n := range names {
			p := filepath.Join(opts.Dir, n)
			if _, err := os.Stat(p); err == nil {
				return fmt.Errorf("%s: file exists (use --force to overwrite)", p)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return fmt.Errorf("%s: %w", opts.Dir, errors.Unwrap(err))
	}
	for i, s := range srcs {
		p := filepath.Join(opts.Dir, names[i])
		if err := atomicfile.Write(p, sourceText(s), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(opts.Out, "%s\t%s\n", p, s.Name())
	}
	return nil
}

// splitNames names each report `<year>-<region>.txt` (2022-全国.txt), falling
// back on the source file's name, and numbers duplicates.
func splitNames(srcs []*ingest.Source) []string {
	seen := map[string]int{}
	names := make([]string, len(srcs))
	for i, s := range srcs {
		base := s.Meta.Region
		if base == "" {
			base = strings.TrimSuffix(filepath.Base(s.Path), filepath.Ext(s.Path))
			if s.Index > 0 {
				base += "-" + strconv.Itoa(s.Index)
			}
		}
		if s.Meta.Year != 0 {
			base = strconv.Itoa(s.Meta.Year) + "-" + base
		}
		seen[base]++
		if n := seen[base]; n > 1 {
			base += "-" + strconv.Itoa(n)
		}
		names[i] = base + ".txt"
	}
	return names
}

// sourceText is a report's text as read (decoded, markup removed), with
// LF line ends.
func sourceText(s *ingest.Source) []byte {
	var b strings.Builder
	for _, l := range s.Lines {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}
