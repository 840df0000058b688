package align

import (
	"sort"

	"github.com/policydiff/policydiff/document"
)

// Tuning constants for labelling, checked against the hand-labelled
// paragraphs in testdata/expect/topics-2022.tsv (see label_test.go).
const (
	// leadWeight: a paragraph's lead sentence (`稳步提高居民收入。`) names
	// its subject, so its cues count this many times.
	leadWeight = 2
	// headingWeight: the section heading above a paragraph adds its cues at
	// this fraction, enough to tip a short paragraph, never to outweigh
	// the paragraph's own text.
	headingWeight = 0.5
	// minTopicScore: a paragraph or passage needs one strong cue (weight
	// 3) or two weaker ones to be labelled with a topic.
	minTopicScore = 3
	// minTopicShare: a paragraph is labelled with every topic scoring at
	// least this share of its best topic, so a paragraph on 就业和社会保障
	// gets both.
	minTopicShare = 0.5
	// minSentenceTopicScore: a sentence this strongly about a topic (two
	// strong cues: 完善碳达峰、碳中和政策体系) labels its paragraph with the
	// topic even when the paragraph is mostly about another (福建 2110,
	// 生态省建设, with a sentence on 碳达峰).
	minSentenceTopicScore = 6
	// longParagraphSentences: paragraphs this long (江苏's and 湖北's
	// one-paragraph sections) are labelled sentence by sentence.
	longParagraphSentences = 10
)

// Labelled is a document with topic scores for every paragraph.
type Labelled struct {
	Doc        *document.Document
	Paragraphs []*ParagraphLabel
	unitCache
}

// ParagraphLabel holds a paragraph's topics.
type ParagraphLabel struct {
	Paragraph *document.Paragraph
	Part      *document.Part
	Section   *document.Section // nil outside sections
	// Scores weighs the lead sentence and the section heading in;
	// Sentences are each sentence's own scores.
	Scores    Scores
	Sentences []Scores
	// Topics are the labelled topics, best first.
	Topics []int
	// Runs split a long paragraph into runs of sentences on one topic;
	// empty for ordinary paragraphs.
	Runs []Run
}

// Run is a span of sentences [From, To) of one paragraph on one topic.
type Run struct {
	From, To int
	Topic    int
	Score    float64
}

// Long reports whether the paragraph is labelled sentence by sentence.
func (p *ParagraphLabel) Long() bool { return len(p.Paragraph.Sentences) >= longParagraphSentences }

func (a *Aligner) label(d *document.Document) *Labelled {
	l := &Labelled{Doc: d}
	for _, part := range d.Parts {
		sectionOf := map[*document.Paragraph]*document.Section{}
		for _, s := range part.Sections {
			for _, p := range s.Paragraphs {
				sectionOf[p] = s
			}
		}
		for _, para := range part.Paragraphs {
			if para.Heading {
				continue
			}
			pl := &ParagraphLabel{Paragraph: para, Part: part, Section: sectionOf[para], Scores: make(Scores, len(a.tax.Topics))}
			for i, s := range para.Sentences {
				sc := a.cues.score(s.Text)
				pl.Sentences = append(pl.Sentences, sc)
				w := 1.0
				if i == 0 && para.Lead != "" {
					w = leadWeight
				}
				pl.Scores.add(sc, w)
			}
			if pl.Section != nil && pl.Section.Paragraphs[0] != para {
				pl.Scores.add(a.cues.score(pl.Section.Heading), headingWeight)
			}
			if pl.Long() {
				pl.Runs = runs(pl.Sentences)
				pl.Topics = runTopics(pl.Runs)
			} else {
				pl.Topics = withSentenceTopics(topicsOf(pl.Scores), pl.Sentences)
			}
			l.Paragraphs = append(l.Paragraphs, pl)
		}
	}
	return l
}

// topicsOf returns the topics a score vector is labelled with, best first.
func topicsOf(s Scores) []int {
	_, best := s.Best()
	var out []int
	for i, v := range s {
		if v >= minTopicScore && v >= minTopicShare*best {
			out = append(out, i)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return s[out[i]] > s[out[j]] })
	return out
}

// withSentenceTopics adds the topics of strongly marked sentences.
func withSentenceTopics(topics []int, sentences []Scores) []int {
	for _, s := range sentences {
		t, v := s.Best()
		if v >= minSentenceTopicScore && !containsInt(topics, t) {
			topics = append(topics, t)
		}
	}
	return topics
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// runs groups consecutive sentences by their best topic; a sentence with
// no cue joins the run before it.
func runs(sentences []Scores) []Run {
	var out []Run
	for i, s := range sentences {
		t, v := s.Best()
		if n := len(out); n > 0 && (t < 0 || t == out[n-1].Topic) {
			out[n-1].To = i + 1
			out[n-1].Score += v
			continue
		}
		out = append(out, Run{From: i, To: i + 1, Topic: t, Score: v})
	}
	return out
}

func runTopics(rs []Run) []int {
	score := map[int]float64{}
	var order []int
	for _, r := range rs {
		if r.Topic < 0 || r.Score < minTopicScore {
			continue
		}
		if _, ok := score[r.Topic]; !ok {
			order = append(order, r.Topic)
		}
		score[r.Topic] += r.Score
	}
	sort.SliceStable(order, func(i, j int) bool { return score[order[i]] > score[order[j]] })
	return order
}
