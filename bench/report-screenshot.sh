#!/usr/bin/env bash
# The README's picture of report.html: the first screen of the reform comparison's report in headless Chromium,
# in a laptop's browser window of 1400 x 900 pixels (the window ReportInBrowserTest checks), written to
# docs/images/report.png.
#
#   bench/report-screenshot.sh [REPORT.html]
#
# Default: results/reform-comparison/report.html, made first when it is missing (./gridgov experiment
# experiments/reform-comparison.yaml, about 2 minutes). Needs chromium (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
report="${1:-results/reform-comparison/report.html}"
if [ ! -f "$report" ]; then
  [ $# -eq 0 ] || { echo "report-screenshot: no $report" >&2; exit 2; }
  ./gridgov experiment experiments/reform-comparison.yaml -q
fi
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)" \
  || { echo "report-screenshot: chromium not found (apt-get install chromium)" >&2; exit 2; }
out=docs/images/report.png
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Without the background-networking flags Chromium tries to reach Google's servers; --no-sandbox for root.
if ! timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --user-data-dir="$work/profile" --window-size=1400,900 --screenshot="$PWD/$out" \
    "file://$(readlink -f "$report")" >"$work/output.log" 2>&1; then
  cat "$work/output.log" >&2
  echo "report-screenshot: chromium failed" >&2
  exit 1
fi
echo "$out: the first screen of $report"
