package document

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/ingest"
)

// maxLeadRunes bounds a paragraph's lead sentence (`稳步提高居民收入。`):
// leads in the 2022 corpus run 6–20 runes; ordinary first sentences are
// far longer.
const maxLeadRunes = 25

// maxHeadingTailRunes bounds the second line of a heading split over two
// lines (山东's `二、2022年经济社会发展` / `总体要求和主要目标`).
const maxHeadingTailRunes = 20

// raw is a paragraph before structure is known.
type raw struct {
	ingest.Line
	text string
}

// Parse builds the outline of one report. It never fails: a text with no
// recognisable headings becomes one part of kind Other, with a warning.
func Parse(src *ingest.Source) *Document {
	d := &Document{Path: src.Path, Index: src.Index, Meta: src.Meta}
	paras := paragraphs(src.BodyLines())
	p := &parser{doc: d, paras: paras, year: src.Meta.Year}
	p.decideMode()
	p.build()
	classifyAll(d.Parts, src.Meta.Year)
	return d
}

// paragraphs turns non-blank lines into paragraphs. A line whose bold
// opening is a numbered part heading followed by text (`**一、2011年工作
// 回顾** 过去一年…`) becomes a heading and a paragraph on the same line.
func paragraphs(lines []ingest.Line) []raw {
	var out []raw
	for _, l := range lines {
		t := ingest.Trim(l.Text)
		if t == "" {
			continue
		}
		if l.Lead != "" && partNumber(l.Lead) > 0 && isStandaloneHeading(l.Lead, maxPartHeadingRunes) {
			rest := ingest.Trim(strings.TrimPrefix(t, l.Lead))
			out = append(out, raw{Line: ingest.Line{No: l.No, Mark: ingest.MarkHeading}, text: l.Lead})
			if rest != "" {
				out = append(out, raw{Line: ingest.Line{No: l.No}, text: rest})
			}
			continue
		}
		out = append(out, raw{Line: l, text: t})
	}
	return out
}

type mode int

const (
	numbered   mode = iota // parts are 一、二、三、
	unnumbered             // parts are marked headings without numerals; 一、 are sections
	plain                  // no marks, no numerals: keyword headings
	flat                   // nothing recognisable: one part
)

type parser struct {
	doc   *Document
	paras []raw
	year  int
	mode  mode
}

// isPartCandidate: a numbered line that could head a part.
func isPartCandidate(r raw) bool {
	return partNumber(r.text) > 0 && (r.Mark == ingest.MarkHeading || isStandaloneHeading(r.text, maxPartHeadingRunes))
}

func isUnnumberedCandidate(r raw) bool {
	return r.Mark == ingest.MarkHeading && partNumber(r.text) == 0 && sectionNumber(r.text) == 0 && unnumberedHeading(r.text)
}

func (p *parser) decideMode() {
	firstNumbered, firstUnnumbered, anyPlain := -1, -1, false
	for i, r := range p.paras {
		if firstNumbered < 0 && isPartCandidate(r) && partNumber(r.text) == 1 {
			firstNumbered = i
		}
		if firstUnnumbered < 0 && isUnnumberedCandidate(r) && !appendixRe.MatchString(r.text) {
			firstUnnumbered = i
		}
		if isStandaloneHeading(r.text, maxUnnumberedHeadingRunes) && plainHeadingRe.MatchString(r.text) {
			anyPlain = true
		}
	}
	switch {
	case firstUnnumbered >= 0 && (firstNumbered < 0 || firstUnnumbered < firstNumbered):
		p.mode = unnumbered
	case firstNumbered >= 0:
		p.mode = numbered
	case anyPlain:
		p.mode = plain
		p.doc.Warnings = append(p.doc.Warnings, "no numbered part headings: parts taken from unnumbered heading lines")
	default:
		p.mode = flat
		p.doc.Warnings = append(p.doc.Warnings, "no part headings found: outlined as one part")
	}
}

// partHeading decides whether paragraph i opens a part, given the number of
// the previous part.
func (p *parser) partHeading(r raw, last int) (number int, ok bool) {
	switch p.mode {
	case numbered:
		if n := partNumber(r.text); n == last+1 && isPartCandidate(r) {
			return n, true
		}
		if isUnnumberedCandidate(r) && appendixRe.MatchString(r.text) {
			return 0, true
		}
	case unnumbered:
		return 0, isUnnumberedCandidate(r)
	case plain:
		return 0, isStandaloneHeading(r.text, maxUnnumberedHeadingRunes) && plainHeadingRe.MatchString(r.text)
	}
	return 0, false
}

