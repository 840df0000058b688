package diff

import (
	"slices"

	"github.com/policydiff/policydiff/align"
	"github.com/policydiff/policydiff/ingest"
	"github.com/policydiff/policydiff/targets"
)

// Unclassified is the topic id of commitments no topic claims.
const Unclassified = "unclassified"

// The bases of a shared pair (see Pair.Basis).
const (
	BasisModel   = "model"
	BasisWording = "wording"
	BasisTarget  = "target"
)

// Result is the comparison of two documents: for each topic, the shared
// commitment pairs and those unique to each side. Every commitment of
// either document is in exactly one place.
type Result struct {
	A, B Side `json:"-"`
	// Model names the pair model that scored the candidates (ModelNational
	// or ModelSameRegion); scores are comparable only under one model.
	Model   string        `json:"model"`
	Topics  []TopicResult `json:"topics"`
	Overall Overlap       `json:"overall"`
	// Targets are the two documents' numeric targets, as read to pair the
	// commitments that state them (see markIndicators).
	Targets [2][]targets.Target `json:"-"`
}

// The pair models (scorer.go): two documents of one region (two years, a
// draft and the final text) are scored by a model of their own.
const (
	ModelNational   = "national"
	ModelSameRegion = "same-region"
)

// sameRegion reports whether the two documents' regions are one.
func sameRegion(regions []string) bool {
	return regions[0] != "" && regions[0] == regions[1]
}

// Side describes one compared document.
type Side struct {
	Path        string      `json:"path"`
	Index       int         `json:"index,omitempty"`
	Meta        ingest.Meta `json:"meta"`
	Commitments int         `json:"commitments"`
}

// TopicResult is one topic's part of a comparison.
type TopicResult struct {
	ID      string        `json:"id"`
	Zh      string        `json:"zh"`
	En      string        `json:"en"`
	Shared  []Pair        `json:"shared"`
	OnlyA   []*Commitment `json:"only_a"`
	OnlyB   []*Commitment `json:"only_b"`
	Overlap Overlap       `json:"overlap"`
}

// Overlap is the share of each side's commitments that are shared.
type Overlap struct {
	A float64 `json:"a"`
	B float64 `json:"b"`
}

// Pair is a commitment of A and one of B that say the same thing.
type Pair struct {
	A *Commitment `json:"a"`
	B *Commitment `json:"b"`
	// Similarity is how alike the two wordings are (1 for the same text);
	// Score how sure the matcher is that the two promise the same thing.
	Similarity float64 `json:"similarity"`
	Score      float64 `json:"score"`
	// Basis says why the two count as the same: both state their report's
	// target for one indicator (BasisTarget, whatever the score); the pair
	// model scored them at least minScore (BasisModel); or, below that,
	// their wording is alike (BasisWording).
	Basis string `json:"basis"`
	// Diff is the wording of A turned into B: equal spans, deletions
	// (only in A) and insertions (only in B).
	Diff []Op `json:"diff"`
}

// Compare matches the commitments of two labelled documents.
func Compare(a *align.Aligner, x, y *align.Labelled) *Result {
	tx, ty := targets.Extract(x.Doc).Targets, targets.Extract(y.Doc).Targets
	r := compareCommitments(a, x, y, extract(a, x, tx), extract(a, y, ty))
	r.Targets = [2][]targets.Target{tx, ty}
	return r
}

// compareCommitments is Compare given the documents' commitments (as
// Extract returns them).
func compareCommitments(a *align.Aligner, x, y *align.Labelled, as, bs []*Commitment) *Result {
	tax := a.Taxonomy()
	r := &Result{
		A: Side{Path: x.Doc.Path, Index: x.Doc.Index, Meta: x.Doc.Meta, Commitments: len(as)},
		B: Side{Path: y.Doc.Path, Index: y.Doc.Index, Meta: y.Doc.Meta, Commitments: len(bs)},
	}
	regions := []string{x.Doc.Meta.Region, y.Doc.Meta.Region}
	r.Model = ModelNational
	if sameRegion(regions) {
		r.Model = ModelSameRegion
	}
	n := len(tax.Topics)
	groups := make([]TopicResult, n+1) // the last is Unclassified
	for i, t := range tax.Topics {
		groups[i] = TopicResult{ID: t.ID, Zh: t.Zh, En: t.En}
	}
	groups[n] = TopicResult{ID: Unclassified, Zh: "未归类", En: "Unclassified"}
	for i := range groups { // empty lists are [] in JSON, not null
		groups[i].Shared, groups[i].OnlyA, groups[i].OnlyB = []Pair{}, []*Commitment{}, []*Commitment{}
	}
	paired := map[*Commitment]bool{}
	shared := 0
	for _, c := range match(as, bs, regions) {
		g := pairTopic(c.a, c.b, n)
		groups[g].Shared = append(groups[g].Shared, Pair{A: c.a, B: c.b, Similarity: round(c.base), Score: round(c.score), Basis: c.basis, Diff: Wording(c.a.Text, c.b.Text)})
		paired[c.a], paired[c.b] = true, true
		shared++
	}
	for _, c := range as {
		if !paired[c] {
			g := primary(c, n)
			groups[g].OnlyA = append(groups[g].OnlyA, c)
		}
	}
	for _, c := range bs {
		if !paired[c] {
			g := primary(c, n)
			groups[g].OnlyB = append(groups[g].OnlyB, c)
		}
	}
	for _, g := range groups {
		if len(g.Shared)+len(g.OnlyA)+len(g.OnlyB) == 0 {
			continue
		}
		sortPairs(g.Shared)
		g.Overlap = OverlapOf(len(g.Shared), len(g.OnlyA), len(g.OnlyB))
		r.Topics = append(r.Topics, g)
	}
	r.Overall = OverlapOf(shared, len(as)-shared, len(bs)-shared)
	return r
}

// pairTopic files a pair under the topic both commitments rank highest
// (the smallest sum of positions in their topic lists, then taxonomy
// order), the same whichever side is A; with no topic in common, under
// the topic their own words name most (失业保险省级统筹 under social
// security, whichever paragraphs the two come from), else the first of
// their own topics in taxonomy order.
func pairTopic(a, b *Commitment, unclassified int) int {
	best, bestRank := -1, 0
	for i, x := range a.topics {
		for j, y := range b.topics {
			if x == y && (best < 0 || i+j < bestRank || i+j == bestRank && x < best) {
				best, bestRank = x, i+j
			}
		}
	}
	if best >= 0 {
		return best
	}
	bestScore := 0.0
	for t := range a.own {
		if v := a.own[t] + b.own[t]; v > bestScore {
			best, bestScore = t, v
		}
	}
	if best >= 0 {
		return best
	}
	pa, pb := primary(a, unclassified), primary(b, unclassified)
	return min(pa, pb)
}

func primary(c *Commitment, unclassified int) int {
	if len(c.topics) == 0 {
		return unclassified
	}
	return c.topics[0]
}

// sortPairs orders shared pairs by A's position, so they read in the order
// of the first document.
func sortPairs(ps []Pair) {
	slices.SortStableFunc(ps, func(x, y Pair) int { return x.A.Index - y.A.Index })
}

// OverlapOf is the overlap of a topic or document with so many shared
// pairs and unique commitments on each side.
func OverlapOf(shared, onlyA, onlyB int) Overlap {
	var o Overlap
	if n := shared + onlyA; n > 0 {
		o.A = round(float64(shared) / float64(n))
	}
	if n := shared + onlyB; n > 0 {
		o.B = round(float64(shared) / float64(n))
	}
	return o
}

// round keeps three decimals, so that JSON and tables show stable figures.
func round(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
