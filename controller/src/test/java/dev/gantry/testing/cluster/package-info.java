/**
 * Test-only cluster targets for whole-loop tests: the real API server that {@code GANTRY_IT_KUBECONFIG}
 * names; else an etcd and kube-apiserver started once per JVM by Fabric8 kube-api-test from binaries
 * already on disk ({@code GANTRY_KUBE_API_TEST_DIR}, {@code KUBE_API_TEST_DIR} or
 * {@code ~/.kubeapitest}, never downloaded); else the in-memory fake of our own
 * {@link dev.gantry.deploy.ClusterApplier} port. On a real server each test gets a fresh namespace
 * that is deleted afterwards.
 *
 * <p>Annotate a test class with {@link dev.gantry.testing.cluster.WithClusterTarget} and take a
 * {@link dev.gantry.testing.cluster.ClusterTarget} parameter; the test body is the same for all.
 * Tests that only make sense on a real server use {@link dev.gantry.testing.cluster.WithRealApiServer}
 * and are skipped, with the reason, without one.
 */
package dev.gantry.testing.cluster;
