package ingest

import (
	"errors"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	const text = "一、2021年工作回顾\n过去一年，经济增长8.1%。\n"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(text)
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	for _, c := range []struct {
		name    string
		in      string
		want    string
		enc     Encoding
		wantErr string
	}{
		{"utf-8", text, text, UTF8, ""},
		{"utf-8 with BOM", "\xef\xbb\xbf" + text, text, UTF8, ""},
		{"gbk", gbk, text, GB18030, ""},
		{"utf-16 with BOM", utf16, text, UTF16, ""},
		{"empty", "", "", "", "empty file"},
		{"only spaces", " \n\t\n", "", "", "empty file"},
		{"NUL bytes", "abc\x00def", "", "", "binary data, not text"},
		{"control bytes", "\x01\x02\x03\x04\x05abc", "", "", "binary data, not text"},
		{"latin-1", "caf\xe9 cr\xe8me br\xfbl\xe9e\n", "", "", "line 1: not UTF-8 or GB18030 text"},
		{"utf-8 with a stray byte on line 3", "第一行\n第二行\n第三\x93行\n", "", "", "line 3: not UTF-8 or GB18030 text"},
		{"utf-8 cut inside a character", text + "就"[:2], "", "", "line 3: not UTF-8 or GB18030 text"},
		{"BOM only", "\xef\xbb\xbf \n", "", "", "empty file"},
		{"UTF-16 BOM only", "\xff\xfe", "", "", "empty file"},
		{"UTF-16 lone surrogate", "\xff\xfe\x00\xd8a\x00", "", "", "not UTF-8 or GB18030 text"},
		{"truncated gbk on line 2", gbk[:len(gbk)-len("。\n")-1] + "\xff", "", "", "line 2: not UTF-8 or GB18030 text"},
	} {
		got, enc, err := Decode([]byte(c.in))
		if c.wantErr != "" {
			if err == nil || err.Error() != c.wantErr {
				t.Errorf("%s: error %v, want %q", c.name, err, c.wantErr)
			}
			continue
		}
		if err != nil || got != c.want || enc != c.enc {
			t.Errorf("%s: got %q, %s, %v; want %q, %s", c.name, got, enc, err, c.want, c.enc)
		}
	}
}

func TestDecodeErrorsAreClassified(t *testing.T) {
	_, _, err := Decode([]byte("caf\xe9\n"))
	if !errors.Is(err, ErrUndecodable) {
		t.Errorf("error %v does not wrap ErrUndecodable", err)
	}
}
