package diff

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/concepts.txt
var conceptsFile string

// concepts rewrites each variant of a concept as its canonical expression
// (改厕 → 厕所革命), for comparing commitments only; built on first use, so
// that commands which compare nothing do not pay for it.
var concepts = sync.OnceValue(func() *strings.Replacer { return parseConcepts(conceptsFile) })

func parseConcepts(text string) *strings.Replacer {
	var pairs []rewrite
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		// the canonical form maps to itself, so that 托育服务 is not read
		// as 托育 + 服务 and rewritten to 托育服务服务
		for _, v := range f {
			pairs = append(pairs, rewrite{v, f[0]})
		}
	}
	return longestFirst(pairs) // 农村改厕 wins over 改厕
}

// A rewrite is one expression (from) and what replaces it (to).
type rewrite struct{ from, to string }

// longestFirst builds a replacer that, at each position, rewrites the
// longest expression found there: strings.Replacer tries its pairs in the
// order given, so they go longest first (a stable sort keeps the file's
// order among expressions of one length).
func longestFirst(rs []rewrite) *strings.Replacer {
	sort.SliceStable(rs, func(i, j int) bool {
		return utf8.RuneCountInString(rs[i].from) > utf8.RuneCountInString(rs[j].from)
	})
	args := make([]string, 0, 2*len(rs))
	for _, r := range rs {
		args = append(args, r.from, r.to)
	}
	return strings.NewReplacer(args...)
}
