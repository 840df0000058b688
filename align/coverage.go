package align

// Coverage is the region × topic view of N documents: for each document
// and topic, how many passages of its plan speak to the topic.
type Coverage struct {
	Docs  []*Labelled
	Cells [][]Cell // [document][topic]
}

// Cell is one document's coverage of one topic.
type Cell struct {
	Passages int `json:"passages"`
}

// Cover computes the coverage of every topic by every document.
func (a *Aligner) Cover(docs []*Labelled) *Coverage {
	c := &Coverage{Docs: docs, Cells: make([][]Cell, len(docs))}
	for i, l := range docs {
		c.Cells[i] = make([]Cell, len(a.tax.Topics))
		for t := range a.tax.Topics {
			c.Cells[i][t] = Cell{Passages: len(l.Passages(t))}
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
