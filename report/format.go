// Package report renders policydiff's results as terminal tables,
// Markdown, JSON, CSV and HTML.
package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// Format is an output format.
type Format string

const (
	Table    Format = "table"
	Markdown Format = "markdown"
	JSON     Format = "json"
	CSV      Format = "csv"
	HTML     Format = "html"
)

// ParseFormat checks a --format value against the formats a command offers.
func ParseFormat(s string, allowed ...Format) (Format, error) {
	for _, f := range allowed {
		if Format(strings.ToLower(s)) == f {
			return f, nil
		}
	}
	names := make([]string, len(allowed))
	for i, f := range allowed {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q (expected %s)", s, orList(names))
}

// orList joins names as `a, b or c`.
func orList(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// SchemaVersion is the version of every JSON document policydiff writes;
// it changes when a field is removed or changes meaning.
const SchemaVersion = 1

// writeJSON encodes v indented, with Chinese and <>& left unescaped.
func writeJSON(buf *bytes.Buffer, v any) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
