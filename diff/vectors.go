package diff

import (
	"math"
	"sort"
	"unicode/utf8"
)

// vec is a sparse vector: ids ascending, one value each.
type vec struct {
	ids  []int32
	vals []float64
}

// shared calls f with the values of u and v at every id both have, in id
// order.
func (u vec) shared(v vec, f func(x, y float64)) {
	i, j := 0, 0
	for i < len(u.ids) && j < len(v.ids) {
		switch {
		case u.ids[i] < v.ids[j]:
			i++
		case u.ids[i] > v.ids[j]:
			j++
		default:
			f(u.vals[i], v.vals[j])
			i++
			j++
		}
	}
}

// dot is the inner product of two vectors; it sums in id order, so
// u.dot(v) == v.dot(u) bit for bit.
func (u vec) dot(v vec) float64 {
	s := 0.0
	u.shared(v, func(x, y float64) { s += x * y })
	return s
}

// minSum is the sum over shared ids of the smaller value.
func (u vec) minSum(v vec) float64 {
	s := 0.0
	u.shared(v, func(x, y float64) { s += min(x, y) })
	return s
}

// sharedSum is the sum of u's values at the ids v has too.
func (u vec) sharedSum(v vec) float64 {
	s := 0.0
	u.shared(v, func(x, _ float64) { s += x })
	return s
}

func (u vec) sum() float64 {
	s := 0.0
	for _, x := range u.vals {
		s += x
	}
	return s
}

func newVec(m map[int32]float64) vec {
	v := vec{ids: make([]int32, 0, len(m))}
	for id := range m {
		v.ids = append(v.ids, id)
	}
	sort.Slice(v.ids, func(i, j int) bool { return v.ids[i] < v.ids[j] })
	v.vals = make([]float64, len(v.ids))
	for i, id := range v.ids {
		v.vals[i] = m[id]
	}
	return v
}

// profile is a commitment as vectors over the words and bigrams of the two
// documents being compared.
type profile struct {
	words     vec // content words (numbers as "#"), each weighed by its idf per use
	norm      float64
	uniq      vec // content words but "#", once each, weighed by idf
	uniqSum   float64
	grams     vec // character bigram counts
	gramTotal float64
	anchors   []int32 // ids of the words that can anchor a pair (see anchoredOf)
}

// interner numbers strings.
type interner map[string]int32

// numbering numbers the strings in byte order, so that the numbers, and
// every sum taken in their order, do not depend on which document is A.
func numbering(strs map[string]bool) interner {
	keys := make([]string, 0, len(strs))
	for k := range strs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	in := make(interner, len(keys))
	for i, k := range keys {
		in[k] = int32(i)
	}
	return in
}

// profiles builds the profiles of both sides' commitments, with idf and
// anchors computed over the two documents.
func profiles(as, bs []*Commitment) ([]profile, []profile, interner, interner) {
	dfA, dfB := docFreq(as), docFreq(bs)
	idf := inverseFrequencies(dfA, dfB, len(as)+len(bs))
	allWords, allGrams := map[string]bool{}, map[string]bool{}
	for _, cs := range [][]*Commitment{as, bs} {
		for _, c := range cs {
			for _, x := range c.words {
				allWords[x] = true
			}
			for x := range c.grams {
				allGrams[x] = true
			}
		}
	}
	words, grams := numbering(allWords), numbering(allGrams)
	build := func(cs []*Commitment) []profile {
		out := make([]profile, len(cs))
		for i, c := range cs {
			p := &out[i]
			w, u, g := map[int32]float64{}, map[int32]float64{}, map[int32]float64{}
			for _, x := range c.words {
				id := words[x]
				w[id] += idf[x]
				if x != "#" {
					u[id] = idf[x]
				}
			}
			for x, n := range c.grams {
				g[grams[x]] = float64(n)
			}
			p.words, p.uniq, p.grams = newVec(w), newVec(u), newVec(g)
			p.norm = math.Sqrt(p.words.dot(p.words))
			p.uniqSum, p.gramTotal = p.uniq.sum(), p.grams.sum()
			for _, x := range uniq(c.words) {
				if x != "#" && utf8.RuneCountInString(x) >= anchorMinRunes && dfA[x] <= anchorMaxDF && dfB[x] <= anchorMaxDF {
					p.anchors = append(p.anchors, words[x])
				}
			}
			sort.Slice(p.anchors, func(i, j int) bool { return p.anchors[i] < p.anchors[j] })
		}
		return out
	}
	pa := build(as)
	pb := build(bs)
	return pa, pb, words, grams
}

func cosineOf(a, b *profile) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	return a.words.dot(b.words) / (a.norm * b.norm)
}

func diceOf(a, b *profile) float64 {
	if t := a.gramTotal + b.gramTotal; t > 0 {
		return 2 * a.grams.minSum(b.grams) / t
	}
	return 0
}

// coverOf is the share of a's word weight found in b.
func coverOf(a, b *profile) float64 {
	if a.uniqSum == 0 {
		return 0
	}
	return a.uniq.sharedSum(b.uniq) / a.uniqSum
}

func anchoredOf(a, b *profile) bool {
	i, j := 0, 0
	for i < len(a.anchors) && j < len(b.anchors) {
		switch {
		case a.anchors[i] < b.anchors[j]:
			i++
		case a.anchors[i] > b.anchors[j]:
			j++
		default:
			return true
		}
	}
	return false
}
