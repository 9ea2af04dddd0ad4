package dev.gantry.reconcile;

import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ProjectRef;

/**
 * What rendering needs to know about where a release goes.
 *
 * @param environment the environment
 * @param project the project
 * @param release the release commit
 */
public record RenderContext(Environment environment, ProjectRef project, String release) {

    /** The namespace the project's objects go to. */
    public String namespace() {
        return environment.namespaceFor(project.repository(), project.project());
    }

    /** The value of the {@code gantry.dev/project} label: {@code <repository>.<project>} (labels may not hold '/'). */
    public String projectLabel() {
        return project.repository() + "." + project.project();
    }
}
