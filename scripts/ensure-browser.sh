#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own download cannot be reached here) and need CJK fonts
# for readable screenshots. Installs both when missing; does nothing when they are there.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "ensure-browser: need Chromium at $chromium_path and Noto CJK fonts; install them or set CHROMIUM_PATH" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "ensure-browser: installing chromium and fonts-noto-cjk with apt-get"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
