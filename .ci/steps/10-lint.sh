#!/usr/bin/env bash
# npm run lint, one result line per tool: ESLint (typescript-eslint, lit, wc), Prettier, lit-analyzer.
set -uo pipefail
cd "$(dirname "$0")/../.."
results=${CI_RESULTS:-/dev/null}
status=0
for tool in eslint prettier lit; do
  if npm run --silent "lint:$tool"; then
    echo "pass lint-$tool" >>"$results"
  else
    echo "fail lint-$tool" >>"$results"
    status=1
  fi
done
exit $status
