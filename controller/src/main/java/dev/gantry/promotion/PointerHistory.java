package dev.gantry.promotion;

import dev.gantry.pointer.ProjectRef;
import java.util.List;

/** The commits that changed a release pointer, read from the GitOps repository's history. */
public interface PointerHistory {

    /**
     * Every commit reachable from the starting revision that changed
     * {@code environments/<environment>/<repository>/<project>/release.yaml}, newest first (by
     * committer time), following the file back across renames. A merge that kept one parent's
     * pointer is not a change, as in {@code git log}; a merge that resolved it to something new is.
     *
     * @param environment the environment folder
     * @param project the project
     * @return the changes, newest first; empty when the pointer never existed
     * @throws HistoryUnavailableException when the repository cannot be read
     */
    List<PointerChange> changes(String environment, ProjectRef project);
}
