#!/usr/bin/env bash
# Check the self-contained bundle as a workstation would run it: from a copy of the folder moved
# elsewhere, with no virtual environment and a profile of its own. Prints its size and start time
# against the installed package's. Usage: packaging/check_bundle.sh "dist/IMR Studio"
set -euo pipefail
source_folder="$1"
work=$(mktemp -d)
cp -r "$source_folder" "$work/IMR Studio"
app="$work/IMR Studio/imr-studio"
export IMR_STUDIO_PROFILE="$work/profile"
unset VIRTUAL_ENV
cd "$work"
fail() { echo "Bundle check failed: $*" >&2; exit 1; }

"$app" --version > version.txt
grep -q "Build: self-contained bundle" version.txt || fail "--version does not say it is the bundle"
grep -q "PySide6) and Qt 6" version.txt || fail "--version names no Qt version"
"$app" new --sample sample.imr
status=0; "$app" check sample.imr > check.txt || status=$?
[ "$status" -eq 1 ] && grep -q "^SYS-5 " check.txt || fail "check of the sample ($status)"
"$app" export sample.imr -o restricted.docx
"$app" export sample.imr -o publication.docx --publication
"$app" export sample.imr --action-plan -o plan.csv
[ -s restricted.docx ] && [ -s publication.docx ] && [ -s plan.csv ] || fail "an export is missing"
QT_QPA_PLATFORM=offscreen "$app" shots shots > /dev/null 2>&1
pages=$(ls shots/*.png | grep -vc -- '-full.png$' || true)
[ "$pages" -ge 9 ] && [ "$(ls shots/*-full.png | wc -l)" -eq "$pages" ] || fail "shots wrote $(ls shots/*.png | wc -l) pictures"

time_of() {  # median of five starts, in milliseconds
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N); "$@" --version > /dev/null; echo $(( ($(date +%s%N) - start) / 1000000 ))
  done | sort -n | sed -n 3p
}
bundle_ms=$(time_of "$app")
echo "Bundle OK: $(du -sh "$work/IMR Studio" | cut -f1) on disk; --version starts in ${bundle_ms} ms"
if [ -n "${INSTALLED:-}" ]; then
  echo "Installed package for comparison: --version starts in $(time_of "$INSTALLED") ms"
fi
rm -rf "$work"
