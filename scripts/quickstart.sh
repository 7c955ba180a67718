#!/usr/bin/env bash
# The README's first command: set up, then dlc's main job end to end on WebGPU (SwiftShader when
# there is no GPU): check a model file, train it, build a deployable bundle from the trained
# weights, and run that bundle on a real sample.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dlc() { node bin/dlc.js "$@"; }
run=out/quickstart
rm -rf "$run"
step() { printf '\n== dlc %s\n' "$*"; }
step check models/iris_mlp.ts;   dlc check models/iris_mlp.ts
step summary models/iris_mlp.ts; dlc summary models/iris_mlp.ts
step train models/iris_mlp.ts --out "$run/train"
dlc train models/iris_mlp.ts --out "$run/train"
step build models/iris_mlp.ts -o "$run/bundle" --weights "$run/train/checkpoint.safetensors"
dlc build models/iris_mlp.ts -o "$run/bundle" --weights "$run/train/checkpoint.safetensors"
step run "$run/bundle" --input examples/data/iris-sample.json "(an Iris setosa flower: class 0)"
dlc run "$run/bundle" --input examples/data/iris-sample.json
printf '\nLearning curve: %s/train/learning-curve.svg (report: %s/train/report.html)\n' "$run" "$run"
