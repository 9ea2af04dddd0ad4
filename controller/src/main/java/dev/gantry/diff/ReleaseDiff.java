package dev.gantry.diff;

import dev.gantry.pointer.ProjectRef;
import java.util.Optional;

/**
 * The result of comparing two releases of a project.
 *
 * @param project the project
 * @param before the release running now, or empty when the target has no pointer yet
 * @param after the release that would run
 * @param changes the objects added, changed and removed
 */
public record ReleaseDiff(ProjectRef project, Optional<ComparedRelease> before, ComparedRelease after,
        ManifestDiff changes) {
}
