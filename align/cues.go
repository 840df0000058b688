package align

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Scores holds one score per topic, in taxonomy order.
type Scores []float64

// Best returns the index of the highest score (the first on ties) and the
// score; -1 when every score is 0.
func (s Scores) Best() (int, float64) {
	best, score := -1, 0.0
	for i, v := range s {
		if v > score {
			best, score = i, v
		}
	}
	return best, score
}

// Sum is the total cue score over all topics.
func (s Scores) Sum() float64 {
	t := 0.0
	for _, v := range s {
		t += v
	}
	return t
}

func (s Scores) add(o Scores, factor float64) {
	for i, v := range o {
		s[i] += factor * v
	}
}

// cueIndex finds cues in text: at each position the longest cue wins, and
// a cue listed under several topics scores for each.
type cueIndex struct {
	topics  int
	byFirst map[rune][]indexedCue // longest first
}

type indexedCue struct {
	term    string
	weights []topicWeight
}

type topicWeight struct {
	topic  int
	weight float64
}

func newCueIndex(t *Taxonomy) *cueIndex {
	terms := map[string][]topicWeight{}
	for i, topic := range t.Topics {
		for _, c := range topic.Cues {
			terms[c.Term] = append(terms[c.Term], topicWeight{i, c.Weight})
		}
	}
	idx := &cueIndex{topics: len(t.Topics), byFirst: map[rune][]indexedCue{}}
	for term, w := range terms {
		r, _ := utf8.DecodeRuneInString(term)
		idx.byFirst[r] = append(idx.byFirst[r], indexedCue{term, w})
	}
	for _, list := range idx.byFirst {
		sort.Slice(list, func(i, j int) bool {
			if len(list[i].term) != len(list[j].term) {
				return len(list[i].term) > len(list[j].term)
			}
			return list[i].term < list[j].term
		})
	}
	return idx
}

// score returns the topic scores of text.
func (idx *cueIndex) score(text string) Scores {
	s := make(Scores, idx.topics)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		matched := size
		for _, c := range idx.byFirst[r] {
			if strings.HasPrefix(text[i:], c.term) {
				for _, w := range c.weights {
					s[w.topic] += w.weight
				}
				matched = len(c.term)
				break
			}
		}
		i += matched
	}
	return s
}
