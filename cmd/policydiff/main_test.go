package main

import (
	"encoding/hex"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"policydiff": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end command scripts in testdata/script.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// exits N PROGRAM ARGS...: run PROGRAM and require exit code N;
			// its output is checked with stdout and stderr as after exec.
			"exits": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) < 2 {
					ts.Fatalf("usage: exits N PROGRAM ARGS...")
				}
				want, err := strconv.Atoi(args[0])
				ts.Check(err)
				prog := ""
				for _, dir := range filepath.SplitList(ts.Getenv("PATH")) {
					if p := filepath.Join(dir, args[1]); fileExists(p) {
						prog = p
						break
					}
				}
				if prog == "" {
					ts.Fatalf("%s: not found in $PATH", args[1])
				}
				cmd := exec.Command(prog, args[2:]...)
				cmd.Dir = ts.Getenv("WORK")
				cmd.Env = os.Environ()
				for _, k := range []string{"PATH", "HOME", "TMPDIR"} {
					cmd.Env = append(cmd.Env, k+"="+ts.Getenv(k))
				}
				cmd.Stdout, cmd.Stderr = ts.Stdout(), ts.Stderr()
				err = cmd.Run()
				code := 0
				var ee *exec.ExitError
				if errors.As(err, &ee) {
					code = ee.ExitCode()
				} else {
					ts.Check(err)
				}
				if (code == want) == neg {
					ts.Fatalf("exit code %d, want %d", code, want)
				}
			},
			// hexfile FILE HEX: write raw bytes (binary junk, broken encodings).
			"hexfile": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: hexfile FILE HEX")
				}
				b, err := hex.DecodeString(strings.ReplaceAll(args[1], " ", ""))
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o644))
			},
			// gbk SRC DST: write SRC re-encoded as GB18030.
			"gbk": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: gbk SRC DST")
				}
				b, err := simplifiedchinese.GB18030.NewEncoder().String(ts.ReadFile(args[0]))
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(b), 0o644))
			},
			// crlf SRC DST: write SRC with CRLF line ends.
			"crlf": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: crlf SRC DST")
				}
				s := strings.ReplaceAll(ts.ReadFile(args[0]), "\n", "\r\n")
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(s), 0o644))
			},
		},
	})
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
