package dev.gantry.pointer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a whole GitOps repository: every file against its schema, then the rules that span
 * files (folders match metadata, promotion chains, approval policy).
 */
public final class RepositoryValidator {

    private final DocumentReader reader;
    private final RepositoryScanner scanner = new RepositoryScanner();

    /** A validator with the default reader limits. */
    public RepositoryValidator() {
        this(new DocumentReader());
    }

    /** A validator using the given reader. */
    public RepositoryValidator(DocumentReader reader) {
        this.reader = reader;
    }

    /**
     * Validates the repository checked out at {@code root}.
     *
     * @param root the repository's root folder
     * @return every problem found; valid when there are none
     * @throws UncheckedIOException when the folder cannot be read
     */
    public ValidationReport validate(Path root) {
        RepositoryScan scan = scanner.scan(root);
        List<Problem> problems = new ArrayList<>(scan.problems());
        Map<String, ParsedDocument<Environment>> environments = readEnvironments(root, scan, problems);
        problems.addAll(EnvironmentRules.check(root, scan.environments(), environments));
        problems.addAll(SharedNamespaces.check(scan.pointers(), environments));
        List<Problem> pointerProblems = scan.pointers().parallelStream()
                .flatMap(pointer -> checkPointer(root, pointer, environments.get(pointer.environment())).stream())
                .toList();
        problems.addAll(pointerProblems);
        return new ValidationReport(problems, scan.environments().size(), scan.pointers().size());
    }

    private Map<String, ParsedDocument<Environment>> readEnvironments(Path root, RepositoryScan scan, List<Problem> problems) {
        Set<String> present = new HashSet<>(scan.environmentFiles());
        Set<String> refused = new HashSet<>();
        scan.problems().forEach(problem -> refused.add(problem.path()));
        Map<String, ParsedDocument<Environment>> environments = new HashMap<>();
        for (String name : scan.environments()) {
            String path = GitOpsLayout.environmentPath(name);
            if (!present.contains(path) && refused.contains(path)) {
                continue;
            }
            if (!present.contains(path)) {
                problems.add(Problem.atStart(GitOpsLayout.ENVIRONMENTS + "/" + name,
                        "environment folder has no " + GitOpsLayout.ENVIRONMENT_FILE));
                continue;
            }
            try {
                environments.put(name, reader.readEnvironment(path, read(root, path)));
            } catch (DocumentInvalidException e) {
                problems.addAll(e.problems());
            }
        }
        return environments;
    }

    private List<Problem> checkPointer(Path root, RepositoryScan.PointerFile file, ParsedDocument<Environment> environment) {
        ParsedDocument<ReleasePointer> pointer;
        try {
            pointer = reader.readPointer(file.path(), read(root, file.path()));
        } catch (DocumentInvalidException e) {
            return e.problems();
        }
        List<Problem> problems = new ArrayList<>();
        ReleasePointer value = pointer.value();
        if (!value.environment().equals(file.environment())) {
            problems.add(pointer.problemAt("/metadata/environment", "metadata.environment is '" + value.environment()
                    + "' but the file is in environment folder '" + file.environment() + "'"));
        }
        if (!value.name().equals(file.project().project())) {
            problems.add(pointer.problemAt("/metadata/name", "metadata.name is '" + value.name()
                    + "' but the file is in project folder '" + file.project().project() + "'"));
        }
        approvalProblem(pointer, environment).ifPresent(problems::add);
        return problems;
    }

    private static Optional<Problem> approvalProblem(ParsedDocument<ReleasePointer> pointer,
            ParsedDocument<Environment> environment) {
        if (environment == null || !environment.value().approval().required()
                || environment.value().approval().approvers().isEmpty()) {
            return Optional.empty();
        }
        String approvedBy = pointer.value().approvedBy();
        List<String> approvers = environment.value().approval().approvers();
        String name = environment.value().name();
        if (approvedBy == null) {
            return Optional.of(pointer.problemAt("/spec", "spec.approvedBy is required: environment '" + name
                    + "' requires approval by one of " + String.join(", ", approvers)));
        }
        if (!approvers.contains(approvedBy)) {
            return Optional.of(pointer.problemAt("/spec/approvedBy", "spec.approvedBy '" + approvedBy
                    + "' is not an approver of environment '" + name + "'; approvers: " + String.join(", ", approvers)));
        }
        return Optional.empty();
    }

    static byte[] read(Path root, String path) {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
