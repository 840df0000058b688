// Package segment cuts Chinese policy text into words, keeping policy
// terms (碳达峰, 专精特新, 留抵退税 …) whole.
package segment

import (
	_ "embed"
	"runtime"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/zh_s.tsv
var zhS string

// Kind classes a token.
type Kind uint8

const (
	Word   Kind = iota // a run of Han characters cut by the dictionary
	Number             // digits with a decimal point or percent sign: 5.5%, 1100
	Latin              // letters and digits mixed: PM2.5, 5G
	Punct              // punctuation and symbols
	Space
)

// Token is one unit of text; the tokens of a text, joined, give it back.
type Token struct {
	Text string
	Kind Kind
}

// Segmenter cuts text. It is safe for concurrent use.
type Segmenter struct {
	words *lexicon // gse's dictionary
	terms *lexicon // policy terms and the user's own, sorted
	stop  map[string]bool

	mu       sync.Mutex
	cutter   *gseCutter
	seen     map[string]bool // words (and prefixes) already in cutter
	total    float64
	cutLocks sync.RWMutex // cutting (read) vs growing the dictionary (write)
}

var (
	baseOnce sync.Once
	base     *lexicon
	baseErr  error
)

// New returns a segmenter with the built-in policy terms, stop words and
// the user's dictionaries (see ParseDict). Start-up indexes the embedded
// dictionary once per process, in a few milliseconds; no trie is built
// until text arrives.
func New(userDicts ...*Dict) (*Segmenter, error) {
	terms, err := builtinTerms()
	if err != nil {
		return nil, err
	}
	for _, d := range userDicts {
		terms = terms.merge(d)
	}
	return newSegmenter(terms)
}

// newSegmenter builds a segmenter with exactly the given terms (none for
// gse's own cuts).
func newSegmenter(terms *Dict) (*Segmenter, error) {
	baseOnce.Do(func() { base, baseErr = parseLexicon(zhS) })
	if baseErr != nil {
		return nil, baseErr
	}
	s := &Segmenter{words: base, stop: builtinStopWords(), seen: map[string]bool{}}
	s.terms, s.total = terms.lexicon(base)
	return s, nil
}

// Cut cuts one text.
func (s *Segmenter) Cut(text string) []Token { return s.CutAll([]string{text})[0] }

// CutAll cuts many texts: it loads the words of their distinct Han runs,
// cuts each distinct run once, in parallel, then assembles the tokens.
func (s *Segmenter) CutAll(texts []string) [][]Token {
	index := map[string]int{}
	var runs []string
	for _, t := range texts {
		for _, r := range hanRuns(t) {
			if _, ok := index[r]; !ok {
				index[r] = len(runs)
				runs = append(runs, r)
			}
		}
	}
	s.load(runs)
	s.cutLocks.RLock()
	defer s.cutLocks.RUnlock()
	cuts := make([][]string, len(runs))
	parallel(len(runs), func(i int) {
		if r := runs[i]; utf8.RuneCountInString(r) == 1 {
			cuts[i] = []string{r} // one character: nothing to cut
		} else {
			cuts[i] = s.cutter.cut(r)
		}
	})
	out := make([][]Token, len(texts))
	parallel(len(texts), func(i int) {
		out[i] = s.cutText(texts[i], func(run string) []string { return cuts[index[run]] })
	})
	return out
}

// parallel calls f for 0 … n-1 on GOMAXPROCS goroutines, each taking a
// contiguous share.
func parallel(n int, f func(i int)) {
	workers := max(1, min(runtime.GOMAXPROCS(0), n))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				f(i)
			}
		}(w*n/workers, (w+1)*n/workers)
	}
	wg.Wait()
}

// load adds to the gse dictionary every word of the lexicons that occurs
// in the Han runs and is not there yet. The runs are scanned in parallel;
// gse's dictionary is then grown in one goroutine, in run order, so the
// result does not depend on scheduling.
func (s *Segmenter) load(runs []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cutLocks.Lock()
	defer s.cutLocks.Unlock()
	if s.cutter == nil {
		s.cutter = newGSECutter()
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), len(runs)))
	found := make([]*finds, workers)
	var wg sync.WaitGroup
	for w := range workers {
		found[w] = &finds{}
		wg.Add(1)
		go func(f *finds, lo, hi int) {
			defer wg.Done()
			term, word, prefix := f.term(s.seen), f.word(s.seen), f.prefix(s.seen)
			for _, run := range runs[lo:hi] {
				s.terms.visit(run, term, nil)
				s.words.visit(run, word, prefix)
			}
		}(found[w], w*len(runs)/workers, (w+1)*len(runs)/workers)
	}
	wg.Wait()
	added := false
	// Policy terms first: gse keeps the first frequency it is given.
	for _, f := range found {
		for _, e := range f.terms {
			added = s.add(e.word, e.freq) || added
		}
	}
	for _, f := range found {
		for _, e := range f.words {
			added = s.add(e.word, e.freq) || added
		}
		for _, r := range f.prefixes {
			if k := r + correctionMark; !s.seen[k] {
				s.seen[k] = true
				s.cutter.addPrefix(r)
				added = true
			}
		}
	}
	if added {
		s.cutter.setTotal(s.total)
	}
}

