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
	type pair struct{ from, to string }
	var pairs []pair
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		// the canonical form maps to itself, so that 托育服务 is not read
		// as 托育 + 服务 and rewritten to 托育服务服务
		for _, v := range f {
			pairs = append(pairs, pair{v, f[0]})
		}
	}
	// strings.Replacer tries its pairs in order at each position: longest
	// variants first, so 农村改厕 wins over 改厕.
	sort.SliceStable(pairs, func(i, j int) bool {
		return utf8.RuneCountInString(pairs[i].from) > utf8.RuneCountInString(pairs[j].from)
	})
	var args []string
	for _, p := range pairs {
		args = append(args, p.from, p.to)
	}
	return strings.NewReplacer(args...)
}
