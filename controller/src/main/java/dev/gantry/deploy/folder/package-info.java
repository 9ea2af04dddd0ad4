/**
 * The embedded target: a {@link dev.gantry.deploy.ClusterApplier} that writes what would be applied
 * into a folder, one YAML file per object under {@code <root>/<environment>/}, with each project's
 * inventory in a file. Rendering, confinement, ordering and prune stay in the reconcile pipeline.
 */
package dev.gantry.deploy.folder;
