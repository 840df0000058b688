// Package multiyear reads the multi-year corpus (provinces 2000–2021) for
// tests and benchmarks, which skip when it is absent.
package multiyear

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/policydiff/policydiff/ingest"
)

// File is one file of the multi-year corpus.
type File struct {
	Path string
	Data []byte
}

// multiYearDir is where the multi-year corpus sits: shared/ beside the
// repository, as on the developers' machines and in CI.
func multiYearDir() string {
	_, self, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(self), "..", "..")
	return filepath.Join(root, "..", "shared", "corpus", "provinces-2000-2021")
}

// Files reads the 614 Markdown reports of 2000–2021, or skips the
// test or benchmark with a message when ../shared is absent (a user's fresh
// clone).
func Files(tb testing.TB) []File {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(multiYearDir(), "*", "*.md"))
	if len(paths) == 0 {
		tb.Skip("../shared/corpus/provinces-2000-2021 is absent: multi-year check skipped")
	}
	files := make([]File, len(paths))
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		files[i] = File{Path: p, Data: data}
	}
	return files
}

// Sources reads and splits the multi-year reports (see
// Files).
func Sources(tb testing.TB) []*ingest.Source {
	tb.Helper()
	var out []*ingest.Source
	for _, f := range Files(tb) {
		srcs, err := ingest.Parse(f.Path, f.Data)
		if err != nil {
			tb.Fatalf("%s: %v", f.Path, err)
		}
		out = append(out, srcs...)
	}
	return out
}
