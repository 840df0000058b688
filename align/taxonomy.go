// Package align pairs equivalent passages and sections of policy documents
// through a topic taxonomy.
package align

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"
)

//go:embed data/topics.yaml
var builtinTaxonomy []byte

// BuiltinTaxonomyName names the built-in taxonomy in messages.
const BuiltinTaxonomyName = "align/data/topics.yaml"

// Taxonomy is the list of policy areas documents are aligned on.
type Taxonomy struct {
	Name   string
	Topics []Topic
}

// Topic is one policy area.
type Topic struct {
	ID   string `json:"id"`
	Zh   string `json:"zh"`
	En   string `json:"en"`
	Cues []Cue  `json:"cues"`
}

// Cue is a term whose presence in a sentence signals the topic.
type Cue struct {
	Term   string  `json:"term"`
	Weight float64 `json:"weight"`
}

var idRe = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// Cue weights outside this range are refused: a weight of 0 would be a cue
// that does nothing, and one above 10 would drown every other cue.
const minCueWeight, maxCueWeight = 0.1, 10.0

// BuiltinTaxonomy returns the embedded taxonomy.
func BuiltinTaxonomy() (*Taxonomy, error) { return ParseTaxonomy(BuiltinTaxonomyName, builtinTaxonomy) }

// ParseTaxonomy reads a taxonomy file (see align/data/topics.yaml); errors
// name the file and the line.
func ParseTaxonomy(name string, data []byte) (*Taxonomy, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return nil, fmt.Errorf("%s: %s", name, te.Errors[0])
		}
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if len(root.Content) == 0 {
		return nil, fmt.Errorf("%s: empty taxonomy", name)
	}
	doc := root.Content[0]
	bad := func(n *yaml.Node, format string, args ...any) error {
		return fmt.Errorf("%s: line %d: %s", name, n.Line, fmt.Sprintf(format, args...))
	}
	if doc.Kind != yaml.MappingNode {
		return nil, bad(doc, "expected a mapping with a topics list")
	}
	t := &Taxonomy{Name: name}
	var topics *yaml.Node
	for i := 0; i+1 < len(doc.Content); i += 2 {
		switch k, v := doc.Content[i], doc.Content[i+1]; k.Value {
		case "version":
			if v.Value != "1" {
				return nil, bad(v, "unsupported version %q (expected 1)", v.Value)
			}
		case "topics":
			topics = v
		default:
			return nil, bad(k, "unknown key %q (expected version or topics)", k.Value)
		}
	}
	if topics == nil || topics.Kind != yaml.SequenceNode || len(topics.Content) == 0 {
		return nil, bad(doc, "expected a non-empty topics list")
	}
	seen := map[string]int{}
	for _, n := range topics.Content {
		topic, err := parseTopic(n, bad)
		if err != nil {
			return nil, err
		}
		if line, dup := seen[topic.ID]; dup {
			return nil, bad(n, "duplicate topic id %q (first at line %d)", topic.ID, line)
		}
		seen[topic.ID] = n.Line
		t.Topics = append(t.Topics, topic)
	}
	return t, nil
}

func parseTopic(n *yaml.Node, bad func(*yaml.Node, string, ...any) error) (Topic, error) {
	var t Topic
	if n.Kind != yaml.MappingNode {
		return t, bad(n, "expected a topic (id, zh, en, cues)")
	}
	var cues *yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "id":
			t.ID = v.Value
		case "zh":
			t.Zh = v.Value
		case "en":
			t.En = v.Value
		case "cues":
			cues = v
		default:
			return t, bad(k, "unknown key %q (expected id, zh, en or cues)", k.Value)
		}
	}
	switch {
	case !idRe.MatchString(t.ID):
		return t, bad(n, "topic id %q: expected lower-case words joined by hyphens", t.ID)
	case t.Zh == "" || t.En == "":
		return t, bad(n, "topic %s: zh and en names are required", t.ID)
	case cues == nil || cues.Kind != yaml.MappingNode || len(cues.Content) == 0:
		return t, bad(n, "topic %s: expected cues, a mapping of term: weight", t.ID)
	}
	terms := map[string]bool{}
	for i := 0; i+1 < len(cues.Content); i += 2 {
		k, v := cues.Content[i], cues.Content[i+1]
		w, err := strconv.ParseFloat(v.Value, 64)
		if err != nil || w < minCueWeight || w > maxCueWeight {
			return t, bad(v, "topic %s: cue %s: weight %q is not a number from %g to %g", t.ID, k.Value, v.Value, minCueWeight, maxCueWeight)
		}
		if k.Value == "" || terms[k.Value] {
			return t, bad(k, "topic %s: empty or repeated cue %q", t.ID, k.Value)
		}
		terms[k.Value] = true
		t.Cues = append(t.Cues, Cue{Term: k.Value, Weight: w})
	}
	return t, nil
}

// Index returns the position of the topic with the given id or Chinese
// name, or -1.
func (t *Taxonomy) Index(name string) int {
	for i, topic := range t.Topics {
		if topic.ID == name || topic.Zh == name {
			return i
		}
	}
	return -1
}
