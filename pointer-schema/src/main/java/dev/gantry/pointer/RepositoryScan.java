package dev.gantry.pointer;

import java.util.List;

/**
 * What a scan of a repository's {@code environments/} folder found.
 *
 * @param environments environment folder names, sorted
 * @param environmentFiles paths of the {@code environment.yaml} files that exist
 * @param pointers the pointer files at the expected depth
 * @param problems layout problems: misplaced pointers, bad folder names, links
 */
public record RepositoryScan(List<String> environments, List<String> environmentFiles,
        List<PointerFile> pointers, List<Problem> problems) {

    /** Copies the lists so the record stays immutable. */
    public RepositoryScan {
        environments = List.copyOf(environments);
        environmentFiles = List.copyOf(environmentFiles);
        pointers = List.copyOf(pointers);
        problems = List.copyOf(problems);
    }

    /**
     * A pointer file found where the layout expects one.
     *
     * @param environment the environment folder
     * @param project the repository and project folders
     * @param path the file's path relative to the repository root
     */
    public record PointerFile(String environment, ProjectRef project, String path) {
    }
}
