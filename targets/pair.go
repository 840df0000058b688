package targets

// IndicatorPair holds one indicator's targets in two documents.
type IndicatorPair struct {
	Indicator string
	A, B      []Target
}

// SideBySide pairs the targets of two documents by indicator, in the
// order A states them, then the indicators only B states, in B's order.
func SideBySide(a, b []Target) []IndicatorPair {
	var out []IndicatorPair
	at := map[string]int{}
	row := func(indicator string) *IndicatorPair {
		i, ok := at[indicator]
		if !ok {
			i = len(out)
			at[indicator] = i
			out = append(out, IndicatorPair{Indicator: indicator})
		}
		return &out[i]
	}
	for _, t := range a {
		p := row(t.Indicator)
		p.A = append(p.A, t)
	}
	for _, t := range b {
		p := row(t.Indicator)
		p.B = append(p.B, t)
	}
	return out
}
