/**
 * The Fabric8 Kubernetes Client adapter of the deploy port: server-side apply as field manager
 * {@code gantry}, API discovery, reads and deletes, and each project's inventory as a ConfigMap.
 *
 * <p>No Fabric8 type leaves this package; callers see {@link dev.gantry.deploy.ClusterApplier}.
 */
package dev.gantry.deploy.fabric8;
