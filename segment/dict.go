package segment

import (
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

//go:embed data/policy_terms.txt
var policyTerms string

//go:embed data/stopwords.txt
var stopWords string

// termFreq is the frequency a policy term gets when its line gives none.
// gse gives every single character frequency 2 and its dictionary totals
// 3.3e7, so a term at 1e5 beats any split of itself into dictionary words
// (乡村+振兴 scores about 1e-8 of a term at 1e5) while losing to ordinary
// words where the term would have to take a character from them: 平稳就业
// stays 平稳/就业 with 稳就业 in the dictionary.
const termFreq = 1e5

// Dict is a list of terms to keep whole, read from a dictionary file.
type Dict struct {
	name  string
	terms map[string]float64
	order []string
}

// ParseDict reads a term dictionary: one term per line, optionally a tab
// (or spaces) and a frequency; `#` starts a comment line. name is used in
// error messages.
func ParseDict(name, text string) (*Dict, error) {
	d := &Dict{name: name, terms: map[string]float64{}}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		freq := termFreq
		switch len(f) {
		case 1:
		case 2:
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil || !(v > 0) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%s: line %d: bad frequency %q (expected a positive number)", name, i+1, f[1])
			}
			freq = v
		default:
			return nil, fmt.Errorf("%s: line %d: expected a term and an optional frequency, got %q", name, i+1, line)
		}
		term := f[0]
		if !utf8.ValidString(term) {
			return nil, fmt.Errorf("%s: line %d: not UTF-8 text", name, i+1)
		}
		if _, dup := d.terms[term]; !dup {
			d.order = append(d.order, term)
		}
		d.terms[term] = freq
	}
	return d, nil
}

// Terms lists the dictionary's terms in file order.
func (d *Dict) Terms() []string { return d.order }

func builtinTerms() (*Dict, error) { return ParseDict("segment/data/policy_terms.txt", policyTerms) }

// merge returns d with other's terms added; other wins on a shared term.
func (d *Dict) merge(other *Dict) *Dict {
	out := &Dict{name: d.name, terms: map[string]float64{}}
	for _, src := range []*Dict{d, other} {
		for _, t := range src.order {
			if _, dup := out.terms[t]; !dup {
				out.order = append(out.order, t)
			}
			out.terms[t] = src.terms[t]
		}
	}
	return out
}

// lexicon sorts the terms into a lexicon searched like gse's dictionary.
// A term already in the dictionary keeps the higher of the two
// frequencies. It returns the total frequency gse's dictionary has once
// the terms are added: the base total plus the new terms' frequencies.
func (d *Dict) lexicon(base *lexicon) (*lexicon, float64) {
	total := base.total
	var words []string
	for _, w := range d.order {
		if isHanOnly(w) { // others can never match: the segmenter cuts Han runs
			words = append(words, w)
		}
	}
	sort.Strings(words)
	var b strings.Builder
	fmt.Fprintf(&b, "#total\t%g\n", total)
	for _, w := range words {
		f := d.terms[w]
		lo, hi := base.narrow(0, base.len(), w)
		if lo < hi && base.word(lo) == w {
			f = max(f, base.freq(lo))
		} else {
			total += f
		}
		fmt.Fprintf(&b, "%s\t%s\n", w, strconv.FormatFloat(f, 'f', -1, 64))
	}
	l, _ := parseLexicon(b.String()) // well formed by construction
	return l, total
}

func isHanOnly(w string) bool {
	for _, r := range w {
		if !isHan(r) {
			return false
		}
	}
	return w != ""
}

func builtinStopWords() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(stopWords, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}
