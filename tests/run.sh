#!/usr/bin/env bash
# The test command of the README: installs what a fresh Debian machine lacks, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
# No font to install: Liberation Serif (Times New Roman's metrics) ships with the program, and the tests
# prove a bare machine sets the booklet in it. DejaVu, the fallback for rare characters, is on every machine.
# pdftoppm/pdftotext: to look at and check the PDFs.
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# qpdf: a second reader that checks the PDFs' syntax and streams (Pdf.Tests/TaggedPdfTests).
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
# A font with CFF outlines (.otf), as an office may drop into fonts/: Pdf.Tests/CffFontTests embeds one whole.
[ -f /usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf ] || need+=(fonts-urw-base35)
# Headless Chromium for the browser tests (tests/ReportGen.Browser.Tests); Playwright's own browser is never downloaded.
[ -x /usr/bin/chromium ] || need+=(chromium)
# LibreOffice (Writer, no GUI) opens the Word files in the tests and converts them to PDF (WordFilesTests).
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
# Wine runs the Windows package (WindowsPackageTests); REPORTGEN_SKIP_WINE=1 leaves it out (the test then says it was skipped).
# Debian bookworm's wine64 (8.0) puts its loader in /usr/lib/wine.
if [ "${REPORTGEN_SKIP_WINE:-0}" != 1 ] && [ ! -x /usr/lib/wine/wine64 ] && ! command -v wine64 >/dev/null 2>&1; then
  need+=(wine64)
fi
# zip: .ci/package makes the package the Wine test runs.
[ "${REPORTGEN_SKIP_WINE:-0}" = 1 ] || command -v zip >/dev/null 2>&1 || need+=(zip)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The Windows package an office downloads (.ci/package), for WindowsPackageTests to run under Wine.
if [ "${REPORTGEN_SKIP_WINE:-0}" != 1 ]; then
  # The very zip an office gets (artifacts/packages), so CI's packaging afterwards need not make it again.
  bash .ci/package win-x64
  REPORTGEN_WINDOWS_PACKAGE=$(ls "$PWD"/artifacts/packages/reportgen-*-win-x64.zip | head -n 1)
  export REPORTGEN_WINDOWS_PACKAGE
fi

# The linux-x64 package, compiled to native code (.ci/package): LinuxPackageTests builds the seeds and the corpus with
# it and compares every byte with the library's build, since a type the native compiler dropped fails only at run time.
# REPORTGEN_SKIP_LINUX_PACKAGE=1 leaves it out (the test then says it was skipped).
if [ "${REPORTGEN_SKIP_LINUX_PACKAGE:-0}" != 1 ]; then
  bash .ci/package linux-x64
  REPORTGEN_LINUX_PACKAGE=$(ls "$PWD"/artifacts/packages/reportgen-*-linux-x64.zip | head -n 1)
  export REPORTGEN_LINUX_PACKAGE
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test ReportGen.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole run, summed over the test projects.
awk '/(Passed|Failed)!  - Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
exit "$status"
