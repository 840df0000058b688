package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// ErrNoReports is returned for a directory that holds no readable reports.
var ErrNoReports = errors.New("no reports found (expected .txt, .md or .html files)")

// Corpus is a named multi-report file held in memory, like the built-in
// 2022 corpus.
type Corpus struct {
	Name string
	Data []byte

	once    sync.Once
	sources []*Source
	err     error
}

// Sources parses the corpus once and returns its reports.
func (c *Corpus) Sources() ([]*Source, error) {
	c.once.Do(func() { c.sources, c.err = Parse(c.Name, c.Data) })
	return c.sources, c.err
}

// Loader resolves command-line arguments to reports: files, directories,
// or region names looked up in the built-in corpus.
type Loader struct {
	Builtin *Corpus
	// Region and Year, when set, override the inferred metadata; they apply
	// only when the arguments name a single report.
	Region string
	Year   int
}

// Load returns the reports the arguments name, in argument order; no
// arguments means the whole built-in corpus.
func (l *Loader) Load(args []string) ([]*Source, error) {
	var out []*Source
	if len(args) == 0 {
		if l.Builtin == nil {
			return nil, errors.New("no documents given")
		}
		s, err := l.Builtin.Sources()
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	for _, a := range args {
		s, err := l.loadArg(a)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	if l.Region != "" || l.Year != 0 {
		if len(out) != 1 {
			return nil, fmt.Errorf("--region and --year apply to a single report, got %d", len(out))
		}
		c := *out[0] // the built-in corpus is shared: override a copy
		out[0] = &c
		if l.Region != "" {
			if short, lvl, ok := NormalizeRegion(l.Region); ok {
				out[0].Meta.Region, out[0].Meta.Level = short, lvl
			} else {
				out[0].Meta.Region = l.Region
			}
		}
		if l.Year != 0 {
			out[0].Meta.Year = l.Year
		}
	}
	return out, nil
}

func (l *Loader) loadArg(arg string) ([]*Source, error) {
	info, err := os.Stat(arg)
	switch {
	case err == nil && info.IsDir():
		return loadDir(arg)
	case err == nil:
		return loadFile(arg)
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s: %w", arg, unwrapPathError(err))
	}
	if l.Builtin != nil && !looksLikePath(arg) {
		return l.region(arg)
	}
	return nil, fmt.Errorf("%s: no such file or directory", arg)
}

// region finds a region's reports in the built-in corpus.
func (l *Loader) region(name string) ([]*Source, error) {
	short, _, ok := NormalizeRegion(name)
	if ok {
		all, err := l.Builtin.Sources()
		if err != nil {
			return nil, err
		}
		var out []*Source
		for _, s := range all {
			if s.Meta.Region == short {
				out = append(out, s)
			}
		}
		if len(out) > 0 {
			return out, nil
		}
	}
	return nil, fmt.Errorf("unknown region %q: not a file, nor a region of the built-in corpus (%s)", name, strings.Join(RegionNames(), " "))
}

func looksLikePath(arg string) bool {
	return strings.ContainsAny(arg, `/\`) || filepath.Ext(arg) != ""
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func loadFile(path string) ([]*Source, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	s, err := Parse(path, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// reportExts are the file names a directory walk reads.
var reportExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// loadDir reads every report file under dir in lexical order, skipping
// hidden files and folders.
func loadDir(dir string) ([]*Source, error) {
	var out []*Source
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", path, unwrapPathError(err))
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !reportExts[strings.ToLower(filepath.Ext(path))] {
			return nil
		}
		s, err := loadFile(path)
		if err != nil {
			return err
		}
		out = append(out, s...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: %w", dir, ErrNoReports)
	}
	return out, nil
}
