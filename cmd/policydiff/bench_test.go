package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// buildBinary compiles policydiff once per benchmark run.
func buildBinary(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "policydiff")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// benchCommand runs the real binary end to end (start-up, reading the
// embedded corpus, rendering) and reports wall time per run and the peak
// resident memory of the largest run. Memory is read through GNU time
// (/usr/bin/time): a child started straight from this process would share
// its pages until exec and report this process's size as its own.
func benchCommand(b *testing.B, args ...string) {
	bin := buildBinary(b)
	timeBin, err := exec.LookPath("/usr/bin/time")
	rssFile := filepath.Join(b.TempDir(), "rss")
	var peak int64
	b.ResetTimer()
	for b.Loop() {
		var cmd *exec.Cmd
		if err == nil {
			cmd = exec.Command(timeBin, append([]string{"-f", "%M", "-o", rssFile, bin}, args...)...)
		} else {
			cmd = exec.Command(bin, args...)
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v: %v\n%s", args, err, out)
		}
		if data, err := os.ReadFile(rssFile); err == nil {
			if kb, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64); err == nil && kb > peak {
				peak = kb
			}
		}
	}
	if peak > 0 {
		b.ReportMetric(float64(peak)/1024, "peak-RSS-MB")
	} else {
		b.Log("/usr/bin/time not found (Debian package time): peak memory not measured")
	}
}

// BenchmarkOutlineNational: `policydiff outline 全国`. Budget 0.2 s, 60 MB.
func BenchmarkOutlineNational(b *testing.B) { benchCommand(b, "outline", "全国") }

// BenchmarkOutlineAllJSON: every report of the built-in corpus, to JSON,
// down to sentences.
func BenchmarkOutlineAllJSON(b *testing.B) {
	args := []string{"outline", "--format", "json", "--depth", "4"}
	benchCommand(b, append(args, "全国", "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆")...)
}

// BenchmarkCompare: `policydiff compare 全国 广东`, all topics, in every
// format. Budget: 0.5 s and 150 MB.
func BenchmarkCompare(b *testing.B) {
	for _, f := range []string{"table", "markdown", "json", "html"} {
		b.Run(f, func(b *testing.B) { benchCommand(b, "compare", "全国", "广东", "--format", f) })
	}
}

// BenchmarkTopics: `policydiff topics` over the 32 reports.
func BenchmarkTopics(b *testing.B) { benchCommand(b, "topics") }
