#!/usr/bin/env bash
# bench/gpu.sh — the whole comparison (dlc vs jax-js and TF.js on one GPUDevice, the seed models, the
# kernel table) on an NVIDIA machine in under six minutes, writing bench/results-style files named
# after the GPU (e.g. 2026-12-01-nvidia-h200.json and .md).
#
#   bash bench/gpu.sh prepare   # here (any x86-64 Linux with node_modules): builds .carry/ and .gl/
#   bash bench/gpu.sh           # there, in the repo root, with .carry/ and .gl/ carried in
#
# The device machine is bare (no Node, maybe no Vulkan loader) and a call carries at most 64 MiB, so
# `prepare` carries in: one esbuild bundle of bench/run.ts (dlc, ts-morph, TF.js and jax-js inside),
# Dawn for x86-64 (the `webgpu` package), TF.js's .wasm files and this machine's x86-64 Node, as one
# xz tarball (.carry/all.tar.xz), plus the Vulkan loader's .deb (.gl/). With the device tool:
#   run(command: "bash bench/gpu.sh", carry: [".carry", ".gl"], timeout_s: 420)
#   bash bench/gpu.sh dry-run   # here, after prepare: the same path end to end on a CPU driver (see below)
# Environment: OUT (results folder; default bench/results), GPU_BENCH_BUDGET_S (stages that would start
# after it are skipped; default 240), GPU_BENCH_ARGS (flags for bench/run.ts after the GPU case list:
# later ones win, e.g. --quick), GPU_BENCH_ALLOW_SOFTWARE=1 (run on a CPU driver: DLC_VULKAN_DRIVER,
# default lavapipe), GPU_BENCH_NAME (the GPU's name where nvidia-smi is missing).
#
# The GPU case list (under six minutes on a GPU): the jax-js cases first (MNIST MLP step b64/b256, CNN
# inference b1/b32, each against jax-js WebGPU and wasm and TF.js WebGPU), then every bench model in full
# mode against TF.js WebGPU only (TF.js WASM is CPU-bound, minutes per big model, and no GPU target
# names it), then the kernel table with the 4096³ matmul (--gpu-shapes). The log's lines carry the
# seconds since the start, so the stage times of a run are in <name>.log.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

