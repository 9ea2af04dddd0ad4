package dev.gantry.promotion;

import dev.gantry.pointer.ProjectRef;
import java.util.Optional;

/**
 * What {@code gantry rollback} was asked to do.
 *
 * @param project the project
 * @param environment the environment whose pointer goes back
 * @param target which earlier value to write back
 * @param branch the branch to create, or empty for {@code rollback/<E>/<repository>-<project>-<short7>}
 * @param override the reason to roll back to a release with no healthy record in the environment, or empty
 */
public record RollbackRequest(ProjectRef project, String environment, RollbackTarget target, Optional<String> branch,
        Optional<String> override) {
}
