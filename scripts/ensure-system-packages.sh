#!/usr/bin/env bash
# Installs the Debian packages briefgen needs (WeasyPrint's Pango/HarfBuzz and fonts) when they are missing,
# and the readers the test suite opens the HTML library and the EPUB with (chromium, chromium-driver, epubcheck).
# As root it runs apt-get; otherwise it names the packages and the command to install them, and fails.
set -euo pipefail

packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-noto-core fonts-noto-cjk
          chromium chromium-driver epubcheck)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "briefgen: not a Debian-like system; make sure Pango, HarfBuzz (with hb-subset) and the DejaVu/Noto fonts are installed." >&2
  exit 0
fi

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "briefgen: installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "briefgen: missing system packages: ${missing[*]}" >&2
  echo "Install them with:  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
