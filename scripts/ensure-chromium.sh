#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium for the browser test tier.
# Installed already: exit 0. Root: install it with apt-get. Otherwise: say how, and exit 1.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: $CHROMIUM is missing; install it with: sudo apt-get install chromium" >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium with apt-get ..."
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "ensure-chromium: apt-get failed to install chromium" >&2
  exit 1
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: chromium installed but $CHROMIUM not found" >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) installed"
