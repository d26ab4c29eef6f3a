#!/usr/bin/env bash
# Installs what this machine needs to build, test and show mamori, and nothing else:
#   fonts-ipafont-gothic  Japanese glyphs for the JavaFX client (screens and screenshots)
#   openssl               verifying exported audit-log bundles in the tests
#   qpdf poppler-utils    checking exported PDFs
#   softhsm2              a software PKCS#11 token for the smart-card login tests
#   xvfb libgtk-3-0 libxtst6 libgl1   a real window without a display (optional, for screenshots)
# Idempotent: packages already installed are left alone. Needs root (or sudo) only when something
# is missing.
set -euo pipefail

packages=(fonts-ipafont-gothic fontconfig openssl qpdf poppler-utils softhsm2)
if [[ "${1:-}" == "--with-xvfb" ]]; then
  packages+=(xvfb xauth libgtk-3-0 libxtst6 libgl1)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "mamori: please install these packages with your system's package manager: ${missing[*]}" >&2
  exit 0
fi
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "mamori: run as root to install: ${missing[*]}" >&2; exit 1; fi
fi
echo "mamori: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fc-cache -f >/dev/null 2>&1 || true
