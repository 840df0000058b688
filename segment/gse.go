package segment

import (
	"strconv"

	"github.com/go-ego/gse"
)

// gseCutter holds a gse segmenter whose dictionary holds only the words
// that occur in the texts seen so far, plus a correction entry that keeps
// gse's total frequency equal to the full dictionary's. gse scores a cut
// from the frequencies of the words in the text and that total alone, so
// its cuts are those of the full dictionary, at a fraction of the cost of
// loading it. This is the only file that imports gse.
type gseCutter struct {
	seg   gse.Segmenter
	fixes int // correction entries added
}

// correctionMark starts keys that no text contains (U+E000 is private use,
// and texts are cut in Han runs).
const correctionMark = "\ue000"

func newGSECutter() *gseCutter {
	c := &gseCutter{}
	c.seg.SkipLog = true
	c.seg.Dict = gse.NewDict()
	c.seg.Init() // loads gse's HMM model for runs of unknown characters
	return c
}

// add puts a word into the dictionary; a word already present keeps its
// first frequency, as in gse.
func (c *gseCutter) add(word string, freq float64) { c.seg.AddToken(word, freq) }

// addPrefix makes r a trie node without making it a word, as it is in the
// full dictionary when longer words start with it.
func (c *gseCutter) addPrefix(r string) { c.seg.AddToken(r+correctionMark, 0) }

// setTotal adds a correction entry so that the dictionary's total
// frequency, which gse subtracts (as a logarithm) once per word of a cut,
// is total.
func (c *gseCutter) setTotal(total float64) {
	if d := total - c.seg.Dict.TotalFreq(); d != 0 {
		c.fixes++
		c.seg.AddToken(correctionMark+strconv.Itoa(c.fixes), d)
	}
}

// cut cuts a run of Han characters with gse's accurate mode: the most
// probable path through the dictionary, and its HMM for runs of
// characters that form no known word.
func (c *gseCutter) cut(han string) []string { return c.seg.Cut(han, true) }
