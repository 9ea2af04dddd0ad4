package dev.gantry.render;

import dev.gantry.deploy.GantryLabels;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ProjectRef;
import java.util.Map;

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

    /** The labels Gantry stamps on what it applies here (see {@link GantryLabels}). */
    public Map<String, String> labels() {
        return GantryLabels.of(environment.name(), project.repository(), project.project());
    }

    /** The owner those labels name. */
    public GantryLabels.Owner owner() {
        return new GantryLabels.Owner(environment.name(), project.repository(), project.project());
    }
}
