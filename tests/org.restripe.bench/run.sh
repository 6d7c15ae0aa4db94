#!/bin/sh
# Runs one benchmark main of this module in a JVM of its own (JDK default heap and GC).
# Build first, from the repository root:
#   ./mvnw -B -q -pl target-platform,tests/org.restripe.bench -am package -DskipTests
# then:  tests/org.restripe.bench/run.sh ModelPersistenceBench [runs rounds 1m,100k]   (or: inprocess [subsystems arrays volumes luns])
#        tests/org.restripe.bench/run.sh ReviewBench [subsystems arrays volumes luns]
#        tests/org.restripe.bench/run.sh SessionBench [commands rounds]   (needs socat)
#        tests/org.restripe.bench/run.sh RecordingBench [events rounds]
#        tests/org.restripe.bench/run.sh LongReplyBench [reply sizes in bytes]
#        tests/org.restripe.bench/run.sh ForecastBench [volumes days directory]
set -e
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$here/target/classpath.txt" ]; then
  echo "Build the bench module first (see the top of $0)" >&2
  exit 2
fi
bench=$1
shift
exec java -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" "org.restripe.bench.$bench" "$@"
