#!/usr/bin/env bash
# README command 1: builds the Restripe product if needed, then starts the workbench on the embedded defaults
# (data in ~/.restripe, created on first start with the demo site). Extra arguments go to the workbench,
# e.g. `-data /tmp/other`. Set RESTRIPE_REBUILD=1 to force a rebuild.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
releng/debian-packages.sh run
product="$root/releng/org.restripe.product/target/products/org.restripe.product/linux/gtk/x86_64/restripe"
newest_source=$(find bundles features releng/org.restripe.product target-platform -newer "$product/restripe" \
  -type f -not -path '*/target/*' 2>/dev/null | head -n 1 || true)
if [ ! -x "$product/restripe" ] || [ -n "$newest_source" ] || [ -n "${RESTRIPE_REBUILD:-}" ]; then
  echo "Building the Restripe product (first time: a few minutes to fetch Eclipse from Maven Central)..."
  ./mvnw -B -q -DskipTests verify
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "restripe: no display. On a headless machine run: xvfb-run -a releng/run-workbench.sh" >&2
  exit 1
fi
exec "$product/restripe" "$@"
