package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestCompareGolden renders one real comparison in every format and
// compares it with testdata/golden; `go test ./cmd/policydiff -run Golden
// -update` rewrites them after an intended change (review the git diff).
func TestCompareGolden(t *testing.T) {
	args := []string{"compare", "全国", "广东", "--topic", "就业,乡村振兴,碳达峰碳中和"}
	for _, f := range []struct{ format, file string }{
		{"table", "compare.txt"}, {"markdown", "compare.md"}, {"json", "compare.json"}, {"html", "compare.html"},
	} {
		var out, errOut bytes.Buffer
		if code := run(append(args, "--format", f.format), &out, &errOut); code != 0 {
			t.Fatalf("%s: exit %d: %s", f.format, code, errOut.String())
		}
		golden := filepath.Join("testdata", "golden", f.file)
		if *update {
			if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(out.Bytes(), want) {
			t.Errorf("%s differs from %s (run with -update if intended):\n%s", f.format, golden, lineDiff(string(want), out.String()))
		}
	}
}

// lineDiff shows the first lines where two texts differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n- %s\n+ %s\n", i+1, wl, gl)
			shown++
		}
	}
	return b.String()
}
