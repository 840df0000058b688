package align

// Coverage is the region × topic view of N documents: for each document
// and topic, how many passages of its plan speak to the topic and with
// what weight.
type Coverage struct {
	Docs  []*Labelled
	Cells [][]Cell // [document][topic]
}

// Cell is one document's coverage of one topic.
type Cell struct {
	Passages int     `json:"passages"`
	Score    float64 `json:"score"`
	// Line is where the document's best passage on the topic is; 0 when
	// it has none.
	Line int `json:"line,omitempty"`
}

// Cover computes the coverage of every topic by every document.
func (a *Aligner) Cover(docs []*Labelled) *Coverage {
	c := &Coverage{Docs: docs, Cells: make([][]Cell, len(docs))}
	for i, l := range docs {
		c.Cells[i] = make([]Cell, len(a.tax.Topics))
		for t := range a.tax.Topics {
			ps := l.Passages(t)
			cell := Cell{Passages: len(ps)}
			for _, p := range ps {
				cell.Score += p.Score
			}
			if len(ps) > 0 {
				cell.Line = ps[0].Line()
			}
			c.Cells[i][t] = cell
		}
	}
	return c
}

// Covered counts the documents with at least one passage on topic t.
func (c *Coverage) Covered(t int) int {
	n := 0
	for _, row := range c.Cells {
		if row[t].Passages > 0 {
			n++
		}
	}
	return n
}
