#!/usr/bin/env bash
# Runs a corpus check and passes when its score is at least the floor recorded for it: a ratchet that only rises.
# usage: .ci/ratchet.sh NAME GOLD FILES...   (floor in .ci/floors/NAME: "recall extra_cells")
# goldcheck itself fails on any extra cell; here the run passes while recall >= the floor and extra cells <= the floor's,
# so partial progress lands and a regression does not.
set -u
name=$1; shift
floor_file="$(dirname "$0")/floors/$name"
read -r floor_recall floor_extra < "$floor_file"
out=$(../shared/tools/corpus-check.sh "$@" 2>&1)
echo "$out" | grep -v '^FAILED\|^EXTRA\|^[0-9]* passed, [0-9]* failed'
score=$(echo "$out" | sed -n 's/^score: recall \([0-9.]*\), extra cells \([0-9]*\)$/\1 \2/p' | tail -n 1)
[ -n "$score" ] || { echo "ratchet $name: no score (the check did not run)"; exit 1; }
read -r recall extra <<< "$score"
if python3 -c "import sys; sys.exit(0 if float('$recall') >= float('$floor_recall') - 1e-9 and int('$extra') <= int('$floor_extra') else 1)"; then
  echo "ratchet $name: recall $recall (floor $floor_recall), extra cells $extra (at most $floor_extra): ok"
else
  echo "ratchet $name: recall $recall (floor $floor_recall), extra cells $extra (at most $floor_extra): below the floor"
  exit 1
fi
