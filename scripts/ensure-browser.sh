#!/usr/bin/env bash
# The H5 end-to-end layer drives Debian's Chromium; Chinese needs a CJK font or it renders as boxes.
set -eu
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei'; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium or fonts-wqy-microhei missing: run 'sudo apt-get install -y chromium fonts-wqy-microhei'" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
