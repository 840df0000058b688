package diff

import (
	"math"
	"slices"
	"sort"
)

// A pair of commitments is judged on a few signals (features), weighed by
// logistic models fitted to hand-labelled pairs (see fit_test.go): how
// much wording they share, whether they share a rare term or a policy
// class, whether each is the other's closest counterpart, whether their
// paragraphs are already paired by other commitments, and, where one is a
// known commitment, how alike the other is to its learned counterparts
// (learned.go, weighed by a model of its own, knownWeights). Two reports
// of one region a year apart have a model of their own too (sameRegionWeights).
const (
	fBias = iota
	fCosine
	fDice
	fAnchor
	fBestMax // 1/rank of the pair among the candidates of the side that ranks it higher
	fBestMin // … and of the side that ranks it lower
	fCoverMax
	fCoverMin
	fLinked
	fSamePrimary
	fShareTopic
	fClass       // both name a policy class
	fClassAnchor // … that no other commitment of either document names
	fLearned     // how alike one is to the counterparts readers found for the other (learned.go)
	nFeatures
)

type features [nFeatures]float64

// scoreWeights are the fitted weights of the features of a candidate
// neither of whose commitments is known, from documents of different
// regions (fit_test.go prints them; paste them here after refitting).
var scoreWeights = features{-8.516, -1.265, 2.633, 0.845, 0.778, 2.902, 0.261, 1.992, 1.606, -0.190, 1.010, 2.854, 1.008, 0.000}

// knownWeights weigh the features of a candidate one of whose commitments
// is known (see learned.go): the model fitted on such candidates, which
// also reads fLearned.
var knownWeights = features{-7.801, -3.799, -3.138, 0.193, 0.751, 2.860, 0.344, 5.332, 0.999, -0.799, 1.016, 1.818, 1.129, 9.131}

// weights are the second-stage weights that score a candidate.
func (c *candidate) weights() *features {
	switch {
	case c.sameRegion:
		return &sameRegionWeights
	case c.known:
		return &knownWeights
	}
	return &scoreWeights
}

// sameRegionWeights weigh the features of a candidate from two reports of
// one region (two years of 广东, a draft and the final text): the model
// fitted on the year-over-year fixtures (fit_test.go), where carried-over
// wording counts for more, and the policy classes for less, than between
// 全国 and a province. The learned counterparts (fLearned) are not read:
// they tell how provinces answer 全国, not how a region rewords itself.
var sameRegionWeights = features{-8.635, 3.497, 3.946, 1.877, 2.283, 2.524, 1.634, -2.949, 1.186, 0.531, -0.046, 0.292, -0.462, 0.000}

// firstWeights weigh the features that do not depend on other candidates
// (the rank and link features are 0 here); their score ranks each
// commitment's candidates and links paragraphs.
var firstWeights = features{-8.133, 1.284, 4.892, 1.408, 0.000, 0.000, -1.105, 1.396, 0.000, 0.178, 2.254, 4.108, 2.308, 0.000}

// linkScore: a candidate the first model thinks more likely than not a
// pair (0.5) links its two paragraphs: other commitments of the same two
// paragraphs are likelier to pair.
const linkScore = 0.5

// contextual are the features computed from the other candidates.
var contextual = []int{fBestMax, fBestMin, fLinked}

// mayPair reports whether a candidate pairs by the rules of matchAmong
// or could reach minScore with the most favourable contextual features.
func (c *candidate) mayPair() bool {
	switch {
	case c.sameIndicator():
		return true
	case c.otherIndicators():
		return false
	case c.alikeWording():
		return true
	}
	z, w := 0.0, c.weights()
	for k, v := range c.f {
		if slices.Contains(contextual, k) {
			z += max(0, w[k]) // each is at most 1
		} else {
			z += v * w[k]
		}
	}
	return z >= math.Log(minScore/(1-minScore))
}

