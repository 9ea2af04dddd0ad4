package dev.gantry.source;

import dev.gantry.pointer.DocumentReader;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.ParsedDocument;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.ReleasePointer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The environments, pointers and overlays of one commit of the GitOps repository, read through
 * the port and parsed strictly; what a reconcile reads instead of a working tree. A symbolic link
 * where a document or its folder should be is refused, never followed nor taken as missing.
 */
public final class GitOpsDocuments {

    private static final String FOLDER = "/";

    private final GitOpsRepository repository;
    private final String commit;
    private final DocumentReader reader;

    /** Reads {@code commit} of {@code repository} with {@code reader}. */
    public GitOpsDocuments(GitOpsRepository repository, String commit, DocumentReader reader) {
        this.repository = repository;
        this.commit = commit;
        this.reader = reader;
    }

    /** The commit these documents come from. */
    public String commit() {
        return commit;
    }

    /** The environment folders whose names are DNS-1123 labels, sorted. */
    public List<String> environments() {
        return folders(GitOpsLayout.ENVIRONMENTS);
    }

    /**
     * The environment's {@code environment.yaml}.
     *
     * @return the parsed environment, or empty when the file is missing
     * @throws dev.gantry.pointer.DocumentInvalidException when the file is not a valid environment
     */
    public Optional<ParsedDocument<Environment>> environment(String name) {
        String path = GitOpsLayout.environmentPath(name);
        return repository.read(commit, path).map(bytes -> reader.readEnvironment(path, bytes));
    }

    /** The projects of an environment that have a pointer file, sorted by repository then project. */
    public List<ProjectRef> projects(String environment) {
        String folder = GitOpsLayout.ENVIRONMENTS + FOLDER + environment;
        List<ProjectRef> projects = new ArrayList<>();
        for (String repositoryName : folders(folder)) {
            for (String project : folders(folder + FOLDER + repositoryName)) {
                ProjectRef ref = new ProjectRef(repositoryName, project);
                String pointerFolder = folder + FOLDER + ref;
                if (repository.list(commit, pointerFolder).contains(GitOpsLayout.POINTER_FILE)) {
                    projects.add(ref);
                }
            }
        }
        return Collections.unmodifiableList(projects);
    }

    /**
     * One project's pointer in one environment.
     *
     * @return the parsed pointer, or empty when the file is missing
     * @throws dev.gantry.pointer.DocumentInvalidException when the file is not a valid pointer
     */
    public Optional<ParsedDocument<ReleasePointer>> pointer(String environment, ProjectRef project) {
        String path = GitOpsLayout.pointerPath(environment, project);
        return repository.read(commit, path).map(bytes -> reader.readPointer(path, bytes));
    }

    /**
     * One project's overlay files ({@code patches/*.yaml} or {@code .yml}) by path, in path order.
     *
     * @throws dev.gantry.pointer.DocumentInvalidException when the folder or a patch is a symbolic link
     */
    public SortedMap<String, byte[]> patches(String environment, ProjectRef project) {
        String folder = GitOpsLayout.ENVIRONMENTS + FOLDER + environment + FOLDER + project + FOLDER + GitOpsLayout.PATCHES;
        SortedMap<String, byte[]> patches = new TreeMap<>();
        for (String name : repository.list(commit, folder)) {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                String path = folder + FOLDER + name;
                repository.read(commit, path).ifPresent(bytes -> patches.put(path, bytes));
            }
        }
        return Collections.unmodifiableSortedMap(patches);
    }

    private List<String> folders(String parent) {
        return repository.list(commit, parent).stream()
                .filter(name -> name.endsWith(FOLDER))
                .map(name -> name.substring(0, name.length() - 1))
                .filter(GitOpsLayout::isDnsLabel)
                .toList();
    }
}
