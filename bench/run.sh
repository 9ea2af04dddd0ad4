#!/usr/bin/env bash
# The benchmark table of docs/benchmarks.md: builds the bench module (no tests, nothing installed),
# then runs dev.gantry.bench.BenchRun, which starts its own parts and prints one table. Figures are
# printed, never asserted.
#
#   bench/run.sh [--quick]        --quick: small sizes, about a minute; without it, issue #7's sizes
#
# Environment:
#   GANTRY_BENCH_KUBECONFIG   a kubeconfig for the real API server to measure against; without it the
#                             script starts the project's test control plane (test-cluster/, built
#                             if missing) on loopback and uses its kubectl; "mock" runs Fabric8's mock
#                             server in CRUD mode instead, and the kubectl rows say they need a server
#   BENCH_JAVA_OPTS           extra JVM flags for the benchmark JVM, e.g. a JFR recording:
#                             -XX:StartFlightRecording=filename=bench.jfr,settings=profile
#   MAVEN_ARGS                extra Maven flags, e.g. -o to stay offline once everything is downloaded
#
# Needs Java 17, Maven, git, tar, and for the packaging rows Debian's docker-registry
# (/usr/bin/docker-registry); Go to build the test control plane when it is not built.
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
mvn -B -q ${MAVEN_ARGS:-} -pl bench -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime > "$build_log" 2>&1 || {
  cat "$build_log" >&2
  echo "bench: the build failed; its log is $build_log" >&2
  exit 3
}

case "${GANTRY_BENCH_KUBECONFIG:-}" in
  mock) unset GANTRY_BENCH_KUBECONFIG ;;
  "")
    plane=test-cluster/bin/gantry-test-cluster
    [ -x "$plane" ] || bash test-cluster/build.sh >&2
    plane_dir=$(mktemp -d -t gantry-bench-cluster-XXXXXX)
    "$plane" run --dir "$plane_dir" --exit-with-parent > "$plane_dir/run.log" 2>&1 &
    plane_pid=$!
    trap 'kill "$plane_pid" 2> /dev/null; wait "$plane_pid" 2> /dev/null; rm -rf "$plane_dir"' EXIT
    for _ in $(seq 600); do
      [ -e "$plane_dir/ready" ] && break
      kill -0 "$plane_pid" 2> /dev/null || { cat "$plane_dir/run.log" >&2; echo "bench: the test control plane exited" >&2; exit 3; }
      sleep 0.1
    done
    [ -e "$plane_dir/ready" ] || { echo "bench: the test control plane was not ready within 60s" >&2; exit 3; }
    echo "bench: measuring against the test control plane ($("$plane" version)), $plane_dir" >&2
    export GANTRY_BENCH_KUBECONFIG="$plane_dir/kubeconfig"
    export PATH="$PWD/test-cluster/bin:$PATH"
    ;;
esac

# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} -Dgantry.bench.log=bench/target/bench.log \
  -Dlogback.configurationFile=bench/target/classes/bench-logback.xml \
  -cp "bench/target/classes:$(cat "$classpath")" dev.gantry.bench.BenchRun "$@"
