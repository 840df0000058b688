package diff

import (
	"testing"
)

// TestPruningChangesNothing: dropping the candidates that cannot pair
// leaves every pair, and every feature of the rest, as it was.
func TestPruningChangesNothing(t *testing.T) {
	for _, dp := range propertyPairs(t) {
		p, as, bs := dp.name, dp.as, dp.bs
		all, pruned := candidates(as, bs, false, dp.regions), candidates(as, bs, true, dp.regions)
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
				if c.score = c.f.score(c.weights()); c.keepBasis() != "" {
					m[[2]int{c.a.Index, c.b.Index}] = true
				}
			}
			return m
		}
		x, y := chosen(all), chosen(pruned)
		if len(x) != len(y) {
			t.Errorf("%v: %d candidates may pair, %d after pruning", p, len(x), len(y))
		}
	}
}

// TestCandidatesMirror: the candidates of B against A are those of A
// against B with the sides swapped, every feature and score equal to the
// last bit (四川 and 江西 once differed in the last bit of a wording
// similarity, which rounded to 0.937 one way and 0.938 the other).
func TestCandidatesMirror(t *testing.T) {
	for _, dp := range propertyPairs(t) {
		p, as, bs, m := dp.name, dp.as, dp.bs, dp.mirrored()
		ab := candidates(as, bs, true, dp.regions)
		ba := map[[2]int]candidate{}
		for _, c := range candidates(bs, as, true, m.regions) {
			ba[[2]int{c.b.Index, c.a.Index}] = c
		}
		if len(ab) != len(ba) {
			t.Errorf("%v: %d candidates one way, %d the other", p, len(ab), len(ba))
		}
		for _, c := range ab {
			d, ok := ba[[2]int{c.a.Index, c.b.Index}]
			if !ok || d.f != c.f || d.base != c.base || d.first != c.first || d.known != c.known {
				t.Fatalf("%v: %q ~ %q: %v %v one way, %v %v the other", p, c.a.Text, c.b.Text, c.f, c.base, d.f, d.base)
			}
		}
		// pruning changes no choice
		key := func(cs []candidate) map[[2]int]bool {
			m := map[[2]int]bool{}
			for _, c := range cs {
				m[[2]int{c.a.Index, c.b.Index}] = true
			}
			return m
		}
		chosen, full := key(match(as, bs, dp.regions)), key(matchAmong(candidates(as, bs, false, dp.regions)))
		if len(chosen) != len(full) {
			t.Errorf("%v: %d pairs with pruning, %d without", p, len(chosen), len(full))
		}
		for k := range chosen {
			if !full[k] {
				t.Errorf("%v: pair %v only with pruning", p, k)
			}
		}
	}
}
