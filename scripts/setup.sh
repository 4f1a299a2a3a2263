#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks: the system libraries Qt needs, a
# Python virtual environment in .venv, and the project with its dependencies.
# Usage: bash scripts/setup.sh [--test]   (--test adds the test and lint tools)
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  # Qt offscreen and on screen (see docs/NOTES or README): without fonts every letter is a box
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  fonts-dejavu-core
  # a real window (xcb platform plugin)
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  # PDF pages to PNG and PDF text (report checks and scripts/)
  poppler-utils
)
if [ "${1:-}" = "--test" ]; then
  # The Word and Excel bilaga printed as a report writer sees them (tests skip these
  # without them):
  # LibreOffice without a GUI, and Liberation Sans, Arial's metric twin.
  SYSTEM_PACKAGES+=(libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2)
fi

missing=()
if command -v dpkg-query >/dev/null; then
  for package in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
fi
python=${PYTHON:-python3}
if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
  missing+=(python3-venv python3-pip)
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Aktgranskning needs Python 3.11 or newer; $("$python" --version) found." >&2
  exit 1
fi
extras=""
[ "${1:-}" = "--test" ] && extras="[test]"
# Once installed, nothing is fetched again until pyproject.toml changes: the app then
# starts with no network (auditors work offline).
stamp=".venv/.aktg-setup${extras:+-test}"
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ -x .venv/bin/python ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ] \
    && .venv/bin/python -c 'import reviewer, PySide6.QtWidgets' 2>/dev/null; then
  exit 0
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
if ! { .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip \
       && .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"; }
then
  echo "Aktgranskning could not be installed: the Python packages it needs could not be" >&2
  echo "downloaded (is there a network connection?). Run this once with a network; after" >&2
  echo "that the app starts without one." >&2
  exit 1
fi
echo "$wanted" > "$stamp"
[ -n "$extras" ] && echo "$wanted" > .venv/.aktg-setup  # the app's needs are a part of these
exit 0
