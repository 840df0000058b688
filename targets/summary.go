package targets

import (
	"slices"
)

// Summary describes one indicator across documents.
type Summary struct {
	Indicator string `json:"indicator"`
	Known     bool   `json:"known"`
	// Documents state the indicator, with a number or without.
	Documents int `json:"documents"`
	// Numeric documents give it a number in Unit, the unit most of them
	// use; Min, Median and Max are over those numbers. A document counts
	// once, with its first number; a range counts from its low end (Min),
	// its high end (Max) and its middle (Median).
	Numeric int     `json:"numeric"`
	Unit    string  `json:"unit"`
	Min     float64 `json:"min"`
	Median  float64 `json:"median"`
	Max     float64 `json:"max"`
}

// Indicators returns the indicators the documents state: the taxonomy's
// in its order, then the others in the order they first appear.
func (x *Extractor) Indicators(sets [][]Target) []string {
	var known, other []string
	seen := map[string]bool{}
	for _, ts := range sets {
		for _, t := range ts {
			if seen[t.Indicator] {
				continue
			}
			seen[t.Indicator] = true
			if t.Known {
				known = append(known, t.Indicator)
			} else {
				other = append(other, t.Indicator)
			}
		}
	}
	order := x.Taxonomy.Names()
	slices.SortStableFunc(known, func(a, b string) int {
		return slices.Index(order, a) - slices.Index(order, b)
	})
	return append(known, other...)
}

// Columns returns the taxonomy's indicators that the documents state, in
// taxonomy order: the columns of a region × indicator matrix.
func (x *Extractor) Columns(sets [][]Target) []string {
	var out []string
	for _, name := range x.Indicators(sets) {
		if x.Taxonomy.Indicator(name) != nil {
			out = append(out, name)
		}
	}
	return out
}

// Summarize describes each indicator the documents state; sets holds one
// document's targets each.
func (x *Extractor) Summarize(sets [][]Target) []Summary {
	var out []Summary
	for _, name := range x.Indicators(sets) {
		out = append(out, summarize(name, sets))
	}
	return out
}

func summarize(name string, sets [][]Target) Summary {
	s := Summary{Indicator: name}
	var firsts []Target // each document's first number
	for _, ts := range sets {
		stated := false
		var first *Target
		for i, t := range ts {
			if t.Indicator != name {
				continue
			}
			stated, s.Known = true, t.Known
			if first == nil && !t.Qualitative() {
				first = &ts[i]
			}
		}
		if stated {
			s.Documents++
		}
		if first != nil {
			firsts = append(firsts, *first)
		}
	}
	s.Unit = commonUnit(firsts)
	var mids []float64
	for _, t := range firsts {
		if t.Unit != s.Unit {
			continue
		}
		if s.Numeric == 0 || t.Number.Low < s.Min {
			s.Min = t.Number.Low
		}
		if s.Numeric == 0 || t.Number.High > s.Max {
			s.Max = t.Number.High
		}
		s.Numeric++
		mids = append(mids, (t.Number.Low+t.Number.High)/2)
	}
	s.Median = median(mids)
	return s
}

// commonUnit is the unit most targets use; on a tie, the first seen.
func commonUnit(ts []Target) string {
	var units []string
	var counts []int
	for _, t := range ts {
		if i := slices.Index(units, t.Unit); i >= 0 {
			counts[i]++
			continue
		}
		units, counts = append(units, t.Unit), append(counts, 1)
	}
	best := -1
	for i, c := range counts {
		if best < 0 || c > counts[best] {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return units[best]
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	v = slices.Clone(v)
	slices.Sort(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}
