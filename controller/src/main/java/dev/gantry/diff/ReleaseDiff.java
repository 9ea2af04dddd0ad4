package dev.gantry.diff;

import dev.gantry.pointer.ProjectRef;
import java.util.List;
import java.util.Optional;

/**
 * The result of comparing two releases of a project.
 *
 * @param project the project
 * @param before the release running now, or empty when the target has no pointer yet
 * @param after the release that would run
 * @param changes the objects added, changed and removed
 * @param refusals why the controller would refuse the release that would run (confinement, as far
 *     as the built-in kinds tell without a cluster); empty when it would apply it
 */
public record ReleaseDiff(ProjectRef project, Optional<ComparedRelease> before, ComparedRelease after,
        ManifestDiff changes, List<String> refusals) {

    /** Copies the refusals. */
    public ReleaseDiff {
        refusals = List.copyOf(refusals);
    }

    /** A comparison the controller would carry out. */
    public ReleaseDiff(ProjectRef project, Optional<ComparedRelease> before, ComparedRelease after, ManifestDiff changes) {
        this(project, before, after, changes, List.of());
    }
}
