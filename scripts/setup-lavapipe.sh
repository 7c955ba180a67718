#!/usr/bin/env bash
# Provides Mesa 25's lavapipe (a CPU Vulkan driver Dawn accepts; Debian 12's own Mesa 22.3 it refuses)
# without touching the system's Mesa: the .deb from Debian's bookworm-backports is downloaded with a
# private apt source list and extracted into a cache folder, and an ICD manifest with an absolute
# library path is written beside it. dlc's device acquisition finds it there (src/runtime/device.ts).
# Idempotent; prints the manifest's path. Failure is not fatal for dlc (SwiftShader remains).
set -euo pipefail
cache="${DLC_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/dlc}/mesa"
icd="$cache/lvp_icd.json"
if [ -f "$icd" ] && [ -f "$cache/root/usr/lib/x86_64-linux-gnu/libvulkan_lvp.so" ]; then echo "$icd"; exit 0; fi
[ "$(uname -m)" = x86_64 ] || { echo "setup-lavapipe: only x86_64 is provided for (this is $(uname -m))" >&2; exit 1; }
grep -q 'bookworm' /etc/os-release 2>/dev/null || { echo "setup-lavapipe: not Debian 12 (bookworm); skipped" >&2; exit 1; }
work="$cache/apt"
mkdir -p "$work/lists/partial" "$work/debs"
echo 'deb http://deb.debian.org/debian bookworm-backports main' > "$work/sources.list"
apt_opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=/dev/null
  -o "Dir::State::Lists=$work/lists" -o APT::Get::List-Cleanup=0 -o Debug::NoLocking=1 -o APT::Sandbox::User=root -qq)
apt-get "${apt_opts[@]}" update
( cd "$work/debs" && apt-get "${apt_opts[@]}" download mesa-vulkan-drivers 2>/dev/null )
deb=$(ls "$work/debs"/mesa-vulkan-drivers_25*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "setup-lavapipe: bookworm-backports has no Mesa 25 mesa-vulkan-drivers" >&2; exit 1; }
rm -rf "$cache/root.tmp" && mkdir -p "$cache/root.tmp"
dpkg-deb -x "$deb" "$cache/root.tmp"
rm -rf "$cache/root" && mv "$cache/root.tmp" "$cache/root"
lib="$cache/root/usr/lib/x86_64-linux-gnu/libvulkan_lvp.so"
api=$(sed -n 's/.*"api_version": *"\([^"]*\)".*/\1/p' "$cache/root/usr/share/vulkan/icd.d/lvp_icd.json")
printf '{\n  "file_format_version": "1.0.0",\n  "ICD": { "library_path": "%s", "api_version": "%s" }\n}\n' "$lib" "${api:-1.3.0}" > "$icd.tmp"
mv "$icd.tmp" "$icd"
rm -rf "$work"
echo "$icd"
