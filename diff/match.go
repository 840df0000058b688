package diff

import (
	"math"
	"slices"
	"sort"
)

// Tuning constants for matching commitments, checked against the
// hand-labelled pairs in testdata/expect/commitment-pairs-2022*.tsv (see
// pairs_test.go).
const (
	// wordWeight: a pair's wording similarity blends the cosine of its
	// content words (weighted by rarity) with the overlap of its character
	// bigrams: words see 稳岗 and 稳定岗位 differently, bigrams forgive
	// segmentation.
	wordWeight = 0.5
	// minScore: pairs the model (scorer.go) scores lower say different
	// things, unless the rules below pair them. Swept from 0.3 to 0.6 over
	// the nine fitted sets pooled (at 6d44e3f, pairs no reader judged
	// counted false): precision 0.780, 0.808, 0.829, 0.840 as recall falls
	// 0.785, 0.772, 0.744, 0.715; F1 0.783, 0.790, 0.784, 0.772. F1 is
	// flat; 0.4 is a little ahead until the pairs it adds are adjudicated.
	minScore = 0.5
	// minSharedSimilarity: two commitments of one topic whose wording is
	// this alike pair whatever the model says. This keeps the pairs of
	// topics the policy classes (data/classes.txt) do not cover. (Two that
	// merely share an anchor paired too until the classes covered 25
	// topics; those pairs were right 6 times in 40 over the 33 labelled
	// sets: scripts/pairs-at.sh at 6b06ef6 and e08644c.)
	minSharedSimilarity = 0.4
	// anchorMinRunes and anchorMaxDF define an anchor, a feature of the
	// pair model: a word of 3 runes or more used by one commitment only on
	// each side.
	anchorMinRunes = 3
	anchorMaxDF    = 1
	// minCrossTopicSimilarity: commitments filed under different topics
	// pair when their wording is clearly the same (发展绿色金融 under
	// 碳达峰 and 深化绿色金融改革 under 金融: 0.67).
	minCrossTopicSimilarity = 0.6
)

// inverseFrequencies weighs words by how few of the n commitments of the
// two documents use them (dfA and dfB: see docFreq).
func inverseFrequencies(dfA, dfB map[string]int, n int) map[string]float64 {
	idf := make(map[string]float64, len(dfA)+len(dfB))
	for _, df := range []map[string]int{dfA, dfB} {
		for w := range df {
			idf[w] = idfOf(dfA[w]+dfB[w], n)
		}
	}
	return idf
}

// idfOf weighs a term that df of n commitments use: log((n+1)/(df+1)) + 1.
func idfOf(df, n int) float64 { return math.Log(float64(n+1)/float64(df+1)) + 1 }

type candidate struct {
	a, b *Commitment
	f    features
	// base is the similarity of the wordings; first and score the model's
	// scores without and with the features that compare candidates.
	base, first, score float64
	basis              string // why the pair is kept: see Pair.Basis
	// known: one of the two is a known commitment (learned.go), and
	// knownWeights score the pair
	known bool
	// sameRegion: the two documents are of one region (two years)
	sameRegion bool
}

// docFreq counts the commitments that use each word.
func docFreq(cs []*Commitment) map[string]int {
	return countOf(cs, func(c *Commitment) []string { return uniq(c.words) })
}

// countOf counts the commitments that have each key (keys lists a
// commitment's keys, each once).
func countOf[K comparable](cs []*Commitment, keys func(*Commitment) []K) map[K]int {
	n := map[K]int{}
	for _, c := range cs {
		for _, k := range keys(c) {
			n[k]++
		}
	}
	return n
}

// match pairs commitments one to one, best pairs first. Two statements
// of their reports' targets for one indicator pair first (basis target);
// two targets of different indicators never pair. Other candidates (see
// candidates) pair when the model scores them at least minScore; when
// they share a topic and their wording is at least minSharedSimilarity
// alike; or when their wording is at least minCrossTopicSimilarity alike
// whatever their topics; the best first, by the model's score, then
// wording. Ties are broken by keys that do not depend on which side is A.
// regions are the two documents' regions (see candidates).
func match(as, bs []*Commitment, regions []string) []candidate {
	return matchAmong(candidates(as, bs, true, regions))
}

// matchAmong pairs one to one among the given candidates.
func matchAmong(cands []candidate) []candidate {
	var kept []candidate
	for _, c := range cands {
		c.score = c.f.score(c.weights())
		if c.basis = c.keepBasis(); c.basis != "" {
			kept = append(kept, c)
		}
	}
	sortCandidates(kept)
	usedA, usedB := map[*Commitment]bool{}, map[*Commitment]bool{}
	var out []candidate
	for _, c := range kept {
		if usedA[c.a] || usedB[c.b] {
			continue
		}
		usedA[c.a], usedB[c.b] = true, true
		out = append(out, c)
	}
	return out
}

// keepBasis tells why a scored candidate may pair (see Pair.Basis), or ""
// when it may not.
func (c *candidate) keepBasis() string {
	switch {
	case c.sameIndicator():
		return BasisTarget
	case c.otherIndicators():
		return ""
	case c.score >= minScore:
		return BasisModel
	case c.alikeWording():
		return BasisWording
	}
	return ""
}

// sameIndicator: both commitments state their report's target for one
// indicator of the targets taxonomy (see markIndicators).
func (c *candidate) sameIndicator() bool {
	for _, x := range c.a.indicators {
		if slices.Contains(c.b.indicators, x) {
			return true
		}
	}
	return false
}

// otherIndicators: both commitments state targets, of different
// indicators (国内生产总值增长5.5%左右 and 人均GDP增长7%).
func (c *candidate) otherIndicators() bool {
	return len(c.a.indicators) > 0 && len(c.b.indicators) > 0 && !c.sameIndicator()
}

// alikeWording: the wordings are minCrossTopicSimilarity alike, or
// minSharedSimilarity within a shared topic.
func (c *candidate) alikeWording() bool {
	return c.base >= minCrossTopicSimilarity || c.f[fShareTopic] == 1 && c.base >= minSharedSimilarity
}

func sortCandidates(cands []candidate) {
	sort.Slice(cands, func(i, j int) bool {
		x, y := cands[i], cands[j]
		if sx, sy := x.basis == BasisTarget, y.basis == BasisTarget; sx != sy {
			return sx
		}
		if x.score != y.score {
			return x.score > y.score
		}
		if x.base != y.base {
			return x.base > y.base
		}
		if sx, sy := x.a.Index+x.b.Index, y.a.Index+y.b.Index; sx != sy {
			return sx < sy
		}
		if mx, my := min(x.a.Index, x.b.Index), min(y.a.Index, y.b.Index); mx != my {
			return mx < my
		}
		return pairKey(x) < pairKey(y)
	})
}

// pairKey names a pair the same whichever side is A.
func pairKey(c candidate) string {
	a, b := c.a.Text, c.b.Text
	if b < a {
		a, b = b, a
	}
	return a + "\x00" + b
}

func shareTopic(a, b *Commitment) bool {
	for _, x := range a.topics {
		for _, y := range b.topics {
			if x == y {
				return true
			}
		}
	}
	return false
}

func uniq(ws []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
