// Package policydiff holds the built-in corpus: the 2022 government work
// reports of the State Council and the 31 provincial-level governments.
package policydiff

import _ "embed"

// Corpus2022Name is the built-in corpus's file name, as line references show it.
const Corpus2022Name = "gov-work-reports-2022.txt"

// Corpus2022 is testdata/gov-work-reports-2022.txt, embedded.
//
//go:embed testdata/gov-work-reports-2022.txt
var Corpus2022 []byte
