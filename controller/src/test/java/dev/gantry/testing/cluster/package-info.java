/**
 * Test-only cluster targets for whole-loop tests: the in-memory fake of our own
 * {@link dev.gantry.deploy.ClusterApplier} port by default, or the real API server that
 * {@code GANTRY_IT_KUBECONFIG} names, each test in a fresh namespace that is deleted afterwards.
 *
 * <p>Annotate a test class with {@link dev.gantry.testing.cluster.WithClusterTarget} and take a
 * {@link dev.gantry.testing.cluster.ClusterTarget} parameter; the test body is the same for both.
 */
package dev.gantry.testing.cluster;
