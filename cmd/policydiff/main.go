// Command policydiff compares Chinese government work reports and other
// policy documents across regions and years.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// Exit codes.
const (
	exitOK        = 0
	exitThreshold = 1 // a review threshold was not met
	exitError     = 2 // usage or input error
)

// errThreshold is returned by commands whose review threshold was not met.
var errThreshold = errors.New("threshold not met")

// run executes the command line and returns the exit code; every error is
// one line on stderr.
func run(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errThreshold):
		return exitThreshold
	}
	fmt.Fprintf(stderr, "policydiff: %v\n", err)
	return exitError
}
