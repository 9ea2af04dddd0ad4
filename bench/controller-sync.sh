#!/usr/bin/env bash
# Controller sync benchmark (in-memory cluster fake): prints figures, asserts nothing. See docs/benchmarks.md.
cd "$(dirname "$0")/.." && exec mvn -B -q -pl controller test -Dtest=ControllerSyncBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
