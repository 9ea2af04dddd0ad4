package dev.gantry.reconcile;

import dev.gantry.pointer.ProjectRef;

/**
 * One item of the work queue: a project in an environment. At most one reconcile of it runs at a
 * time, and newer work for it replaces older queued work.
 *
 * @param environment the environment's name
 * @param project the project
 */
public record WorkKey(String environment, ProjectRef project) {

    @Override
    public String toString() {
        return project + " in " + environment;
    }
}
