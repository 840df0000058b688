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
// 高质量建设国家大型风电光伏基地). data/counterparts.tsv lists, for the sets
// the pair model is fitted on, the candidates that are labelled pairs or
// were judged right on adjudication (fit_test.go regenerates it). A
// comparison never uses the counterparts of the reports it compares, named
// by their regions or recognised by their clauses, so the tool treats a
// labelled province as it treats an unseen one.
//
// Any commitment whose text is a key is known, in either report: a
// provincial clause that copies a national one word for word reads its
// counterparts too.

//go:embed data/counterparts.tsv
var counterpartsFile string

// minCounterparts: a commitment is known when readers paired it in at
// least this many provinces other than the two compared (the counterparts
// are those of the three topics labelled in every province). On the nine
// fitted sets, refitted for each, 5 does best: F1 0.786 (524/632 precision,
// 574/769 recall), against 0.783 with 8 and 0.781 with 12 (measured at
// 79209a5 by editing this constant and refitting).
const minCounterparts = 5

// ownShare: a province half of whose counterpart clauses (less those that
// copy a national commitment) are compared commitments word for word is one
// of the compared reports, whatever its metadata calls it (a renamed or
// unrecognised file); other provinces share a few such clauses at most.
const ownShare = 0.5

// counterpartIndex holds the counterparts of each commitment text, as
// bigram counts by province, and the counterpart clauses of each province.
type counterpartIndex struct {
	byText  map[string]map[string]map[string]int
	clauses map[string][]string
}

var counterparts = sync.OnceValue(func() *counterpartIndex {
	ix, err := parseCounterparts(counterpartsFile)
	if err != nil {
		panic(err)
	}
	return ix
})

func parseCounterparts(text string) (*counterpartIndex, error) {
	ix := &counterpartIndex{byText: map[string]map[string]map[string]int{}, clauses: map[string][]string{}}
	for i, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("diff/data/counterparts.tsv: line %d: expected province, commitment and counterpart", i+1)
		}
		province, commitment, counterpart := f[0], f[1], f[2]
		byProvince := ix.byText[commitment]
		if byProvince == nil {
			byProvince = map[string]map[string]int{}
			ix.byText[commitment] = byProvince
		}
		g := byProvince[province]
		if g == nil {
			g = map[string]int{}
			byProvince[province] = g
		}
		for x, n := range bigrams(concepts().Replace(counterpart)) {
			g[x] += n
		}
		ix.clauses[province] = append(ix.clauses[province], counterpart)
	}
	return ix, nil
}

// excluded adds to the compared reports' regions every province whose
// counterpart clauses are ownShare compared commitments.
func (ix *counterpartIndex) excluded(as, bs []*Commitment, regions []string) []string {
	texts := map[string]bool{}
	for _, cs := range [][]*Commitment{as, bs} {
		for _, c := range cs {
			texts[c.Text] = true
		}
	}
	out := slices.Clone(regions)
	for province, clauses := range ix.clauses {
		n, own := 0, 0
		for _, c := range clauses {
			if ix.byText[c] != nil {
				continue // a clause that copies a national one proves nothing
			}
			n++
			if texts[c] {
				own++
			}
		}
		if n > 0 && float64(own) >= ownShare*float64(n) && !slices.Contains(out, province) {
			out = append(out, province)
		}
	}
	return out
}

// profileOf sums the counterparts of a commitment text over the provinces
// not excluded; nil when fewer than minCounterparts provinces remain.
func (ix *counterpartIndex) profileOf(text string, exclude []string) map[string]int {
	var out map[string]int
	n := 0
	for p, counts := range ix.byText[text] {
		if slices.Contains(exclude, p) {
			continue
		}
		n++
		if out == nil {
			out = map[string]int{}
		}
		for x, c := range counts {
			out[x] += c // integers: the order of provinces does not matter
		}
	}
	if n < minCounterparts {
		return nil
	}
	return out
}

// learnedVec is a commitment's bigrams, or a profile, weighed by the
// bigrams' rarity among the compared commitments.
type learnedVec struct {
	v    vec
	norm float64
}

// learnedSim is the cosine of a commitment's weighed bigrams and a
// profile's.
func learnedSim(c, profile *learnedVec) float64 {
	if c.norm == 0 || profile.norm == 0 {
		return 0
	}
	return c.v.dot(profile.v) / (c.norm * profile.norm)
}

// learnedProfiles weighs the profiles of the known commitments of both
// sides (nil where unknown) and the bigrams of the commitments of a side
// facing a known one (nil where not needed), with idf over the two
// documents' commitments; pa and pb are the sides' profiles, grams their
// bigram numbering, exclude the compared reports' regions.
func learnedProfiles(as, bs []*Commitment, pa, pb []profile, grams interner, exclude []string) (ga, gb, la, lb []*learnedVec) {
	ix := counterparts()
	exclude = ix.excluded(as, bs, exclude)
	df := make([]int, len(grams))
	for _, ps := range [][]profile{pa, pb} {
		for _, p := range ps {
			for _, id := range p.grams.ids {
				df[id]++
			}
		}
	}
	n := len(as) + len(bs)
	idf := func(df int) float64 { return idfOf(df, n) }
	weighCounts := func(counts map[string]int) *learnedVec {
		w := map[int32]float64{}
		outside := 0 // bigrams neither document uses count in the norm only: the sum of their squared counts
		for x, c := range counts {
			if id, ok := grams[x]; ok {
				w[id] = float64(c) * idf(df[id])
			} else {
				outside += c * c
			}
		}
		l := &learnedVec{v: newVec(w)}
		l.norm = math.Sqrt(l.v.dot(l.v) + float64(outside)*idf(0)*idf(0))
		return l
	}
	known := func(cs []*Commitment) ([]*learnedVec, bool) {
		out, any := make([]*learnedVec, len(cs)), false
		for i, c := range cs {
			if prof := ix.profileOf(c.Text, exclude); prof != nil {
				out[i], any = weighCounts(prof), true
			}
		}
		return out, any
	}
	weighed := func(ps []profile) []*learnedVec {
		out := make([]*learnedVec, len(ps))
		for i, p := range ps {
			l := &learnedVec{v: vec{ids: p.grams.ids, vals: make([]float64, len(p.grams.ids))}}
			for k, id := range p.grams.ids {
				l.v.vals[k] = p.grams.vals[k] * idf(df[id])
			}
			l.norm = math.Sqrt(l.v.dot(l.v))
			out[i] = l
		}
		return out
	}
	la, anyA := known(as)
	lb, anyB := known(bs)
	if anyB {
		ga = weighed(pa)
	}
	if anyA {
		gb = weighed(pb)
	}
	return ga, gb, la, lb
}
