/**
 * The benchmark table of {@code docs/benchmarks.md}: {@link dev.gantry.bench.BenchRun} starts its real
 * parts (JGit repositories on disk, the distribution registry on loopback, a Kubernetes API server or
 * Fabric8's mock server), measures the controller and the CLI, and prints one table. Figures are
 * printed, never asserted.
 */
package dev.gantry.bench;