prepare() {
  command -v xz >/dev/null || { echo "gpu.sh prepare: needs xz (apt-get install xz-utils)" >&2; exit 1; }
  [ -d node_modules/webgpu/dist/linux-x64 ] || { echo "gpu.sh prepare: needs node_modules (npm ci) with the webgpu package's linux-x64 Dawn" >&2; exit 1; }
  [ "$(uname -m)" = x86_64 ] || { echo "gpu.sh prepare: the carried Node must be x86-64; run prepare on an x86-64 machine" >&2; exit 1; }
  local c; c=$(mktemp -d /tmp/dlc-carry.XXXXXX)
  mkdir -p "$c/node_modules/webgpu/dist" "$c/wasm" .carry .gl
  # What the bundle is built from (hashed first): `run` refuses a carry older than the tree it travels with.
  git ls-files -z src bench/*.ts package.json | xargs -0 sha256sum >"$c.sha256"
  npx esbuild bench/run.ts --bundle --platform=node --format=esm --target=node20 --outfile="$c/bench.mjs" \
    --external:webgpu --log-level=error \
    "--banner:js=import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __fu(new URL('.', import.meta.url));"
  cp node_modules/webgpu/package.json node_modules/webgpu/index.js "$c/node_modules/webgpu/"
  cp -r node_modules/webgpu/dist/linux-x64 "$c/node_modules/webgpu/dist/"
  cp node_modules/@tensorflow/tfjs-backend-wasm/dist/*.wasm "$c/wasm/"
  cp "$(command -v node)" "$c/node"
  rm -f .carry/all.tar.xz
  XZ_OPT='-6 -T0' tar -cJf .carry/all.tar.xz -C "$c" .
  mv "$c.sha256" .carry/sources.sha256
  rm -rf "$c"
  # The Vulkan loader for the bare machine (its NVIDIA driver brings the ICD, not always the loader).
  if ! ls .gl/libvulkan1_*.deb >/dev/null 2>&1; then
    mkdir -p /tmp/amd64/partial
    local o='-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 -oDir::State::Lists=/tmp/amd64'
    # shellcheck disable=SC2086
    { apt-get $o update -qq && (cd .gl && apt-get $o download libvulkan1); } || echo "gpu.sh prepare: could not download libvulkan1 (the run then relies on the machine's loader)" >&2
  fi
  du -ch .carry/all.tar.xz .gl/* 2>/dev/null | tail -n 1 | sed 's/^/gpu.sh prepare: carried in total /'
  local total; total=$(du -cb .carry/all.tar.xz .gl/* 2>/dev/null | tail -n 1 | cut -f1)
  [ "$total" -lt $((60 * 1024 * 1024)) ] || echo "gpu.sh prepare: WARNING: ${total} bytes, near or over the 64 MiB a call carries (with the tree)" >&2
  echo 'gpu.sh prepare: now run(command: "bash bench/gpu.sh", carry: [".carry", ".gl"], timeout_s: 420)'
}

# The NVIDIA Vulkan ICD: where the container toolkit mounts it, else the usual places.
nvidia_icd() {
  local j
  for j in /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json /usr/share/vulkan/icd.d/nvidia_icd.json /etc/vulkan/icd.d/nvidia_icd.json /usr/share/vulkan/icd.d/nvidia_icd.x86_64.json; do
    [ -f "$j" ] && { echo "$j"; return 0; }
  done
  return 1
}

# `NVIDIA H200` → `nvidia-h200` (the results file's name).
gpu_slug() {
  local name=""
  command -v nvidia-smi >/dev/null && name=$(nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null | head -n 1 || true)
  [ -n "$name" ] || name=${GPU_BENCH_NAME:-gpu}
  echo "$name" | tr '[:upper:]' '[:lower:]' | sed -E 's/[^a-z0-9]+/-/g; s/^-|-$//g'
}

run() {
  local t0=$SECONDS out=${OUT:-$ROOT/bench/results} node bench
  mkdir -p "$out"
  if [ -f .carry/all.tar.xz ]; then
    if [ -f .carry/sources.sha256 ] && ! sha256sum -c --quiet .carry/sources.sha256 >/dev/null 2>&1; then
      echo "gpu.sh: .carry/ was prepared from other sources than this tree's (changed: $(sha256sum -c --quiet .carry/sources.sha256 2>/dev/null | cut -d: -f1 | head -n 5 | tr '\n' ' ')); run bash bench/gpu.sh prepare again" >&2
      exit 3
    fi
    # xz may be missing on the bare machine; Python's lzma reads the same tarball.
    if command -v xz >/dev/null; then tar -xJf .carry/all.tar.xz -C .carry
    else python3 -c 'import sys, tarfile; tarfile.open(sys.argv[1]).extractall(sys.argv[2])' .carry/all.tar.xz .carry; fi
    node=$ROOT/.carry/node bench=$ROOT/.carry/bench.mjs
    export DLC_BENCH_WASM_DIR=$ROOT/.carry/wasm/
  else
    # No carried bundle: a machine with node_modules runs the TypeScript directly.
    node=node bench="--import tsx $ROOT/bench/run.ts"
  fi
  if [ "${GPU_BENCH_ALLOW_SOFTWARE:-}" = 1 ]; then
    export DLC_VULKAN_DRIVER=${DLC_VULKAN_DRIVER:-lavapipe}
  else
    if ! ldconfig -p 2>/dev/null | grep -q 'libvulkan\.so\.1'; then
      ls .gl/*.deb >/dev/null 2>&1 || { echo "gpu.sh: no Vulkan loader (libvulkan.so.1) and none carried in .gl/ (bash bench/gpu.sh prepare)" >&2; exit 1; }
      for f in .gl/*.deb; do dpkg -x "$f" /; done
      ldconfig
    fi
    local icd
    if [ -z "${VK_ICD_FILENAMES:-}" ]; then
      icd=$(nvidia_icd) || { echo "gpu.sh: no NVIDIA Vulkan ICD found (nvidia_icd.json); is this an NVIDIA machine with its driver mounted?" >&2; exit 1; }
      # Only the NVIDIA driver: Dawn cannot fall back to a CPU driver unnoticed.
      export VK_ICD_FILENAMES=$icd VK_DRIVER_FILES=$icd
    fi
    # The ICD names libGLX_nvidia.so.0; where the driver is mounted (read-only) under /usr/local/nvidia, let the loader find it.
    [ -d /usr/local/nvidia/lib64 ] && export LD_LIBRARY_PATH=/usr/local/nvidia/lib64${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
    command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true
  fi
  local name; name="$(date -u +%Y-%m-%d)-$(gpu_slug)"
  [ "${GPU_BENCH_ALLOW_SOFTWARE:-}" = 1 ] && name="$name-software-dry-run"
  # Full mode (each model's own batch, 3 warm-up + 20 runs); TF.js's WASM and CPU backends are left out
  # (CPU-bound: minutes per big model, and not the comparison on a GPU); CLI timings need tsx and
  # node_modules (CPU-bound: take them elsewhere). The log's lines get the seconds since the start.
  echo "gpu.sh: bench started at $((SECONDS - t0)) s; log in $out/$name.log"
  local rc
  set +e
  # shellcheck disable=SC2086
  { timeout $((350 - (SECONDS - t0))) $node $bench --backends webgpu --no-cli --gpu-shapes --budget-s "${GPU_BENCH_BUDGET_S:-240}" \
    --name "$name" --out "$out" ${GPU_BENCH_ARGS:-} 2>&1 >"$out/$name.stdout"; } | stamp >"$out/$name.log"
  rc=${PIPESTATUS[0]}
  set -e
  if [ "$rc" = 124 ] && [ -f "$out/$name.json" ]; then
    # bench/run.ts rewrites its results after every stage: what finished is kept, marked unfinished.
    echo "gpu.sh: out of time after $((SECONDS - t0)) s; $out/$name.json and .md hold the stages that finished; the log's end:" >&2
    tail -n 10 "$out/$name.log" >&2; rm -f "$out/$name.stdout"; exit 4
  elif [ "$rc" != 0 ]; then
    echo "gpu.sh: the bench failed (exit $rc; 124: out of time); its log:" >&2; tail -n 40 "$out/$name.log" >&2; exit 1
  fi
  tail -n 5 "$out/$name.log"
  # The adapter the bench used must be the GPU, not a software driver.
  if [ "${GPU_BENCH_ALLOW_SOFTWARE:-}" != 1 ] && grep -q '"isSoftware": true' "$out/$name.json"; then
    echo "gpu.sh: WARNING: the bench ran on a software adapter; see the adapters in $out/$name.md" >&2; exit 2
  fi
  rm -f "$out/$name.stdout"
  echo "gpu.sh: wrote $out/$name.json and .md in $((SECONDS - t0)) s"
}

# Each line of the bench's stderr with the seconds since this script started (stage times of the run).
stamp() {
  local l
  while IFS= read -r l; do printf '%6.1f %s\n' "$(( $(date +%s%N) / 1000000 - T0_MS ))e-3" "$l"; done
}

# What the device call does, here: a copy of what travels (the files git tracks or does not ignore, and
# the carried .carry/ and .gl/), no node_modules, a PATH without node or npx, a CPU driver. Proves the
# carry is complete; the stage times in the log show what is CPU-bound (compiling, TF.js model builds).
dry_run() {
  [ -f .carry/all.tar.xz ] || { echo "gpu.sh dry-run: no .carry/all.tar.xz; run bash bench/gpu.sh prepare first" >&2; exit 1; }
  local copy bin t out=${OUT:-/tmp/dlc-gpu-dry-run}
  copy=$(mktemp -d /tmp/dlc-gpu-tree.XXXXXX) bin=$(mktemp -d /tmp/dlc-gpu-bin.XXXXXX)
  git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$copy"
  cp -r .carry .gl "$copy/"
  for t in bash sh tar xz python3 timeout mkdir date dirname sha256sum xargs tail grep ldconfig dpkg sed tr head cut du rm ls cat uname env nvidia-smi; do
    command -v "$t" >/dev/null && ln -s "$(command -v "$t")" "$bin/$t"
  done
  echo "gpu.sh dry-run: tree copied to $copy ($(du -sh "$copy" | cut -f1) with the carry); PATH has no node"
  (cd "$copy" && env -i HOME="$HOME" PATH="$bin" OUT="$out" GPU_BENCH_ALLOW_SOFTWARE=1 DLC_VULKAN_DRIVER="${DLC_VULKAN_DRIVER:-lavapipe}" \
    GPU_BENCH_BUDGET_S="${GPU_BENCH_BUDGET_S:-240}" GPU_BENCH_ARGS="${GPU_BENCH_ARGS:---quick --versus-runs 3}" bash bench/gpu.sh run)
  rm -rf "$copy" "$bin"
}

T0_MS=$(( $(date +%s%N) / 1000000 ))
case "${1:-run}" in
  prepare) prepare ;;
  run) run ;;
  dry-run) dry_run ;;
  *) echo "usage: bash bench/gpu.sh [prepare|run|dry-run]" >&2; exit 64 ;;
esac
