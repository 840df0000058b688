package diff

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
)

// Learned counterparts: for a commitment of the national report that
// readers paired in many provinces (继续开展大规模职业技能培训 ~ 深入实施技能云南
// “十个一批”培训工程, ~ 加快职业技能提升行动扩容提质, …), the wordings
// provinces answer it with are a profile of how the promise reads in a
// provincial report. A province
// clause whose bigrams resemble that profile likely answers it, even when
// it shares few words with the national clause (推进大型风光电基地… ~
// 高质量建设国家大型风电光伏基地). data/counterparts.tsv lists the labelled
// pairs of the sets the pair model is fitted on (fit_test.go regenerates
// it); a comparison never uses the pairs of the reports it compares, so
// the tool treats a labelled province as it treats an unseen one.

//go:embed data/counterparts.tsv
var counterpartsFile string

// minCounterparts: a commitment is known when readers paired it in at
// least this many provinces other than the two compared (the counterparts
// are those of the three topics labelled in every province). On the
// fitted sets 5 did best: F1 0.782, against 0.778 with 8 and 0.776 with 12.
const minCounterparts = 5

// counterpartIndex holds, for each commitment text, the bigram counts of
// its labelled counterparts by province.
type counterpartIndex map[string]map[string]map[string]int

var counterparts = sync.OnceValue(func() counterpartIndex {
	ix, err := parseCounterparts(counterpartsFile)
	if err != nil {
		panic(err)
	}
	return ix
})

func parseCounterparts(text string) (counterpartIndex, error) {
	ix := counterpartIndex{}
	for i, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("diff/data/counterparts.tsv: line %d: expected province, commitment and counterpart", i+1)
		}
		byProvince := ix[f[1]]
		if byProvince == nil {
			byProvince = map[string]map[string]int{}
			ix[f[1]] = byProvince
		}
		g := byProvince[f[0]]
		if g == nil {
			g = map[string]int{}
			byProvince[f[0]] = g
		}
		for x, n := range bigrams(concepts().Replace(f[2])) {
			g[x] += n
		}
	}
	return ix, nil
}

// profileOf sums the counterparts of a commitment text over the provinces
// not excluded; nil when fewer than minCounterparts provinces remain.
func (ix counterpartIndex) profileOf(text string, exclude []string) map[string]int {
	byProvince := ix[text]
	n := 0
	for p := range byProvince {
		if !slices.Contains(exclude, p) {
			n++
		}
	}
	if n < minCounterparts {
		return nil
	}
	// sum in province order, so that the profile does not depend on map order
	provinces := make([]string, 0, len(byProvince))
	for p := range byProvince {
		provinces = append(provinces, p)
	}
	slices.Sort(provinces)
	out := map[string]int{}
	for _, p := range provinces {
		if slices.Contains(exclude, p) {
			continue
		}
		for x, c := range byProvince[p] {
			out[x] += c
		}
	}
	return out
}

// weighedGrams is a commitment's bigrams or a profile weighed by the
// bigrams' rarity among the compared commitments, in key order.
type weighedGrams struct {
	keys []string
	w    map[string]float64
	norm float64
}

func weigh(counts map[string]int, idf func(string) float64) weighedGrams {
	g := weighedGrams{keys: sortedKeys(counts), w: make(map[string]float64, len(counts))}
	for _, x := range g.keys {
		v := float64(counts[x]) * idf(x)
		g.w[x] = v
		g.norm += v * v
	}
	g.norm = math.Sqrt(g.norm)
	return g
}

// learnedSim is the cosine of a commitment's weighed bigrams and a
// profile's.
func learnedSim(c, profile *weighedGrams) float64 {
	if c.norm == 0 || profile.norm == 0 {
		return 0
	}
	dot := 0.0
	for _, x := range c.keys {
		dot += c.w[x] * profile.w[x]
	}
	return dot / (c.norm * profile.norm)
}

// learnedProfiles weighs the bigrams of every commitment of the two
// documents and the profiles of the known ones (nil where unknown), with
// idf over the two documents' commitments; exclude names the compared
// reports' regions.
func learnedProfiles(as, bs []*Commitment, exclude []string) (ga, gb, pa, pb []*weighedGrams) {
	df := map[string]int{}
	for _, cs := range [][]*Commitment{as, bs} {
		for _, c := range cs {
			for x := range c.grams {
				df[x]++
			}
		}
	}
	n := float64(len(as) + len(bs))
	idf := func(x string) float64 { return math.Log((n+1)/float64(df[x]+1)) + 1 }
	ix := counterparts()
	side := func(cs []*Commitment) (g, p []*weighedGrams) {
		g, p = make([]*weighedGrams, len(cs)), make([]*weighedGrams, len(cs))
		for i, c := range cs {
			w := weigh(c.grams, idf)
			g[i] = &w
			if prof := ix.profileOf(c.Text, exclude); prof != nil {
				w := weigh(prof, idf)
				p[i] = &w
			}
		}
		return g, p
	}
	ga, pa = side(as)
	gb, pb = side(bs)
	return ga, gb, pa, pb
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
