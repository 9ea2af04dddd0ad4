/**
 * The Fabric8 Kubernetes Client adapter of the deploy port: server-side apply as field manager
 * {@code gantry}, API discovery, reads and deletes, each project's inventory as a ConfigMap, and
 * shared informers that watch managed objects, told apart from Gantry's own writes.
 *
 * <p>No Fabric8 type leaves this package; callers see {@link dev.gantry.deploy.ClusterApplier} and
 * {@link dev.gantry.deploy.ManagedObjectWatch}.
 */
package dev.gantry.deploy.fabric8;
