#!/usr/bin/env bash
# Measures README command 1 once the product is built: the time from exec of releng/run-workbench.sh until the
# workbench window shows the demo site (the workbench writes a marker file then, -Drestripe.startupMarker; see
# org.restripe.ui.demo.StartupMarker), each launch closing itself after the demo has started, as File > Exit.
#   releng/measure-launch.sh [RUNS]     (default 5; under xvfb-run when there is no display)
# cold-ish: a new data directory (first run: demo site, desk records, diagram) and a new OSGi configuration area
#           (bundle cache rebuilt), each time;
# warm:     the same data directory and configuration area again and again (after one launch not counted).
# RESTRIPE_LAUNCH_SITE=FILE: each new data directory gets FILE as its demo site, so the time includes opening
#           that site's diagram (first run) or restoring its editor (warm): e.g. a 100k-LUN site of
#           PlanCommandBench (tests/org.restripe.bench), target/plan-command-bench/100000/current.restripe.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
product="$root/releng/org.restripe.product/target/products/org.restripe.product/linux/gtk/x86_64/restripe"
[ -x "$product/restripe" ] || { echo "measure-launch: build the product first (releng/run-workbench.sh)" >&2; exit 1; }
work=$(mktemp -d /tmp/restripe-launch.XXXXXX)
trap 'rm -rf "$work"' EXIT

# one launch: prints the milliseconds from exec to the marker; the workbench's output goes to $work/last.log
launch() {
  local data=$1 config=$2 marker="$work/marker"
  rm -f "$marker"
  if [ -n "${RESTRIPE_LAUNCH_SITE:-}" ] && [ ! -d "$data/sites" ]; then
    mkdir -p "$data/sites"
    cp "$RESTRIPE_LAUNCH_SITE" "$data/sites/demo-site.restripe"
  fi
  local t0 t1 pid
  t0=$(date +%s%N)
  RESTRIPE_CONFIGURATION="${config:-$product/configuration}" \
    RESTRIPE_VM_ARGS="${RESTRIPE_VM_ARGS:--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -Drestripe.startupMarker=$marker -Drestripe.startupMarker.close=true" \
    "$root/releng/run-workbench.sh" -data "$data" >"$work/last.log" 2>&1 &
  pid=$!
  while [ ! -f "$marker" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "measure-launch: the workbench ended before its window showed; its output:" >&2
      cat "$work/last.log" >&2
      exit 1
    fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  wait "$pid" || true
  echo $(( (t1 - t0) / 1000000 ))
  sed 's/^/    /' "$marker" >&2
}

fresh_config() {
  local dir="$work/config-$1"
  mkdir -p "$dir"
  cp -r "$product/configuration/config.ini" "$product/configuration/org.eclipse.update" "$dir/"
  echo "$dir"
}

summary() {
  local name=$1; shift
  local sorted
  sorted=$(printf '%s\n' "$@" | sort -n)
  local n=$# min max median
  min=$(echo "$sorted" | head -n 1)
  max=$(echo "$sorted" | tail -n 1)
  median=$(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p")
  echo "$name: min $min ms, median $median ms, max $max ms (runs: $*)"
}

# not counted: builds the product first if the sources changed since the last build
launch "$work/build-data" "" >/dev/null
cold=()
for i in $(seq "$runs"); do
  cold+=("$(launch "$work/cold-data-$i" "$(fresh_config "cold-$i")")")
done
warm_config=$(fresh_config warm)
launch "$work/warm-data" "$warm_config" >/dev/null
warm=()
for i in $(seq "$runs"); do
  warm+=("$(launch "$work/warm-data" "$warm_config")")
done
summary "cold-ish (new data directory, new configuration area)" "${cold[@]}"
summary "warm (same data directory and configuration area)" "${warm[@]}"
