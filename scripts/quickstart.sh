#!/usr/bin/env bash
# The README's first command: set up, then run dlc's main job end to end on WebGPU.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== dlc run-ir examples/quickstart.ir --random --check"
node bin/dlc.js run-ir examples/quickstart.ir --random --check