func (s *Segmenter) add(word string, freq float64) bool {
	if s.seen[word] {
		return false
	}
	s.seen[word] = true
	s.cutter.add(word, freq)
	return true
}

// finds collects, for one scanning goroutine, the words not yet in the
// gse dictionary, in the order met.
type finds struct {
	terms, words []entry
	prefixes     []string
	// local holds what this goroutine has collected, by kind.
	local [3]map[string]bool
}

type entry struct {
	word string
	freq float64
}

// Kinds of finds.
const (
	foundTerm = iota
	foundWord
	foundPrefix
)

// once reports whether key (of a kind) is new both to the dictionary
// (seen, keyed as the dictionary keys it) and to this goroutine.
func (f *finds) once(kind int, key string, seenKey string, seen map[string]bool) bool {
	if seen[seenKey] || f.local[kind][key] {
		return false
	}
	if f.local[kind] == nil {
		f.local[kind] = map[string]bool{}
	}
	f.local[kind][key] = true
	return true
}

func (f *finds) term(seen map[string]bool) func(string, float64) {
	return func(w string, freq float64) {
		if f.once(foundTerm, w, w, seen) {
			f.terms = append(f.terms, entry{w, freq})
		}
	}
}

func (f *finds) word(seen map[string]bool) func(string, float64) {
	return func(w string, freq float64) {
		if f.once(foundWord, w, w, seen) {
			f.words = append(f.words, entry{w, freq})
		}
	}
}

func (f *finds) prefix(seen map[string]bool) func(string) {
	return func(r string) {
		if !f.local[foundPrefix][r] && f.once(foundPrefix, r, r+correctionMark, seen) {
			f.prefixes = append(f.prefixes, r)
		}
	}
}

// cutText splits text into Han runs, numbers, Latin words, punctuation and
// space, and cuts the Han runs with gse. (gse mis-scores Han text that
// shares a call with digits or lower-case letters, so it only ever sees
// Han runs.)
func (s *Segmenter) cutText(text string, cutRun func(string) []string) []Token {
	var out []Token
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		j := i + size
		switch {
		case isHan(r):
			for j < len(text) {
				r2, n := utf8.DecodeRuneInString(text[j:])
				if !isHan(r2) {
					break
				}
				j += n
			}
			for _, w := range cutRun(text[i:j]) {
				out = append(out, Token{Text: w, Kind: Word})
			}
			i = j
			continue
		case isDigit(r) || isLatin(r):
			kind := Number
			for j < len(text) {
				r2, n := utf8.DecodeRuneInString(text[j:])
				if isLatin(r2) {
					kind = Latin
				} else if !isDigit(r2) && !(isDecimalPoint(r2) && j+n < len(text) && startsWithDigit(text[j+n:])) {
					break
				}
				j += n
			}
			if isLatin(r) {
				kind = Latin
			}
			if kind == Number && j < len(text) {
				if r2, n := utf8.DecodeRuneInString(text[j:]); r2 == '%' || r2 == '％' || r2 == '‰' {
					j += n
				}
			}
			out = append(out, Token{Text: text[i:j], Kind: kind})
		case unicode.IsSpace(r):
			out = append(out, Token{Text: text[i:j], Kind: Space})
		default:
			out = append(out, Token{Text: text[i:j], Kind: Punct})
		}
		i = j
	}
	return out
}

// Words returns the tokens that count for similarity: words and numbers,
// without stop words.
func (s *Segmenter) Words(tokens []Token) []string {
	var out []string
	for _, t := range tokens {
		if (t.Kind == Word || t.Kind == Number || t.Kind == Latin) && !s.stop[t.Text] {
			out = append(out, t.Text)
		}
	}
	return out
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func isLatin(r rune) bool {
	return r < utf8.RuneSelf && unicode.IsLetter(r) || r >= 'Ａ' && r <= 'ｚ'
}

func isDecimalPoint(r rune) bool { return r == '.' || r == '．' }

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isDigit(r)
}

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// hanRuns returns the maximal runs of Han characters in text.
func hanRuns(text string) []string {
	var runs []string
	start := -1
	for i, r := range text {
		if isHan(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			runs = append(runs, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		runs = append(runs, text[start:])
	}
	return runs
}
