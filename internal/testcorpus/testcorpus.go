// Package testcorpus parses the built-in 2022 corpus once for tests.
package testcorpus

import (
	"sync"
	"testing"

	"github.com/policydiff/policydiff"
	"github.com/policydiff/policydiff/document"
	"github.com/policydiff/policydiff/ingest"
)

var (
	once sync.Once
	docs []*document.Document
	err  error
)

// Documents returns the 32 reports of 2022, parsed, in corpus order.
func Documents(tb testing.TB) []*document.Document {
	tb.Helper()
	once.Do(func() {
		var srcs []*ingest.Source
		srcs, err = ingest.Parse(policydiff.Corpus2022Name, policydiff.Corpus2022)
		for _, s := range srcs {
			docs = append(docs, document.Parse(s))
		}
	})
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}
