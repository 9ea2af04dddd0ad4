package dev.gantry.testing.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the project's test control plane ({@code test-cluster/bin/gantry-test-cluster}, built by
 * {@code test-cluster/build.sh}) is on disk: the file {@value #VARIABLE} names, else that path under the
 * working directory or any directory above it, so a module's tests find the build at the project root.
 */
final class TestControlPlaneBinary {

    /** The environment variable (or system property {@value #PROPERTY}) naming the binary. */
    static final String VARIABLE = "GANTRY_TEST_CLUSTER";

    /** The system property naming the binary; wins over {@value #VARIABLE}. */
    static final String PROPERTY = "gantry.test-cluster.binary";

    /** The binary's path under the project root. */
    static final Path RELATIVE = Path.of("test-cluster", "bin", "gantry-test-cluster");

    private TestControlPlaneBinary() {
    }

    /**
     * The places looked in, in order: the named file when one is named (and then only it), else
     * {@link #RELATIVE} under {@code workingDirectory} and each of its parents.
     *
     * @param environment reads a system property or environment variable, property first
     */
    static List<Path> candidates(UnaryOperator<String> environment, Path workingDirectory) {
        String named = environment.apply(VARIABLE);
        if (named != null && !named.isBlank()) {
            return List.of(Path.of(named));
        }
        List<Path> candidates = new ArrayList<>();
        for (Path directory = workingDirectory.toAbsolutePath(); directory != null; directory = directory.getParent()) {
            candidates.add(directory.resolve(RELATIVE));
        }
        return candidates;
    }

    /** The first candidate that is an executable file. */
    static Optional<Path> find(List<Path> candidates) {
        return candidates.stream().filter(file -> Files.isRegularFile(file) && Files.isExecutable(file)).findFirst();
    }
}
