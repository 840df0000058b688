// Package document parses the text of a report into its outline: parts,
// sections, paragraphs, sentences and clauses, each with its line number.
package document

import "github.com/policydiff/policydiff/ingest"

// Kind classes a part by what its text does.
type Kind string

const (
	// Review: last year's (or the past period's) work and results.
	Review Kind = "review"
	// Plan: this year's requirements, targets and tasks.
	Plan Kind = "plan"
	// Government: the government's own conduct (政府自身建设).
	Government Kind = "government"
	// Other: the opening address, reflections, appendices.
	Other Kind = "other"
)

// Label is the kind's Chinese name for people.
func (k Kind) Label() string {
	switch k {
	case Review:
		return "回顾"
	case Plan:
		return "部署"
	case Government:
		return "政府建设"
	}
	return "其他"
}

// Document is one report's outline.
type Document struct {
	Path     string      `json:"path"`
	Index    int         `json:"index,omitempty"`
	Meta     ingest.Meta `json:"meta"`
	Parts    []*Part     `json:"parts"`
	Warnings []string    `json:"warnings,omitempty"`
}

// Part is a top-level division (一、…). The text before the first heading
// is a part too, with Number 0 and no heading.
type Part struct {
	// Number is 1 for 一、, 2 for 二、…; 0 for the opening text and for
	// unnumbered headings.
	Number  int    `json:"number"`
	Heading string `json:"heading"`
	Kind    Kind   `json:"kind"`
	Line    int    `json:"line"`
	EndLine int    `json:"end_line"`
	// Paragraphs holds every paragraph of the part in order, its heading
	// lines and its sections' paragraphs included.
	Paragraphs []*Paragraph `json:"-"`
	Sections   []*Section   `json:"sections,omitempty"`
}

// Section is a division of a part (（一）…). Its heading is either a line
// of its own or the first sentence of its first paragraph.
type Section struct {
	Number     int          `json:"number"`
	Heading    string       `json:"heading"`
	Line       int          `json:"line"`
	EndLine    int          `json:"end_line"`
	Paragraphs []*Paragraph `json:"-"`
}

// Paragraph is one line of text in the file.
type Paragraph struct {
	Line int    `json:"line"`
	Text string `json:"text"`
	// Heading is set for a line that is a part or section heading and
	// nothing else.
	Heading bool `json:"heading,omitempty"`
	// Lead is the paragraph's short opening sentence (`稳步提高居民收入。`)
	// when it has one.
	Lead      string      `json:"lead,omitempty"`
	Sentences []*Sentence `json:"sentences"`
}

// Sentence is a span of a paragraph ending in 。！？ or ；. Clauses split it
// further at ，and ：; joined, they give the sentence.
type Sentence struct {
	Line    int      `json:"line"`
	Text    string   `json:"text"`
	Clauses []string `json:"clauses"`
}

// Intro returns the part's paragraphs before its first section.
func (p *Part) Intro() []*Paragraph {
	if len(p.Sections) == 0 {
		return p.Paragraphs
	}
	first := p.Sections[0].Paragraphs[0]
	for i, para := range p.Paragraphs {
		if para == first {
			return p.Paragraphs[:i]
		}
	}
	return p.Paragraphs
}

// Paragraphs returns every paragraph of the document in order.
func (d *Document) Paragraphs() []*Paragraph {
	var out []*Paragraph
	for _, p := range d.Parts {
		out = append(out, p.Paragraphs...)
	}
	return out
}

// NumberedParts returns the parts that have a heading.
func (d *Document) NumberedParts() []*Part {
	var out []*Part
	for _, p := range d.Parts {
		if p.Heading != "" {
			out = append(out, p)
		}
	}
	return out
}
