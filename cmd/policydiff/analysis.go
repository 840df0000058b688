package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/policydiff/policydiff/align"
	"github.com/policydiff/policydiff/ingest"
	"github.com/policydiff/policydiff/segment"
	"github.com/spf13/pflag"
)

// analysisOptions are the flags of commands that label topics or compare
// wording: the taxonomy in force and the user's term dictionaries.
type analysisOptions struct {
	Taxonomy string
	Dicts    []string
}

func (o *analysisOptions) bindTaxonomy(fs *pflag.FlagSet) {
	fs.StringVar(&o.Taxonomy, "taxonomy", "", "topic taxonomy `FILE` (YAML) replacing the built-in one (see policydiff topics)")
}

func (o *analysisOptions) bindDict(fs *pflag.FlagSet) {
	fs.StringArrayVar(&o.Dicts, "dict", nil, "extra policy-term dictionary `FILE` (one term per line), may be repeated")
}

// taxonomy loads the taxonomy in force.
func (o *analysisOptions) taxonomy() (*align.Taxonomy, error) {
	if o.Taxonomy == "" {
		return align.BuiltinTaxonomy()
	}
	text, err := readText(o.Taxonomy)
	if err != nil {
		return nil, err
	}
	return align.ParseTaxonomy(o.Taxonomy, []byte(text))
}

// aligner builds the segmenter and the aligner.
func (o *analysisOptions) aligner() (*align.Aligner, error) {
	tax, err := o.taxonomy()
	if err != nil {
		return nil, err
	}
	var dicts []*segment.Dict
	for _, f := range o.Dicts {
		text, err := readText(f)
		if err != nil {
			return nil, err
		}
		d, err := segment.ParseDict(f, text)
		if err != nil {
			return nil, err
		}
		dicts = append(dicts, d)
	}
	seg, err := segment.New(dicts...)
	if err != nil {
		return nil, err
	}
	return align.New(tax, seg), nil
}

// readText reads a text file named by a flag (UTF-8 with or without BOM,
// or GB18030), with the file name in errors.
func readText(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return "", fmt.Errorf("%s: %w", path, err)
	}
	text, _, err := ingest.Decode(data)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return text, nil
}
