package segment

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// lexicon is a sorted word list with frequencies, searched in place: no
// trie is built, so it is ready as soon as its lines are indexed.
type lexicon struct {
	data  string
	lines []uint32 // offset of each entry in data
	tabs  []uint32 // offset of the tab ending each entry's word
	// first maps a word's first rune to the range of entries starting
	// with it, saving the widest binary search of every lookup: an array
	// for the CJK block (looked up for every character of every text), a
	// map for the rest.
	firstCJK [cjkHigh - cjkLow][2]int32
	first    map[rune][2]int32
	total    float64 // the total frequency gse computes for the full list
}

// parseLexicon indexes a `#total\tN` header and `word\tfreq` lines sorted
// by bytes, as segment/internal/gendict writes them.
func parseLexicon(data string) (*lexicon, error) {
	header, rest, ok := strings.Cut(data, "\n")
	total, err := strconv.ParseFloat(strings.TrimPrefix(header, "#total\t"), 64)
	if !ok || !strings.HasPrefix(header, "#total\t") || err != nil {
		return nil, fmt.Errorf("dictionary: line 1: want #total\\tN, got %q", header)
	}
	n := strings.Count(rest, "\n")
	l := &lexicon{data: rest, total: total, lines: make([]uint32, 0, n), tabs: make([]uint32, 0, n), first: map[rune][2]int32{}}
	for off := 0; off < len(rest); {
		line := rest[off:]
		if nl := strings.IndexByte(line, '\n'); nl >= 0 {
			line = line[:nl]
		}
		tab := strings.IndexByte(line, '\t')
		if tab <= 0 {
			return nil, fmt.Errorf("dictionary: line %d: want word\tfrequency, got %q", len(l.lines)+2, line)
		}
		r, _ := decodeRune(line)
		i := int32(len(l.lines))
		if rg, ok := l.firstRange(r); ok {
			l.setFirst(r, [2]int32{rg[0], i + 1})
		} else {
			l.setFirst(r, [2]int32{i, i + 1})
		}
		l.lines = append(l.lines, uint32(off))
		l.tabs = append(l.tabs, uint32(off+tab))
		off += len(line) + 1
	}
	return l, nil
}

func (l *lexicon) len() int { return len(l.lines) }

// The CJK Unified Ideographs block and its extension A.
const cjkLow, cjkHigh = 0x3400, 0xA000

func (l *lexicon) firstRange(r rune) ([2]int32, bool) {
	if r >= cjkLow && r < cjkHigh {
		rg := l.firstCJK[r-cjkLow]
		return rg, rg[1] > 0
	}
	rg, ok := l.first[r]
	return rg, ok
}

func (l *lexicon) setFirst(r rune, rg [2]int32) {
	if r >= cjkLow && r < cjkHigh {
		l.firstCJK[r-cjkLow] = rg
		return
	}
	l.first[r] = rg
}

func (l *lexicon) word(i int) string { return l.data[l.lines[i]:l.tabs[i]] }

func (l *lexicon) freq(i int) float64 {
	s := l.data[l.tabs[i]+1:]
	if nl := strings.IndexByte(s, '\n'); nl >= 0 {
		s = s[:nl]
	}
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

// narrow returns the sub-range of [lo, hi) whose words start with prefix.
// Words sharing a prefix are contiguous in byte order, and all of them sort
// before prefix+"\xff" (0xff never occurs in UTF-8).
func (l *lexicon) narrow(lo, hi int, prefix string) (int, int) {
	from := lo + sort.Search(hi-lo, func(i int) bool { return l.word(lo+i) >= prefix })
	to := from + sort.Search(hi-from, func(i int) bool { return !strings.HasPrefix(l.word(from+i), prefix) })
	return from, to
}

// visit calls found for every word of the lexicon that occurs in run
// starting at a rune boundary, and prefix for every rune of run that
// begins some word without being one.
func (l *lexicon) visit(run string, found func(word string, freq float64), prefix func(r string)) {
	for k := 0; k < len(run); {
		r0, _ := decodeRune(run[k:])
		rg, _ := l.firstRange(r0)
		lo, hi := int(rg[0]), int(rg[1])
		end := k
		first := true
		for end < len(run) && lo < hi {
			_, size := decodeRune(run[end:])
			end += size
			p := run[k:end]
			if !first {
				lo, hi = l.narrow(lo, hi, p)
			}
			if lo == hi {
				break
			}
			if l.word(lo) == p {
				found(p, l.freq(lo))
			} else if first && prefix != nil {
				prefix(p)
			}
			first = false
		}
		_, size := decodeRune(run[k:])
		k += size
	}
}
