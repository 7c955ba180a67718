#!/usr/bin/env bash
# Idempotent set-up for a fresh Debian machine with Node 20: WebGPU on SwiftShader (Debian's
# chromium-common + libvulkan1) and the npm packages. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -f /usr/lib/chromium/vk_swiftshader_icd.json ] || missing+=(chromium-common)
ldconfig -p 2>/dev/null | grep -q 'libvulkan.so.1' || missing+=(libvulkan1)
if [ "${DLC_BROWSER_TESTS:-1}" = 1 ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup: need root to install ${missing[*]} (run: apt-get install ${missing[*]})" >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Mesa 25's lavapipe, the faster CPU Vulkan driver, into a cache folder (the system's Mesa is left alone).
# Optional: without it dlc uses SwiftShader. DLC_LAVAPIPE=0 skips it.
if [ "${DLC_LAVAPIPE:-1}" = 1 ]; then
  if icd=$(bash scripts/setup-lavapipe.sh 2>/tmp/dlc-lavapipe.err); then
    lib=$(sed -n 's/.*"library_path": *"\([^"]*\)".*/\1/p' "$icd")
    if ldd "$lib" 2>/dev/null | grep -q 'not found'; then
      echo "setup: lavapipe needs libraries this machine lacks: $(ldd "$lib" | grep 'not found' | awk '{print $1}' | tr '\n' ' ')(SwiftShader will be used)"
    fi
  else
    echo "setup: lavapipe not provided ($(tail -n 1 /tmp/dlc-lavapipe.err)); SwiftShader will be used"
  fi
fi

# npm ci when node_modules is absent or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  # onnxruntime-node (the ONNX export tests' runtime) ships its CPU binary; its install script would
  # try to download a GPU build from nuget.org, which this machine cannot reach.
  ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund --loglevel=error
fi
