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
	for _, t := range a {
		i, ok := at[t.Indicator]
		if !ok {
			i = len(out)
			at[t.Indicator] = i
			out = append(out, IndicatorPair{Indicator: t.Indicator})
		}
		out[i].A = append(out[i].A, t)
	}
	for _, t := range b {
		i, ok := at[t.Indicator]
		if !ok {
			i = len(out)
			at[t.Indicator] = i
			out = append(out, IndicatorPair{Indicator: t.Indicator})
		}
		out[i].B = append(out[i].B, t)
	}
	return out
}
