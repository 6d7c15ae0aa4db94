#!/usr/bin/env bash
# README command 1: builds the Restripe product if needed, then starts the workbench on the embedded defaults
# (data in ~/.restripe, created on first start with the demo site). Extra arguments go to the workbench,
# e.g. `-data /tmp/other`. Set RESTRIPE_REBUILD=1 to force a rebuild.
#
# "If needed": a successful build leaves a stamp beside the product holding a fingerprint of the sources (every
# file's path, size and modification time under bundles/, features/, target-platform/, the product and the poms);
# the next start rebuilds only when the fingerprint differs (a file edited, added or removed) or the product is
# missing. Comparing time stamps with the product's files cannot work: Tycho gives them the sources' times.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
releng/debian-packages.sh run
product="$root/releng/org.restripe.product/target/products/org.restripe.product/linux/gtk/x86_64/restripe"
stamp="$root/releng/org.restripe.product/target/restripe-sources.stamp"

sources_fingerprint() {
  { find bundles features target-platform releng/org.restripe.product releng/launcher releng/pom.xml pom.xml .mvn \
    \( -name target -o -name bin \) -prune -o -type f -printf '%p %s %T@\n' 2>/dev/null || true; } \
    | LC_ALL=C sort | sha256sum | cut -d' ' -f1
}

fingerprint=$(sources_fingerprint)
if [ ! -x "$product/restripe" ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$fingerprint" ] \
    || [ -n "${RESTRIPE_REBUILD:-}" ]; then
  echo "Building the Restripe product (first time: a few minutes to fetch Eclipse from Maven Central)..."
  rm -f "$stamp"
  ./mvnw -B -q -DskipTests verify
  # the fingerprint taken before the build: a file edited while it ran makes the next start build again
  echo "$fingerprint" > "$stamp"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "restripe: no display. On a headless machine run: xvfb-run -a releng/run-workbench.sh" >&2
  exit 1
fi
exec "$product/restripe" "$@"
