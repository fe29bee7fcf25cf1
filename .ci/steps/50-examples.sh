#!/usr/bin/env bash
# Packs the built package, then for each example: npm ci (its own lock, the fresh tarball), type check, build,
# open it in Chromium, accept, see the page react. Records "pass example-<name>" / "fail example-<name>".
set -uo pipefail
cd "$(dirname "$0")/../.."
results=${CI_RESULTS:-/dev/null}
base_port=${EXAMPLES_PORT:-8872}

bash examples/pack.sh || { echo "fail example-pack" >>"$results"; exit 1; }
tar -tzf examples/cap-consent.tgz | sort
echo "tarball: $(du -k examples/cap-consent.tgz | cut -f1) kB"

# Waits until something listens on the port (the server prints its URL, then listens).
wait_for_port() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# check <port> <server command...> -- <path>...: starts the server, runs the browser check, stops the server.
check() {
  local port=$1 paths=() server=()
  shift
  while [ "$1" != "--" ]; do server+=("$1"); shift; done
  shift
  for path in "$@"; do paths+=("http://127.0.0.1:$port$path"); done
  "${server[@]}" &
  local pid=$!
  wait_for_port "$port" && node ../check-in-browser.mjs "${paths[@]}"
  local status=$?
  kill "$pid"
  return $status
}

run_example() {
  local name=$1 port=$2
  echo "--- example $name"
  (
    set -e
    cd "examples/$name"
    npm ci --no-audit --no-fund --loglevel=error
    case $name in
      plain) check "$port" node ../serve-static.mjs . "$port" -- /index.html /classic.html ;;
      ssr-node)
        npm run typecheck
        # cap-consent/core runs in Node without a DOM.
        node --input-type=module -e "
          import { readConsentFromCookieHeader } from 'cap-consent/core';
          const consent = readConsentFromCookieHeader('a=1; cap_consent=v1.1.s1.m0.1764072000.3f0c9a1e5b7d42c8a6e1f0b2c4d6e8fa');
          if (consent?.statistics !== true || consent.marketing !== false) throw new Error('core: wrong consent ' + JSON.stringify(consent));
          console.log('cap-consent/core in Node: ok');"
        check "$port" env PORT="$port" node server.mjs -- /
        ;;
      *)
        npm run typecheck
        npm run build
        check "$port" node ../serve-static.mjs dist "$port" -- /
        ;;
    esac
  )
  if [ $? -eq 0 ]; then echo "pass example-$name" >>"$results"; else echo "fail example-$name" >>"$results"; fi
}

port=$base_port
for name in plain ssr-node react vue angular; do
  run_example "$name" "$port"
  port=$((port + 1))
done
