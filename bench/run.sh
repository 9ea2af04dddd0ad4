#!/usr/bin/env bash
# The benchmark table of docs/benchmarks.md: builds the bench module (no tests, nothing installed),
# then runs dev.gantry.bench.BenchRun, which starts its own parts and prints one table. Figures are
# printed, never asserted.
#
#   bench/run.sh [--quick]        --quick: small sizes, about a minute; without it, issue #7's sizes
#
# Environment:
#   GANTRY_BENCH_KUBECONFIG   a kubeconfig for a real API server; without it Fabric8's mock server
#                             runs in CRUD mode and the kubectl rows say "needs GANTRY_BENCH_KUBECONFIG"
#   BENCH_JAVA_OPTS           extra JVM flags for the benchmark JVM, e.g. a JFR recording:
#                             -XX:StartFlightRecording=filename=bench.jfr,settings=profile
#   MAVEN_ARGS                extra Maven flags (default -o, offline)
#
# Needs Java 17, Maven, git, tar, and for the packaging rows Debian's docker-registry
# (/usr/bin/docker-registry); kubectl for the side-by-side rows against a real API server.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in java mvn git tar; do
  command -v "$tool" > /dev/null || { echo "bench: '$tool' is missing" >&2; exit 2; }
done
case "${1:-}" in
  "" | --quick) ;;
  *) echo "usage: bench/run.sh [--quick]" >&2; exit 2 ;;
esac

classpath=bench/target/classpath.txt
build_log=bench/target/build.log
mkdir -p bench/target
# One reactor build, so the bench module resolves the controller's jars from target/, never ~/.m2.
# shellcheck disable=SC2086
mvn -B -q ${MAVEN_ARGS:--o} -pl bench -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime > "$build_log" 2>&1 || {
  cat "$build_log" >&2
  echo "bench: the build failed; its log is $build_log" >&2
  exit 3
}

# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:-} -Dgantry.bench.log=bench/target/bench.log \
  -Dlogback.configurationFile=bench/target/classes/bench-logback.xml \
  -cp "bench/target/classes:$(cat "$classpath")" dev.gantry.bench.BenchRun "$@"