func (f *features) score(w *features) float64 {
	z := 0.0
	for i := range f {
		z += f[i] * w[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// candidates lists the pairs of commitments that share a content word, a
// character bigram or a policy class, with their features; with prune,
// only those that may pair (most candidates share a common bigram and
// nothing else). Ranks and links count every candidate either way.
// regions are the two documents' regions: the same one names two reports
// of one region (sameRegionWeights, no learned counterparts); otherwise
// the learned counterparts of both are left out.
func candidates(as, bs []*Commitment, prune bool, regions []string) []candidate {
	pa, pb, words, grams := profiles(as, bs)
	oneRegion := sameRegion(regions)
	var ga, gb, la, lb []*learnedVec
	if !oneRegion {
		ga, gb, la, lb = learnedProfiles(as, bs, pa, pb, grams, regions)
	}
	number, hasNumber := words["#"]
	numbers, hasNumbers := grams["##"]
	nw, ng := int32(len(words)), int32(len(grams))
	// posting lists: words, then bigrams, then classes
	post := make([][]int32, int(nw+ng)+len(classes().names))
	for j := range bs {
		for _, id := range pb[j].words.ids {
			if !(hasNumber && id == number) {
				post[id] = append(post[id], int32(j))
			}
		}
		for _, id := range pb[j].grams.ids {
			if !(hasNumbers && id == numbers) {
				post[nw+id] = append(post[nw+id], int32(j))
			}
		}
		for _, k := range bs[j].classes {
			post[int(nw+ng)+k] = append(post[int(nw+ng)+k], int32(j))
		}
	}
	cdfA, cdfB := classFreq(as), classFreq(bs)
	var (
		cands []candidate
		// every candidate's commitments and first score, for ranks
		allA, allB []int32
		allFirst   []float64
		kept       []int32 // index in all of each of cands
		links      = map[[2]int]int{}
	)
	seen := make([]int, len(bs)) // last a (plus one) that reached b
	for i, a := range as {
		var js []int32
		visit := func(list []int32) {
			for _, j := range list {
				if seen[j] != i+1 {
					seen[j] = i + 1
					js = append(js, j)
				}
			}
		}
		for _, id := range pa[i].words.ids {
			if !(hasNumber && id == number) {
				visit(post[id])
			}
		}
		for _, id := range pa[i].grams.ids {
			if !(hasNumbers && id == numbers) {
				visit(post[nw+id])
			}
		}
		for _, k := range a.classes {
			visit(post[int(nw+ng)+k])
		}
		sort.Slice(js, func(x, y int) bool { return js[x] < js[y] })
		for _, j := range js {
			b, x, y := bs[j], &pa[i], &pb[j]
			c := candidate{a: a, b: b, sameRegion: oneRegion}
			c.f[fBias] = 1
			c.f[fCosine] = cosineOf(x, y)
			c.f[fDice] = diceOf(x, y)
			c.base = wordWeight*c.f[fCosine] + (1-wordWeight)*c.f[fDice]
			if anchoredOf(x, y) {
				c.f[fAnchor] = 1
			}
			ca, cb := coverOf(x, y), coverOf(y, x)
			c.f[fCoverMax], c.f[fCoverMin] = max(ca, cb), min(ca, cb)
			if len(a.topics) > 0 && len(b.topics) > 0 && a.topics[0] == b.topics[0] {
				c.f[fSamePrimary] = 1
			}
			if shareTopic(a, b) {
				c.f[fShareTopic] = 1
			}
			if la != nil && la[i] != nil {
				c.f[fLearned], c.known = learnedSim(gb[j], la[i]), true
			}
			if lb != nil && lb[j] != nil {
				c.f[fLearned], c.known = max(c.f[fLearned], learnedSim(ga[i], lb[j])), true
			}
			for _, k := range sharedClasses(a, b) {
				c.f[fClass] = 1
				if cdfA[k] <= 1 && cdfB[k] <= 1 {
					c.f[fClassAnchor] = 1
				}
			}
			c.first = c.f.score(&firstWeights)
			allA, allB, allFirst = append(allA, int32(a.Index)), append(allB, int32(b.Index)), append(allFirst, c.first)
			if c.first >= linkScore {
				links[[2]int{a.Line, b.Line}]++
			}
			if prune && !c.mayPair() {
				continue
			}
			kept = append(kept, int32(len(allFirst)-1))
			cands = append(cands, c)
		}
	}
	// ranks: how many candidates of the same commitment score strictly
	// higher
	rank := func(side []int32, n int) []int {
		groups := make([][]int32, n)
		for i, k := range side {
			groups[k] = append(groups[k], int32(i))
		}
		out := make([]int, len(side))
		var firsts []float64
		for _, g := range groups {
			firsts = firsts[:0]
			for _, i := range g {
				firsts = append(firsts, allFirst[i])
			}
			sort.Sort(sort.Reverse(sort.Float64Slice(firsts)))
			for _, i := range g {
				f := allFirst[i]
				out[i] = sort.Search(len(firsts), func(k int) bool { return firsts[k] <= f })
			}
		}
		return out
	}
	ra, rb := rank(allA, len(as)), rank(allB, len(bs))
	for i := range cands {
		c := &cands[i]
		x, y := 1/float64(1+ra[kept[i]]), 1/float64(1+rb[kept[i]])
		c.f[fBestMax], c.f[fBestMin] = max(x, y), min(x, y)
		n := links[[2]int{c.a.Line, c.b.Line}]
		if c.first >= linkScore {
			n-- // not itself
		}
		c.f[fLinked] = min(1, float64(n))
	}
	return cands
}

// classFreq counts the commitments in each class.
func classFreq(cs []*Commitment) map[int]int {
	return countOf(cs, func(c *Commitment) []int { return c.classes })
}

func sharedClasses(a, b *Commitment) []int {
	var out []int
	for _, x := range a.classes {
		for _, y := range b.classes {
			if x == y {
				out = append(out, x)
			}
		}
	}
	return out
}
