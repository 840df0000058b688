package align

import (
	"sort"

	"github.com/policydiff/policydiff/document"
)

// Passage is a paragraph, or a run of sentences of a long paragraph, that
// speaks to a topic in a plan or government part.
type Passage struct {
	Label    *ParagraphLabel
	From, To int // sentences
	Topic    int
	// Score is the topic's cue score over the passage; Share is that
	// score's share of all cue scores there (1 when the passage speaks of
	// nothing else).
	Score, Share float64
}

// Line is the passage's line in the source.
func (p Passage) Line() int { return p.Label.Paragraph.Line }

// Text is the passage's text.
func (p Passage) Text() string {
	s := ""
	for _, sent := range p.Label.Paragraph.Sentences[p.From:p.To] {
		s += sent.Text
	}
	return s
}

// rank orders passages by how much they are about their topic: score
// weighted by focus, so a short paragraph wholly on 就业 outranks a long
// one that mentions it among much else.
func (p Passage) rank() float64 { return p.Score * p.Share }

// isCommitmentPart: passages come from the parts that promise things.
func isCommitmentPart(k document.Kind) bool { return k == document.Plan || k == document.Government }

// Passages returns the document's passages on a topic, best first.
func (l *Labelled) Passages(topic int) []Passage {
	var out []Passage
	for _, pl := range l.Paragraphs {
		if !isCommitmentPart(pl.Part.Kind) {
			continue
		}
		if !pl.Long() {
			for _, t := range pl.Topics {
				if t == topic {
					out = append(out, Passage{Label: pl, To: len(pl.Paragraph.Sentences), Topic: t,
						Score: pl.Scores[t], Share: pl.Scores[t] / pl.Scores.Sum()})
				}
			}
			continue
		}
		for _, r := range pl.Runs {
			if r.Topic != topic || r.Score < minTopicScore {
				continue
			}
			total := Scores(make([]float64, len(pl.Scores)))
			for _, s := range pl.Sentences[r.From:r.To] {
				total.add(s, 1)
			}
			out = append(out, Passage{Label: pl, From: r.From, To: r.To, Topic: topic, Score: r.Score, Share: r.Score / total.Sum()})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if ri, rj := out[i].rank(), out[j].rank(); ri != rj {
			return ri > rj
		}
		return out[i].Line() < out[j].Line()
	})
	return out
}
