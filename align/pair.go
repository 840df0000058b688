package align

import (
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/policydiff/policydiff/document"
)

// Tuning constants for pairing sections.
const (
	// sectionTopicWeight: a section pair's similarity blends the cosine of
	// their topic scores (what they are about) with the cosine of their
	// words (how they say it), half and half: topics alone pair 就业 with
	// 就业 however differently it is pursued; words alone are swayed by
	// shared boilerplate.
	sectionTopicWeight = 0.5
	// minSectionSimilarity: pairs below this are not shown as
	// corresponding sections; 0.25 keeps pairs that share a topic and some
	// wording and drops those that share only boilerplate.
	minSectionSimilarity = 0.25
)

// Unit is a section of a plan or government part, or such a part without
// sections: what is paired across documents.
type Unit struct {
	Part    *document.Part
	Section *document.Section // nil for a whole part
	Heading string
	Line    int
	EndLine int
	Scores  Scores
	terms   []termCount // word counts, sorted by word id
	labels  []*ParagraphLabel
}

type termCount struct {
	id    int32
	count float64
}

// Units returns the document's units, in order. Their words are cut on
// first use.
func (a *Aligner) Units(l *Labelled) []*Unit {
	l.unitsOnce.Do(func() { l.units = a.buildUnits(l) })
	return l.units
}

func (a *Aligner) buildUnits(l *Labelled) []*Unit {
	var units []*Unit
	byPara := map[*document.Paragraph]*ParagraphLabel{}
	for _, pl := range l.Paragraphs {
		byPara[pl.Paragraph] = pl
	}
	add := func(u *Unit, paras []*document.Paragraph) {
		u.Scores = make(Scores, len(a.tax.Topics))
		for _, p := range paras {
			if pl := byPara[p]; pl != nil {
				u.Scores.add(pl.Scores, 1)
				u.labels = append(u.labels, pl)
			}
		}
		if len(u.labels) > 0 {
			units = append(units, u)
		}
	}
	for _, part := range l.Doc.Parts {
		if !isCommitmentPart(part.Kind) {
			continue
		}
		if len(part.Sections) == 0 {
			add(&Unit{Part: part, Heading: part.Heading, Line: part.Line, EndLine: part.EndLine}, part.Paragraphs)
			continue
		}
		for _, s := range part.Sections {
			add(&Unit{Part: part, Section: s, Heading: s.Heading, Line: s.Line, EndLine: s.EndLine}, s.Paragraphs)
		}
	}
	var texts []string
	for _, u := range units {
		var b strings.Builder
		for _, pl := range u.labels {
			b.WriteString(pl.Paragraph.Text)
		}
		texts = append(texts, b.String())
	}
	df := map[int32]int32{}
	for i, toks := range a.seg.CutAll(texts) {
		counts := map[int32]float64{}
		for _, w := range a.seg.Words(toks) {
			counts[a.words.id(w)]++
		}
		u := units[i]
		for id, c := range counts {
			u.terms = append(u.terms, termCount{id, c})
			df[id]++
		}
		sort.Slice(u.terms, func(x, y int) bool { return u.terms[x].id < u.terms[y].id })
	}
	l.df = make([]termCount, 0, len(df))
	for id, n := range df {
		l.df = append(l.df, termCount{id, float64(n)})
	}
	sort.Slice(l.df, func(x, y int) bool { return l.df[x].id < l.df[y].id })
	return units
}

// interner gives each word an integer id, so that pairing works on
// arrays rather than maps of strings.
type interner struct {
	mu  sync.Mutex
	ids map[string]int32
}

func (in *interner) id(w string) int32 {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.ids == nil {
		in.ids = map[string]int32{}
	}
	id, ok := in.ids[w]
	if !ok {
		id = int32(len(in.ids))
		in.ids[w] = id
	}
	return id
}

func (in *interner) len() int {
	in.mu.Lock()
	defer in.mu.Unlock()
	return len(in.ids)
}

// SectionPair is a unit of one document matched with a unit of the other.
type SectionPair struct {
	A, B *Unit
	// Similarity blends TopicSimilarity and WordSimilarity (see
	// sectionTopicWeight).
	Similarity, TopicSimilarity, WordSimilarity float64
}

// TopicPair holds the passages of both documents on one topic.
type TopicPair struct {
	Topic int
	A, B  []Passage
}

