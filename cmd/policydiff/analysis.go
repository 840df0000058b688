package main

import (
	"fmt"
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

func (o *analysisOptions) bind(fs *pflag.FlagSet) {
	fs.StringVar(&o.Taxonomy, "taxonomy", "", "topic taxonomy `FILE` (YAML) replacing the built-in one (see policydiff topics)")
	fs.StringArrayVar(&o.Dicts, "dict", nil, "extra policy-term dictionary `FILE` (one term per line), may be repeated")
}

// taxonomy loads the taxonomy in force.
func (o *analysisOptions) taxonomy() (*align.Taxonomy, error) {
	if o.Taxonomy == "" {
		return align.BuiltinTaxonomy()
	}
	data, err := readInput(o.Taxonomy)
	if err != nil {
		return nil, err
	}
	return align.ParseTaxonomy(o.Taxonomy, data)
}

// aligner builds the segmenter and the aligner.
func (o *analysisOptions) aligner() (*align.Aligner, error) {
	tax, err := o.taxonomy()
	if err != nil {
		return nil, err
	}
	var dicts []*segment.Dict
	for _, f := range o.Dicts {
		data, err := readInput(f)
		if err != nil {
			return nil, err
		}
		text, _, err := ingest.Decode(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
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

// readInput reads a file named by a flag, with the file name in errors.
func readInput(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	return data, nil
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
