package dev.gantry.reconcile;

import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.ReleasePointer;
import dev.gantry.release.Registry;
import java.util.SortedMap;

/**
 * One project of one environment, as the GitOps repository says it should be.
 *
 * @param environment the environment
 * @param project the project
 * @param pointer the project's pointer, or null when the pointer was deleted
 * @param patches the environment's patch files for the project, by file name
 * @param registry where the project's release artifacts live
 * @param pointerCommit the commit of the GitOps repository this was read at
 */
public record ProjectTarget(Environment environment, ProjectRef project, ReleasePointer pointer,
        SortedMap<String, byte[]> patches, Registry registry, String pointerCommit) {

    /** Whether the pointer was deleted, so the project should be pruned. */
    public boolean removed() {
        return pointer == null;
    }
}
