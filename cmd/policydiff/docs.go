package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/policydiff/policydiff"
	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/ingest"
	"github.com/policydiff/policydiff/internal/atomicfile"
	"github.com/policydiff/policydiff/report"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// builtin is the embedded 2022 corpus, parsed on first use.
var builtin = &ingest.Corpus{Name: policydiff.Corpus2022Name, Data: policydiff.Corpus2022}

// docOptions are the flags of every command that reads documents.
type docOptions struct {
	Region string
	Year   int
}

func (o *docOptions) bind(fs *pflag.FlagSet) {
	fs.StringVar(&o.Region, "region", "", "region of a single document, overriding what is inferred (e.g. 深圳)")
	fs.IntVar(&o.Year, "year", 0, "plan year of a single document, overriding what is inferred")
}

func (o *docOptions) validate() error {
	if o.Year != 0 && (o.Year < 1949 || o.Year > 2100) {
		return fmt.Errorf("invalid --year %d (expected a year such as 2022)", o.Year)
	}
	return nil
}

// load resolves args to parsed documents and prints their warnings.
func (o *docOptions) load(args []string, stderr io.Writer) ([]*document.Document, error) {
	l := &ingest.Loader{Builtin: builtin, Region: o.Region, Year: o.Year}
	srcs, err := l.Load(args)
	if err != nil {
		return nil, err
	}
	docs := make([]*document.Document, len(srcs))
	for i, s := range srcs {
		docs[i] = document.Parse(s)
		for _, w := range docs[i].Warnings {
			fmt.Fprintf(stderr, "policydiff: %s: warning: %s\n", docName(docs[i]), w)
		}
	}
	return docs, nil
}

// output writes a rendered result to stdout or, with -o, atomically to a
// file.
func output(buf *bytes.Buffer, path string, stdout io.Writer) error {
	if path == "" || path == "-" {
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	return atomicfile.Write(path, buf.Bytes(), 0o644)
}

// docName is how messages refer to a document: its file, and its number in
// a multi-report file (gov-work-reports-2022.txt#20).
func docName(d *document.Document) string {
	if d.Index > 0 {
		return fmt.Sprintf("%s#%d", d.Path, d.Index)
	}
	return d.Path
}

// parseFormat checks --format against the formats a command offers. When
// --format was not given and -o names a file whose extension means one of
// them (review.html, targets.csv), that format is used.
func parseFormat(cmd *cobra.Command, value, output string, allowed ...report.Format) (report.Format, error) {
	if !cmd.Flags().Changed("format") && output != "" {
		byExt := map[string]report.Format{".html": report.HTML, ".htm": report.HTML, ".json": report.JSON,
			".md": report.Markdown, ".markdown": report.Markdown, ".csv": report.CSV}
		if f, ok := byExt[strings.ToLower(filepath.Ext(output))]; ok && slices.Contains(allowed, f) {
			return f, nil
		}
	}
	return report.ParseFormat(value, allowed...)
}
