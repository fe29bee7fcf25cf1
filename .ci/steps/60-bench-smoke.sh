#!/usr/bin/env bash
# Proves `npm run bench` works on a fresh machine (2 runs only; CI never judges the numbers).
set -uo pipefail
out=$(mktemp --suffix=.json)
if node bench/run.mjs --runs 2 --out "$out" && node -e "JSON.parse(require('fs').readFileSync('$out', 'utf8')).targets.length || process.exit(1)"; then
  echo "pass bench-smoke" >>"$CI_RESULTS"
else
  echo "fail bench-smoke" >>"$CI_RESULTS"
fi
rm -f "$out"
