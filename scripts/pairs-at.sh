#!/usr/bin/env bash
# Measures the commitment pairs of an earlier revision against today's
# hand-labelled sets: the "before" and "blind at" figures of the README.
#   scripts/pairs-at.sh [-v] REV [SET…]    SET: tuned heldout test fresh fresh2 … fresh8 topics topics2 … topics30
# With -v, every false pair and miss is listed too. Revisions before 6d57381
# count precision over 就业, 乡村振兴 and 碳达峰碳中和 only, so their precision on
# the topics* sets (other topics) means nothing; their recall does.
# The revision is checked out in a temporary worktree; today's fixtures and
# adjudications are copied in, and that revision's own pairFigures measures them.
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=false
args=()
for a in "$@"; do
	if [ "$a" = -v ]; then verbose=true; else args+=("$a"); fi
done
set -- "${args[@]}"
rev=${1:?usage: scripts/pairs-at.sh [-v] REV [SET…]}
shift
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(tuned heldout test fresh fresh2 fresh3 fresh4 fresh5 fresh6 fresh7 fresh8)
dir=$(mktemp -d)
trap 'git worktree remove --force "$dir" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
git worktree add -q --detach "$dir" "$rev"
cp testdata/expect/commitment-pairs-2022*.tsv "$dir/testdata/expect/"
paths=""
for s in "${sets[@]}"; do
	case $s in
	tuned) f=commitment-pairs-2022.tsv ;;
	*) f=commitment-pairs-2022-$s.tsv ;;
	esac
	paths="$paths \"../testdata/expect/$f\","
done
cat > "$dir/diff/zz_pairs_at_test.go" <<GO
package diff

import "testing"

func TestPairsAt(t *testing.T) {
	for _, p := range []string{$paths} {
		_, _, misses := pairFigures(t, p)
		for i, m := range misses {
			if i == 0 || $verbose {
				t.Logf("%s: %s", p, m)
			}
		}
	}
}
GO
(cd "$dir" && go test ./diff -run '^TestPairsAt$' -v -count=1) | sed -n 's/.*zz_pairs_at_test.go:[0-9]*: \.\.\/testdata\/expect\///p'
