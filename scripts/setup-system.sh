#!/usr/bin/env bash
# System packages the tests need and npm cannot install: Debian's Chromium (browser tests
# drive it through playwright-core; no browser download) and CJK fonts (so screenshots and
# layout tests render Chinese). Run as root on Debian; does nothing when both are present.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
chromium --version
