package diff

import (
	"testing"

	"github.com/policydiff/policydiff/document"
)

// TestPruningChangesNothing: dropping the candidates that cannot pair
// leaves every pair, and every feature of the rest, as it was.
func TestPruningChangesNothing(t *testing.T) {
	al, docs := setup(t)
	for _, p := range [][2]string{{"全国", "广东"}, {"江苏", "湖北"}} {
		ls := al.Label([]*document.Document{docs[p[0]], docs[p[1]]})
		as, bs := Extract(al, ls[0]), Extract(al, ls[1])
		all, pruned := candidates(as, bs, false), candidates(as, bs, true)
		if len(pruned) >= len(all)/2 {
			t.Errorf("%v: pruning kept %d of %d candidates", p, len(pruned), len(all))
		}
		full := map[[2]int]candidate{}
		for _, c := range all {
			full[[2]int{c.a.Index, c.b.Index}] = c
		}
		for _, c := range pruned {
			if full[[2]int{c.a.Index, c.b.Index}].f != c.f {
				t.Fatalf("%v: %q ~ %q: features %v pruned, %v in full", p, c.a.Text, c.b.Text, c.f, full[[2]int{c.a.Index, c.b.Index}].f)
			}
		}
		chosen := func(cs []candidate) map[[2]int]bool {
			m := map[[2]int]bool{}
			for _, c := range cs {
				if c.f.score(&scoreWeights) >= minScore {
					m[[2]int{c.a.Index, c.b.Index}] = true
				}
			}
			return m
		}
		x, y := chosen(all), chosen(pruned)
		if len(x) != len(y) {
			t.Errorf("%v: %d candidates reach minScore, %d after pruning", p, len(x), len(y))
		}
	}
}
