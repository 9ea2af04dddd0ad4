/**
 * Test-only cluster targets for whole-loop tests: the real API server that {@code GANTRY_IT_KUBECONFIG}
 * names; else the project's loopback control plane ({@code test-cluster/}: etcd, kube-apiserver,
 * kube-controller-manager, kube-scheduler and kwok nodes), started once per JVM from its built binary;
 * else the in-memory fake of our own {@link dev.gantry.deploy.ClusterApplier} port, never in CI. On a real server each test gets a fresh namespace
 * that is deleted afterwards.
 *
 * <p>Annotate a test class with {@link dev.gantry.testing.cluster.WithClusterTarget} and take a
 * {@link dev.gantry.testing.cluster.ClusterTarget} parameter; the test body is the same for all.
 * Tests that only make sense on a real server use {@link dev.gantry.testing.cluster.WithRealApiServer}
 * and are skipped, with the reason, without one; with {@code CI=true} they fail instead.
 */
package dev.gantry.testing.cluster;
