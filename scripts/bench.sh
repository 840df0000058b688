#!/usr/bin/env bash
# Measures the budgets named in the README: parsing speed and end-to-end
# command time and peak memory. Medians of COUNT runs (default 10); the
# machine may be shared and noisy, so compare medians, not single runs.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-10}
out=$(mktemp)
go test ./document ./segment ./align ./diff ./targets ./cmd/policydiff -run '^$' -bench . -count "$count" | tee "$out" | grep -E '^(Benchmark|ok|---)' >&2 || true
echo
echo "median over $count runs:"
awk '/^Benchmark/ {
  name=$1; sub(/-[0-9]+$/, "", name)
  t[name]=t[name] " " $3
  for (i=4; i<NF; i++) if ($(i+1)=="peak-RSS-MB") m[name]=m[name] " " $i
}
function median(list,   a, n, i, j, x) {
  n=split(list, a, " ")
  for (i=2; i<=n; i++) { x=a[i]; j=i-1; while (j>0 && a[j]+0>x+0) { a[j+1]=a[j]; j-- } a[j+1]=x }
  return (n%2) ? a[(n+1)/2] : (a[n/2]+a[n/2+1])/2
}
END {
  for (k in t) {
    line=sprintf("  %-28s %10.1f ms", k, median(t[k])/1e6)
    if (k in m) line=line sprintf("  %6.1f MB peak RSS", median(m[k]))
    print line
  }
}' "$out" | sort
rm -f "$out"
