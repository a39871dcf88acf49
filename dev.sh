#!/usr/bin/env bash
# Set up IMR Studio on a Debian or Ubuntu machine, then run the app or the tests.
#
#   ./dev.sh app [FILE.imr]   open IMR Studio (with the fictional sample when no file is given)
#   ./dev.sh test [PYTEST ARGS]   run the whole test suite (offscreen, then real windows under Xvfb)
#   ./dev.sh reliability   the full reliability run: 10,000 damaged files, 200 kills during saves
#   ./dev.sh bundle   build the self-contained folder dist/IMR Studio (Python, Qt, the app) with PyInstaller
#   ./dev.sh windows-wheels [3.11]   gather every Windows wheel for an offline install into dist/
#
# Everything missing is installed first: the Debian packages Qt needs (with
# apt-get, as root or through sudo) and a virtual environment in .venv with
# IMR Studio and its Python packages. Running it again installs nothing new.
set -euo pipefail
cd "$(dirname "$0")"

SYSTEM_PACKAGES=(
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
  fonts-dejavu-core fonts-crosextra-carlito xvfb xauth
  libreoffice-writer-nogui poppler-utils fonts-crosextra-caladea
)

install_system_packages() {
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  python3 -m venv --help >/dev/null 2>&1 || missing+=(python3-venv)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
  local stamp=.venv/.installed
  [ -x .venv/bin/python ] || python3 -m venv .venv
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "Installing IMR Studio and its Python packages into .venv"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test]"
    touch "$stamp"
  fi
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
  app)
    install_system_packages
    install_python_packages
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "No screen found (DISPLAY is not set): starting IMR Studio on a virtual screen." >&2
      exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/imr-studio "${@:---sample}"
    fi
    exec .venv/bin/imr-studio "${@:---sample}"
    ;;
  test)
    install_system_packages
    install_python_packages
    export QT_QPA_PLATFORM=offscreen
    .venv/bin/python -m pytest "$@"
    echo "Real windows under Xvfb:"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m pytest -m gui -q "$@"
    ;;
  reliability)
    install_system_packages
    install_python_packages
    export QT_QPA_PLATFORM=offscreen IMR_STUDIO_FUZZ_EXAMPLES="${IMR_STUDIO_FUZZ_EXAMPLES:-10000}" \
      IMR_STUDIO_KILLS="${IMR_STUDIO_KILLS:-200}"
    echo "Reliability: $IMR_STUDIO_FUZZ_EXAMPLES damaged files, $IMR_STUDIO_KILLS kills during saves, failing storage"
    .venv/bin/python -m pytest -q -s -o faulthandler_timeout=900 "$@" tests/core/storage/test_fuzz_files.py \
      tests/core/storage/test_kill_during_save.py tests/core/storage/test_failing_storage.py tests/gui/window/test_fuzz_open.py \
      tests/core/signoff/test_tampering.py
    ;;
  bundle)
    install_system_packages
    install_python_packages
    .venv/bin/python -m pip install -q "pyinstaller>=6.10,<7"
    rm -rf "dist/IMR Studio"
    .venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/imr_studio.spec
    echo "Built dist/IMR Studio ($(du -sh "dist/IMR Studio" | cut -f1)); run dist/IMR Studio/imr-studio"
    ;;
  windows-wheels)
    install_python_packages
    version="${1:-3.11}"
    out="dist/windows-wheels-py$version"
    rm -rf "$out"
    .venv/bin/python -m pip wheel -q --no-deps -w "$out" .
    .venv/bin/python -m pip download -q --only-binary=:all: --platform win_amd64 --python-version "$version" \
      --implementation cp -d "$out" "$out"/imr_studio-*.whl
    cp packaging/install_windows.bat "$out/"
    echo "Wrote $out: $(ls "$out" | wc -l) files for Python $version on 64-bit Windows; install with install_windows.bat"
    ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
