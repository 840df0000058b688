// Command gendict converts gse's simplified-Chinese dictionary (s_1.txt)
// into segment/data/zh_s.tsv: the entries gse would load, with the
// frequencies it would use, sorted by bytes for binary search, and the
// total frequency gse computes. Run it after upgrading gse:
//
//	go run ./segment/internal/gendict "$(go list -m -f '{{.Dir}}' github.com/go-ego/gse)/data/dict/zh/s_1.txt" > segment/data/zh_s.tsv
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// minTokenFreq is gse's Segmenter.MinTokenFreq default: rarer entries are
// not loaded.
const minTokenFreq = 2.0

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gendict PATH/TO/s_1.txt")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	type entry struct {
		word string
		freq float64
	}
	var (
		entries []entry
		seen    = map[string]bool{}
		total   float64
	)
	// The same reading as gse's LoadDictStr: split at "\n" and " ".
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, " ")
		word := strings.TrimSpace(f[0])
		if len(f) < 2 || word == "" {
			continue
		}
		freq, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
		if err != nil || freq < minTokenFreq {
			continue
		}
		if utf8.RuneCountInString(word) < 2 {
			freq = 2 // gse's Size: single characters get frequency 2
		}
		key := strings.ToLower(word) // gse lower-cases Latin letters in keys
		if seen[key] {
			continue // gse keeps the first of duplicate entries
		}
		seen[key] = true
		total += freq
		entries = append(entries, entry{key, freq})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].word < entries[j].word })
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "#total\t%s\n", strconv.FormatFloat(total, 'f', -1, 64))
	for _, e := range entries {
		fmt.Fprintf(w, "%s\t%s\n", e.word, strconv.FormatFloat(e.freq, 'f', -1, 64))
	}
	w.Flush()
}
