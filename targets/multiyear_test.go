package targets

import (
	"testing"

	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/internal/multiyear"
)

// TestMultiYear checks the README's figures for the 614 reports of
// 2000–2021 (not hand-checked): how many give a target passage, and how
// many of those exactly one GDP target. It skips when ../shared is absent.
func TestMultiYear(t *testing.T) {
	srcs := multiyear.Sources(t)
	withPassage, oneGDP := 0, 0
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
	t.Logf("%d reports: %d with targets, %d of those with exactly one GDP target", len(srcs), withPassage, oneGDP)
	if withPassage < 526 || oneGDP < 519 {
		t.Errorf("%d with targets and %d with one GDP target, were 526 and 519", withPassage, oneGDP)
	}
}
