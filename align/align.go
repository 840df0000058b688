package align

import (
	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/segment"
)

// Aligner labels documents with topics and pairs their passages and
// sections. It holds no document state and is safe for concurrent use.
type Aligner struct {
	tax  *Taxonomy
	cues *cueIndex
	seg  *segment.Segmenter
	// words interns the words of every document the aligner has cut.
	words *interner
}

// New returns an aligner for a taxonomy; seg cuts text for similarity.
func New(tax *Taxonomy, seg *segment.Segmenter) *Aligner {
	return &Aligner{tax: tax, cues: newCueIndex(tax), seg: seg, words: &interner{}}
}

// Taxonomy returns the taxonomy in force.
func (a *Aligner) Taxonomy() *Taxonomy { return a.tax }

// Label scores every paragraph and sentence of the documents.
func (a *Aligner) Label(docs []*document.Document) []*Labelled {
	out := make([]*Labelled, len(docs))
	for i, d := range docs {
		out[i] = a.label(d)
	}
	return out
}

// Score returns a text's cue score for each topic.
func (a *Aligner) Score(text string) Scores { return a.cues.score(text) }

// Segmenter returns the segmenter the aligner cuts text with.
func (a *Aligner) Segmenter() *segment.Segmenter { return a.seg }
