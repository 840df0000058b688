package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "policydiff",
		Short: "政策比对 — compare Chinese government work reports across regions and years",
		Long: `policydiff (政策比对) reads government work reports (政府工作报告) and other policy
documents, understands their outline (parts, sections, paragraphs) and compares them.

Documents are files (UTF-8 or GB18030 text, Markdown, HTML), directories, or region
names resolved against the built-in corpus of the 2022 reports (全国 and 31 provinces).`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return err })
	root.AddCommand(newOutlineCmd(stdout, stderr), newSplitCmd(stdout, stderr), newTopicsCmd(stdout, stderr), newTargetsCmd(stdout, stderr), newCompareCmd(stdout, stderr))
	root.CompletionOptions.DisableDefaultCmd = true
	root.DisableSuggestions = true // errors stay on one line
	return root
}

// exactArgs is cobra.ExactArgs with a message that names the argument.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return fmt.Errorf("expected %s, got %d arguments", what, len(args))
		}
		return nil
	}
}

// minArgs is cobra.MinimumNArgs with a message that names the arguments.
func minArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) < n {
			return fmt.Errorf("expected %s, got %d arguments", what, len(args))
		}
		return nil
	}
}

// maxArgs is cobra.MaximumNArgs with a message that names the arguments.
func maxArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > n {
			return fmt.Errorf("expected %s, got %d arguments", what, len(args))
		}
		return nil
	}
}