func (p *parser) build() {
	part := &Part{Kind: Other}
	if len(p.paras) > 0 {
		part.Line = p.paras[0].No
	}
	var sec *Section
	lastPart, lastSec, lastSub := 0, 0, 0
	for i := 0; i < len(p.paras); i++ {
		r := p.paras[i]
		if n, ok := p.partHeading(r, lastPart); ok {
			p.close(part)
			heading := r.text
			para := &Paragraph{Line: r.No, Text: r.text, Heading: true, Sentences: sentences(r.text, r.No)}
			part = &Part{Number: n, Heading: heading, Line: r.No, Paragraphs: []*Paragraph{para}}
			if i+1 < len(p.paras) && p.isHeadingTail(r, p.paras[i+1]) {
				i++
				t := p.paras[i]
				part.Heading += t.text
				part.Paragraphs = append(part.Paragraphs, &Paragraph{Line: t.No, Text: t.text, Heading: true, Sentences: sentences(t.text, t.No)})
			}
			if n > 0 {
				lastPart = n
			}
			sec, lastSec, lastSub = nil, 0, 0
			continue
		}
		para := newParagraph(r)
		if h, n, ok := p.sectionHeading(r, para, &lastSec, &lastSub); ok {
			sec = &Section{Number: n, Heading: h, Line: r.No}
			part.Sections = append(part.Sections, sec)
		}
		part.Paragraphs = append(part.Paragraphs, para)
		if sec != nil {
			sec.Paragraphs = append(sec.Paragraphs, para)
		}
	}
	p.close(part)
	if len(p.doc.Parts) == 0 {
		p.doc.Parts = append(p.doc.Parts, part)
	}
}

// isHeadingTail: the line after a part heading continues it when both are
// short and neither ends like a sentence.
func (p *parser) isHeadingTail(head, next raw) bool {
	return partNumber(next.text) == 0 && sectionNumber(next.text) == 0 &&
		isStandaloneHeading(head.text, maxPartHeadingRunes) &&
		isStandaloneHeading(next.text, maxHeadingTailRunes) &&
		!strings.ContainsAny(next.text, "，。；：") &&
		!strings.HasPrefix(next.text, "各位代表")
}

// close appends part to the document unless it is an empty opening.
func (p *parser) close(part *Part) {
	if len(part.Paragraphs) == 0 {
		return
	}
	part.EndLine = part.Paragraphs[len(part.Paragraphs)-1].Line
	for _, s := range part.Sections {
		s.EndLine = s.Paragraphs[len(s.Paragraphs)-1].Line
	}
	p.doc.Parts = append(p.doc.Parts, part)
}

// sectionHeading decides whether a paragraph opens a section: `（一）…`
// numbered in sequence (or restarting at 一), in unnumbered mode also
// `一、…`, and any marked heading line.
func (p *parser) sectionHeading(r raw, para *Paragraph, lastSec, lastSub *int) (string, int, bool) {
	if n := sectionNumber(r.text); n > 0 && (n == *lastSec+1 || n == 1) {
		*lastSec = n
		return p.headingOf(r, para), n, true
	}
	if p.mode == unnumbered {
		if n := partNumber(r.text); n > 0 && (n == *lastSub+1 || n == 1) {
			*lastSub = n
			return p.headingOf(r, para), n, true
		}
	}
	if r.Mark == ingest.MarkHeading && isStandaloneHeading(r.text, maxPartHeadingRunes) {
		para.Heading = true
		return r.text, 0, true
	}
	return "", 0, false
}

// headingOf returns a section heading: the bold lead, the whole line when
// it is short, or the paragraph's first sentence (cut to its first clause
// when long), without its closing punctuation.
func (p *parser) headingOf(r raw, para *Paragraph) string {
	if r.Lead != "" {
		return strings.TrimRight(r.Lead, "。；;.")
	}
	if len(para.Sentences) == 1 && isStandaloneHeading(r.text, maxSectionHeadingRunes) {
		para.Heading = true
		return r.text
	}
	first := para.Sentences[0].Text
	if utf8.RuneCountInString(first) > maxSectionHeadingRunes {
		first = para.Sentences[0].Clauses[0]
	}
	return strings.TrimRight(ingest.Trim(first), "。；;.！？，")
}

func newParagraph(r raw) *Paragraph {
	para := &Paragraph{Line: r.No, Text: r.text, Sentences: sentences(r.text, r.No)}
	switch {
	case r.Lead != "":
		para.Lead = r.Lead
	case len(para.Sentences) > 1:
		first := ingest.Trim(para.Sentences[0].Text)
		if utf8.RuneCountInString(first) <= maxLeadRunes && strings.HasSuffix(first, "。") {
			para.Lead = first
		}
	}
	return para
}

// String renders a heading reference for messages: `一、2021年工作回顾 (line 11)`.
func (p *Part) String() string { return fmt.Sprintf("%s (line %d)", p.Heading, p.Line) }
