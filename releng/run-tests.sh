#!/usr/bin/env bash
# README command 2: every test of the reactor (plain JUnit 5 modules and the OSGi/UI tests) under Xvfb.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
releng/debian-packages.sh test
exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify "$@"
