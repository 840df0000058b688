package diff

import (
	"math"
	"sort"
	"unicode/utf8"
)

// Tuning constants for matching commitments, checked against the
// hand-labelled pairs in testdata/expect/commitment-pairs-2022.tsv (see
// compare_test.go).
const (
	// wordWeight: a pair's similarity blends the cosine of its content
	// words (weighted by rarity) with the overlap of its character bigrams:
	// words see 稳岗 and 稳定岗位 differently, bigrams forgive segmentation.
	wordWeight = 0.5
	// minSharedSimilarity: pairs below this say different things. Swept
	// from 0.3 to 0.6 against the hand-labelled pairs: 0.4 is the lowest
	// value that keeps pair precision above 0.85; 0.3 gains a few pairs at
	// precision 0.73.
	minSharedSimilarity = 0.4
	// anchorSimilarity: two commitments of one topic that share an anchor
	// (see anchored) name the same specific thing however differently they
	// word the rest (帮扶零就业家庭成员就业 ~ 确保零就业家庭动态清零); they
	// count as this similar at least. With anchors recall rose from 0.42
	// to 0.57 at precision 0.87.
	anchorSimilarity = 0.45
	// anchorMinRunes and anchorMaxDF define an anchor: a word of 3 runes
	// or more used by one commitment only on each side. Two-rune words or
	// two uses per side cost precision (0.80 and 0.84) for little recall.
	anchorMinRunes = 3
	anchorMaxDF    = 1
	// minCrossTopicSimilarity: commitments filed under different topics
	// pair only when their wording is clearly the same (发展绿色金融 under
	// 碳达峰 and 深化绿色金融改革 under 金融: 0.67).
	minCrossTopicSimilarity = 0.6
)

// similarity scores how alike two commitments are, from 0 to 1; it is
// symmetric.
func similarity(a, b *Commitment, idf map[string]float64) float64 {
	return wordWeight*wordCosine(a.words, b.words, idf) + (1-wordWeight)*dice(a.grams, b.grams)
}

func wordCosine(a, b []string, idf map[string]float64) float64 {
	va, vb := weights(a, idf), weights(b, idf)
	var dot, na, nb float64
	for _, w := range sortedKeys(va) {
		dot += va[w] * vb[w]
		na += va[w] * va[w]
	}
	for _, w := range sortedKeys(vb) {
		nb += vb[w] * vb[w]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

func weights(words []string, idf map[string]float64) map[string]float64 {
	v := map[string]float64{}
	for _, w := range words {
		v[w] += idf[w]
	}
	return v
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// dice is the Sørensen–Dice overlap of two bigram multisets.
func dice(a, b map[string]int) float64 {
	total := 0
	for _, n := range a {
		total += n
	}
	for _, n := range b {
		total += n
	}
	if total == 0 {
		return 0
	}
	common := 0
	for g, n := range a {
		common += min(n, b[g])
	}
	return 2 * float64(common) / float64(total)
}

// inverseFrequencies weighs words by how few commitments of the two
// documents use them: log((N+1)/(df+1)) + 1.
func inverseFrequencies(sides ...[]*Commitment) map[string]float64 {
	df := map[string]float64{}
	n := 0
	for _, cs := range sides {
		for _, c := range cs {
			n++
			seen := map[string]bool{}
			for _, w := range c.words {
				if !seen[w] {
					seen[w] = true
					df[w]++
				}
			}
		}
	}
	idf := make(map[string]float64, len(df))
	for w, d := range df {
		idf[w] = math.Log(float64(n+1)/(d+1)) + 1
	}
	return idf
}

type candidate struct {
	a, b *Commitment
	sim  float64
}

// anchored: a and b share a distinctive word: at least anchorMinRunes
// long and used by at most anchorMaxDF commitments on each side
// (零就业家庭, 创业带动就业, 东西部协作, 农村集体经济).
func anchored(a, b *Commitment, dfA, dfB map[string]int) bool {
	for _, w := range uniq(a.words) {
		if w == "#" || utf8.RuneCountInString(w) < anchorMinRunes || dfA[w] > anchorMaxDF || dfB[w] > anchorMaxDF {
			continue
		}
		for _, x := range b.words {
			if x == w {
				return true
			}
		}
	}
	return false
}

func docFreq(cs []*Commitment) map[string]int {
	df := map[string]int{}
	for _, c := range cs {
		for _, w := range uniq(c.words) {
			df[w]++
		}
	}
	return df
}

// match pairs commitments one to one, best pairs first. Candidates share a
// content word; they pair when they share a topic and reach
// minSharedSimilarity (or share an anchor), or reach
// minCrossTopicSimilarity whatever their topics. Ties are broken by keys
// that do not depend on which side is A.
func match(as, bs []*Commitment) []candidate {
	idf := inverseFrequencies(as, bs)
	dfA, dfB := docFreq(as), docFreq(bs)
	byWord := map[string][]int{}
	for j, b := range bs {
		for _, w := range uniq(b.words) {
			byWord[w] = append(byWord[w], j)
		}
	}
	var cands []candidate
	for _, a := range as {
		tried := map[int]bool{}
		for _, w := range uniq(a.words) {
			if w == "#" {
				continue // numbers alone make no match
			}
			for _, j := range byWord[w] {
				if tried[j] {
					continue
				}
				tried[j] = true
				b := bs[j]
				sim := similarity(a, b, idf)
				if sim < anchorSimilarity && shareTopic(a, b) && anchored(a, b, dfA, dfB) {
					sim = anchorSimilarity
				}
				if sim >= minCrossTopicSimilarity || sim >= minSharedSimilarity && shareTopic(a, b) {
					cands = append(cands, candidate{a, b, sim})
				}
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		x, y := cands[i], cands[j]
		if x.sim != y.sim {
			return x.sim > y.sim
		}
		if sx, sy := x.a.Index+x.b.Index, y.a.Index+y.b.Index; sx != sy {
			return sx < sy
		}
		if mx, my := min(x.a.Index, x.b.Index), min(y.a.Index, y.b.Index); mx != my {
			return mx < my
		}
		return pairKey(x) < pairKey(y)
	})
	usedA, usedB := map[*Commitment]bool{}, map[*Commitment]bool{}
	var out []candidate
	for _, c := range cands {
		if usedA[c.a] || usedB[c.b] {
			continue
		}
		usedA[c.a], usedB[c.b] = true, true
		out = append(out, c)
	}
	return out
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
