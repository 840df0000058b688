package targets

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/ingest"
)

// TestMultiYear checks the README's figures for the 614 reports of
// 2000–2021 (not hand-checked): how many give a target passage, and how
// many of those exactly one GDP target. It skips when ../shared is absent.
func TestMultiYear(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/provinces-2000-2021/*/*.md")
	if len(files) == 0 {
		t.Skip("../shared/corpus/provinces-2000-2021 is absent: multi-year targets check skipped")
	}
	withPassage, oneGDP := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs, err := ingest.Parse(f, data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, s := range srcs {
			r := Extract(document.Parse(s))
			if len(r.Targets) == 0 {
				continue
			}
			withPassage++
			if len(Select(r.Targets, "GDP增长")) == 1 {
				oneGDP++
			}
		}
	}
	t.Logf("%d reports: %d with targets, %d of those with exactly one GDP target", len(files), withPassage, oneGDP)
	if withPassage < 525 || oneGDP < 518 {
		t.Errorf("%d with targets and %d with one GDP target, were 525 and 518", withPassage, oneGDP)
	}
}
