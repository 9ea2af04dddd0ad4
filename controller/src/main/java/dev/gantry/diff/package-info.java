/**
 * Release diffs: what a promotion or a change of release would change in an environment.
 *
 * <p>Both releases are fetched and verified, rendered the way the controller renders them, then
 * compared object by object (apiVersion, kind, namespace, name) into a unified diff per object
 * and a summary of added, changed and removed objects. Comparing is a pure function
 * ({@link dev.gantry.diff.ManifestDiffer}); fetching and rendering are in
 * {@link dev.gantry.diff.ReleaseDiffer}.
 */
package dev.gantry.diff;
