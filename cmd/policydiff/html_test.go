package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromiumFlags keep headless Chromium off the network (this machine's
// closed network refuses its background connections).
var chromiumFlags = []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync"}

// TestCompareHTMLInChromium opens the HTML report in headless Chromium:
// the page must load with no console message and its DOM must hold the
// topics, the highlights and the links to the source lines.
func TestCompareHTMLInChromium(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed: HTML check skipped (.ci/run installs it; apt-get install chromium)")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "compare.html")
	var out, errOut bytes.Buffer
	if code := run([]string{"compare", "全国", "广东", "--topic", "就业,碳达峰碳中和", "--format", "html", "-o", page}, &out, &errOut); code != 0 {
		t.Fatalf("compare: exit %d: %s", code, errOut.String())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	args := append(append([]string{}, chromiumFlags...), "--user-data-dir="+filepath.Join(dir, "profile"),
		"--enable-logging=stderr", "--v=0", "--dump-dom", "file://"+page)
	cmd := exec.CommandContext(ctx, browser, args...)
	var dom, logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &dom, &logs
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, logs.String())
	}
	if console := regexp.MustCompile(`(?m)^.*:CONSOLE\(\d+\)\].*$`).FindAllString(logs.String(), -1); len(console) > 0 {
		t.Errorf("console messages:\n%s", strings.Join(console, "\n"))
	}
	html := dom.String()
	for _, want := range []string{
		`<section class="topic" id="topic-employment">`,
		`<section class="topic" id="topic-carbon-peak-neutrality">`,
		`<a href="#topic-employment">就业</a>`,
		`城镇新增就业<del>1100万人以上</del>`,
		`城镇新增就业<ins>110万人</ins>`,
		`<div id="a-L63"><a class="line" href="#a-L63">63</a>`,
		`href="#b-L3026"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("DOM lacks %s", want)
		}
	}
	if strings.Contains(html, "<script") || regexp.MustCompile(`(src|href)="https?:`).MatchString(html) {
		t.Error("the page must be self-contained: no scripts, no network resources")
	}
	if os.Getenv("POLICYDIFF_KEEP_HTML") != "" {
		os.WriteFile(os.Getenv("POLICYDIFF_KEEP_HTML"), dom.Bytes(), 0o644)
	}
}
