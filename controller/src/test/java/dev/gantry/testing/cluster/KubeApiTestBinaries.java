package dev.gantry.testing.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One version of the binaries Fabric8 kube-api-test runs ({@code etcd}, {@code kube-apiserver},
 * {@code kubectl}), laid out as kube-api-test keeps them: {@code <directory>/k8s/<version><platform>},
 * for example {@code ~/.kubeapitest/k8s/1.34.1-linux-amd64}. Found on disk only; never downloaded.
 */
record KubeApiTestBinaries(Path directory, String version) {

    /** The environment variable naming a directory to look in before kube-api-test's own. */
    static final String DIRECTORY_VARIABLE = "GANTRY_KUBE_API_TEST_DIR";

    /** kube-api-test's own variable for its directory; honoured too, so one setting serves both. */
    static final String KUBE_API_TEST_DIR = "KUBE_API_TEST_DIR";

    private static final List<String> NAMES = List.of("etcd", "kube-apiserver", "kubectl");

    /**
     * The directories to look in, in order: {@value #DIRECTORY_VARIABLE}, {@value #KUBE_API_TEST_DIR},
     * then kube-api-test's default {@code ~/.kubeapitest}.
     *
     * @param environment reads an environment variable
     * @param home the user's home directory
     */
    static List<Path> directories(UnaryOperator<String> environment, Path home) {
        List<Path> directories = new ArrayList<>();
        for (String variable : List.of(DIRECTORY_VARIABLE, KUBE_API_TEST_DIR)) {
            String value = environment.apply(variable);
            if (value != null && !value.isBlank()) {
                directories.add(Path.of(value));
            }
        }
        directories.add(home.resolve(".kubeapitest"));
        return directories.stream().distinct().toList();
    }

    /**
     * The newest complete version for this platform in the first directory that has one.
     *
     * @param directories where to look, in order
     * @param platform kube-api-test's platform suffix, such as {@code -linux-amd64}
     */
    static Optional<KubeApiTestBinaries> findIn(List<Path> directories, String platform) {
        return directories.stream().flatMap(directory -> newestIn(directory, platform).stream()).findFirst();
    }

    /** Where the binaries are expected under a directory, for messages: {@code <directory>/k8s/<version><platform>}. */
    static Path expectedLayout(Path directory, String platform) {
        return directory.resolve("k8s").resolve("<version>" + platform);
    }

    private static Optional<KubeApiTestBinaries> newestIn(Path directory, String platform) {
        Path versions = directory.resolve("k8s");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(versions)) {
            return entries.filter(entry -> entry.getFileName().toString().endsWith(platform))
                    .filter(KubeApiTestBinaries::complete)
                    .map(entry -> versionOf(entry, platform))
                    .filter(version -> version.matches("\\d+(\\.\\d+)*"))
                    .max(Comparator.comparing(KubeApiTestBinaries::numbers, Arrays::compare))
                    .map(version -> new KubeApiTestBinaries(directory, version));
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + versions, e);
        }
    }

    private static boolean complete(Path versionDirectory) {
        return NAMES.stream().map(versionDirectory::resolve)
                .allMatch(binary -> Files.isRegularFile(binary) && Files.isExecutable(binary));
    }

    private static String versionOf(Path versionDirectory, String platform) {
        String name = versionDirectory.getFileName().toString();
        return name.substring(0, name.length() - platform.length());
    }

    private static int[] numbers(String version) {
        return Stream.of(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
