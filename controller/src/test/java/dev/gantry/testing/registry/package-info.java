/**
 * Test-only harness that runs the real CNCF distribution registry (Debian's {@code docker-registry})
 * on a free loopback port, anonymous or behind basic or bearer-token auth, plus a fault-injecting
 * proxy to put in front of it.
 *
 * <p>Use {@link dev.gantry.testing.registry.WithDistributionRegistry} on a test class and take a
 * {@link dev.gantry.testing.registry.DistributionRegistry} parameter; the class is skipped with a
 * reason when the registry binary is not installed.
 */
package dev.gantry.testing.registry;