// Pairing is the alignment of two documents.
type Pairing struct {
	A, B     *Labelled
	Topics   []TopicPair   // topics with passages on either side, taxonomy order
	Sections []SectionPair // one-to-one, most similar first
	// OnlyA and OnlyB are the units left without a counterpart.
	OnlyA, OnlyB []*Unit
}

// Pair aligns two labelled documents. Pair(b, a) is the mirror image of
// Pair(a, b).
func (a *Aligner) Pair(x, y *Labelled) *Pairing {
	p := &Pairing{A: x, B: y}
	for t := range a.tax.Topics {
		pa, pb := x.Passages(t), y.Passages(t)
		if len(pa) > 0 || len(pb) > 0 {
			p.Topics = append(p.Topics, TopicPair{Topic: t, A: pa, B: pb})
		}
	}
	ua, ub := a.Units(x), a.Units(y)
	idf := a.inverseFrequencies(x, y, len(ua)+len(ub))
	na, nb := norms(ua, idf), norms(ub, idf)
	var cands []SectionPair
	for i, u := range ua {
		for j, v := range ub {
			ts := cosine(u.Scores, v.Scores)
			ws := weightedCosine(u.terms, v.terms, idf, na[i], nb[j])
			sim := sectionTopicWeight*ts + (1-sectionTopicWeight)*ws
			if sim >= minSectionSimilarity {
				cands = append(cands, SectionPair{A: u, B: v, Similarity: sim, TopicSimilarity: ts, WordSimilarity: ws})
			}
		}
	}
	// Best pairs first; ties broken by keys that do not depend on which
	// document is A, so that Pair(b, a) mirrors Pair(a, b).
	sort.SliceStable(cands, func(i, j int) bool {
		ci, cj := cands[i], cands[j]
		if ci.Similarity != cj.Similarity {
			return ci.Similarity > cj.Similarity
		}
		si, sj := ci.A.Line+ci.B.Line, cj.A.Line+cj.B.Line
		if si != sj {
			return si < sj
		}
		return min(ci.A.Line, ci.B.Line) < min(cj.A.Line, cj.B.Line)
	})
	usedA, usedB := map[*Unit]bool{}, map[*Unit]bool{}
	for _, c := range cands {
		if usedA[c.A] || usedB[c.B] {
			continue
		}
		usedA[c.A], usedB[c.B] = true, true
		p.Sections = append(p.Sections, c)
	}
	for _, u := range ua {
		if !usedA[u] {
			p.OnlyA = append(p.OnlyA, u)
		}
	}
	for _, u := range ub {
		if !usedB[u] {
			p.OnlyB = append(p.OnlyB, u)
		}
	}
	return p
}

// inverseFrequencies weighs each word by how few units of the two
// documents use it, log((N+1)/(df+1)) + 1, in an array indexed by word id
// (0 for words of neither document).
func (a *Aligner) inverseFrequencies(x, y *Labelled, n int) []float64 {
	idf := make([]float64, a.words.len())
	for _, l := range []*Labelled{x, y} {
		for _, d := range l.df {
			idf[d.id] += d.count
		}
	}
	for id, d := range idf {
		if d > 0 {
			idf[id] = math.Log(float64(n+1)/(d+1)) + 1
		}
	}
	return idf
}

// norms returns each unit's vector length under the weights.
func norms(units []*Unit, idf []float64) []float64 {
	out := make([]float64, len(units))
	for i, u := range units {
		var s float64
		for _, t := range u.terms {
			w := t.count * idf[t.id]
			s += w * w
		}
		out[i] = math.Sqrt(s)
	}
	return out
}

// weightedCosine is the cosine of two count vectors weighted by idf,
// summed in word-id order so the result does not depend on which is a.
func weightedCosine(a, b []termCount, idf []float64, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	var dot float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			w := idf[a[i].id]
			dot += (a[i].count * w) * (b[j].count * w) // one product of two factors: the same whichever side is a
			i, j = i+1, j+1
		}
	}
	return dot / (na * nb)
}

func cosine(a, b Scores) float64 {
	var dot, na, nb float64
	for i := range a {
		dot += a[i] * b[i]
		na += a[i] * a[i]
		nb += b[i] * b[i]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// unitCache is embedded in Labelled.
type unitCache struct {
	unitsOnce sync.Once
	units     []*Unit
	df        []termCount // in how many units each word occurs, by id
}
