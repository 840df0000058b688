// Package ingest turns files, directories and the built-in corpus into
// numbered lines of text with report metadata.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names the byte encoding a file was read in.
type Encoding string

const (
	UTF8    Encoding = "UTF-8"
	UTF16   Encoding = "UTF-16"
	GB18030 Encoding = "GB18030"
)

// ErrEmpty, ErrBinary and ErrUndecodable classify input that cannot be read
// as a report; callers wrap them with the file name.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary data, not text")
	ErrUndecodable = errors.New("not UTF-8 or GB18030 text")
)

// minCommonHanShare is the share of GB18030 double-byte characters that must
// fall in the GB2312 block (punctuation and the 6,763 common characters) for
// non-UTF-8 bytes to be accepted as GB18030. Real GBK reports score above
// 0.97; random bytes decode to about 0.43, so 0.8 separates them widely.
const minCommonHanShare = 0.8

// maxControlShare is the share of control bytes (other than tab, CR, LF, FF)
// above which data is treated as binary. Text has none; executables and
// archives have many more than 1%.
const maxControlShare = 0.01

// Decode detects the encoding of data and returns it as UTF-8 text without a
// byte-order mark. Errors say what is wrong and, where it helps, on which line.
func Decode(data []byte) (string, Encoding, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return "", "", ErrUndecodable // lone surrogates or an odd byte count
		}
		if len(bytes.TrimSpace(out)) == 0 {
			return "", "", ErrEmpty
		}
		return string(out), UTF16, nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", ErrEmpty
	}
	if isBinary(data) {
		return "", "", ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), UTF8, nil
	}
	if line, broken := brokenUTF8(data); broken {
		return "", "", fmt.Errorf("line %d: %w", line, ErrUndecodable)
	}
	if line, ok := plausibleGB18030(data); !ok {
		return "", "", fmt.Errorf("line %d: %w", line, ErrUndecodable)
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", ErrUndecodable
	}
	return string(out), GB18030, nil
}

// minUTF8Han is how many three-byte UTF-8 characters (the CJK range) must
// precede a file's first invalid byte for it to count as broken UTF-8
// rather than another encoding: GBK byte pairs often pass as two-byte
// UTF-8, almost never as three-byte.
const minUTF8Han = 2

// brokenUTF8 reports a UTF-8 text with a bad byte, and that byte's line.
func brokenUTF8(data []byte) (int, bool) {
	han := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return 1 + bytes.Count(data[:i], []byte("\n")), han >= minUTF8Han
		}
		if size == 3 {
			han++
		}
		i += size
	}
	return 0, false
}

func isBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	control := 0
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' {
			control++
		}
	}
	return float64(control) > maxControlShare*float64(len(data))
}

// plausibleGB18030 walks data as GB18030 and reports whether every sequence
// is well formed and the text looks like Chinese. On failure it returns the
// line of the first bad sequence (or 1 when the text is merely implausible).
func plausibleGB18030(data []byte) (int, bool) {
	line, doubles, common := 1, 0, 0
	for i := 0; i < len(data); {
		b := data[i]
		switch {
		case b < 0x80:
			if b == '\n' {
				line++
			}
			i++
		case b >= 0x81 && b <= 0xFE && i+1 < len(data):
			t := data[i+1]
			switch {
			case t >= 0x40 && t <= 0xFE && t != 0x7F:
				doubles++
				if b >= 0xA1 && b <= 0xF7 && t >= 0xA1 {
					common++
				}
				i += 2
			case t >= 0x30 && t <= 0x39 && i+3 < len(data) &&
				data[i+2] >= 0x81 && data[i+2] <= 0xFE && data[i+3] >= 0x30 && data[i+3] <= 0x39:
				i += 4
			default:
				return line, false
			}
		default:
			return line, false
		}
	}
	if doubles == 0 || float64(common) < minCommonHanShare*float64(doubles) {
		return 1, false
	}
	return 0, true
}
