#!/usr/bin/env bash
# Packs the built package into examples/cap-consent.tgz, the file every example installs.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f examples/cap-consent*.tgz
npm pack --pack-destination examples --silent >/dev/null
mv examples/cap-consent-*.tgz examples/cap-consent.tgz
