package dev.gantry.source;

import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.ProjectRef;

/**
 * One path that differs between two commits, classified by what it is in the GitOps layout.
 *
 * @param path the path from the repository root, forward slashes
 * @param type how it changed
 * @param role what it is
 * @param environment the environment it belongs to; null for {@link PathRole#OTHER}
 * @param project the project it belongs to, for {@link PathRole#POINTER} and {@link PathRole#OVERLAY}; else null
 */
public record ChangedPath(String path, ChangeType type, PathRole role, String environment, ProjectRef project) {

    private static final int ENVIRONMENT_FILE_DEPTH = 3;
    private static final int POINTER_DEPTH = 5;
    private static final int PATCH_DEPTH = 6;

    /**
     * Classifies a changed path by {@link GitOpsLayout}: environment, repository and project folders
     * must be DNS-1123 labels, as the repository validator requires, or the path is {@link PathRole#OTHER}.
     */
    public static ChangedPath classify(String path, ChangeType type) {
        String[] parts = path.split("/", -1);
        if (parts.length < ENVIRONMENT_FILE_DEPTH || !parts[0].equals(GitOpsLayout.ENVIRONMENTS)
                || !GitOpsLayout.isDnsLabel(parts[1])) {
            return other(path, type);
        }
        String environment = parts[1];
        if (parts.length == ENVIRONMENT_FILE_DEPTH && parts[2].equals(GitOpsLayout.ENVIRONMENT_FILE)) {
            return new ChangedPath(path, type, PathRole.ENVIRONMENT, environment, null);
        }
        if (parts.length < POINTER_DEPTH || !GitOpsLayout.isDnsLabel(parts[2]) || !GitOpsLayout.isDnsLabel(parts[3])) {
            return other(path, type);
        }
        ProjectRef project = new ProjectRef(parts[2], parts[3]);
        if (parts.length == POINTER_DEPTH && parts[4].equals(GitOpsLayout.POINTER_FILE)) {
            return new ChangedPath(path, type, PathRole.POINTER, environment, project);
        }
        if (parts.length == PATCH_DEPTH && parts[4].equals(GitOpsLayout.PATCHES)) {
            return new ChangedPath(path, type, PathRole.OVERLAY, environment, project);
        }
        return other(path, type);
    }

    private static ChangedPath other(String path, ChangeType type) {
        return new ChangedPath(path, type, PathRole.OTHER, null, null);
    }

    /** Whether the path belongs to the given environment and matters to its reconcile. */
    boolean affects(String name) {
        return role != PathRole.OTHER && environment.equals(name);
    }
}
