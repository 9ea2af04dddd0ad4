package dev.gantry.promotion;

import dev.gantry.pointer.ProjectRef;
import java.util.Optional;

/**
 * What {@code gantry promote} was asked to do.
 *
 * @param project the project
 * @param from the environment whose release is promoted (A)
 * @param to the environment whose pointer changes (B)
 * @param branch the branch to create, or empty for {@code promote/<B>/<repository>-<project>-<short7>}
 * @param override the reason to promote although B does not promote from A, or empty
 * @param health whether to require a healthy deployment record in A
 */
public record PromoteRequest(ProjectRef project, String from, String to, Optional<String> branch,
        Optional<String> override, HealthRule health) {
}
