#!/usr/bin/env bash
# The project's test command: static checks, every test, and a short fuzz
# run of each parser. CI (.ci/run) runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...
go test ./...

# Fuzz the parsers briefly; set FUZZTIME=0 to skip, or longer to dig
# (FUZZTIME=5m, or a count such as FUZZTIME=2000000x). The default budgets
# are counts of runs (about 20 s each here), not durations: with a duration,
# Go 1.26's fuzz coordinator can fail a clean run with "context deadline
# exceeded" as the time runs out (golang/go#75804, fixed in Go 1.27).
fuzz() {
  go test "./$1" -run '^$' -fuzz "^$2\$" -fuzztime "${FUZZTIME:-$3}"
}
if [ "${FUZZTIME:-}" != "0" ]; then
  fuzz ingest FuzzParse 400000x
  fuzz document FuzzParse 400000x
  fuzz targets FuzzExtract 300000x
fi
