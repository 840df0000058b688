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

# Fuzz the parsers briefly; set FUZZTIME=0 to skip, or longer to dig.
fuzztime=${FUZZTIME:-20s}
if [ "$fuzztime" != "0" ]; then
  go test ./ingest -run '^$' -fuzz '^FuzzParse$' -fuzztime "$fuzztime"
  go test ./document -run '^$' -fuzz '^FuzzParse$' -fuzztime "$fuzztime"
  go test ./targets -run '^$' -fuzz '^FuzzExtract$' -fuzztime "$fuzztime"
fi
