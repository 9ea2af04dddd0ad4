package dev.gantry.pointer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds throwaway GitOps repositories from the shared fixtures: a valid base repository with one
 * fixture file or overlay folder dropped on top. Shared with the controller's CLI tests.
 */
public final class FixtureRepository {

    /** Where the base repository's dev pointer lives; pointer fixtures replace it. */
    public static final String DEV_POINTER = "environments/dev/platform/hello/release.yaml";

    /** Where the base repository's dev environment lives; environment fixtures replace it. */
    public static final String DEV_ENVIRONMENT = "environments/dev/environment.yaml";

    private static final String EXPECT = "# expect: ";

    private FixtureRepository() {
    }

    /** The fixtures folder: {@code gantry.fixtures} if set, else this module's test resources. */
    public static Path fixtures() {
        return Path.of(System.getProperty("gantry.fixtures", "src/test/resources/fixtures")).toAbsolutePath();
    }

    /** The fixture files of one folder ({@code pointers}, {@code environments}), sorted. */
    public static List<Path> files(String folder) {
        try (Stream<Path> files = Files.list(fixtures().resolve(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overlay repositories under {@code repos/}, sorted. */
    public static List<Path> repositoryCases() {
        try (Stream<Path> cases = Files.list(fixtures().resolve("repos"))) {
            return cases.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the valid base repository in {@code target}. */
    public static Path base(Path target) {
        copyTree(fixtures().resolve("base.valid"), target);
        return target;
    }

    /** The base repository with {@code fixture} written at {@code relativePath}. */
    public static Path withFile(Path target, String relativePath, Path fixture) {
        base(target);
        try {
            Files.copy(fixture, target.resolve(relativePath), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The base repository with a pointer or environment fixture in the dev environment, by its file name. */
    public static Path withFixture(Path target, Path fixture) {
        String name = fixture.getFileName().toString();
        return withFile(target, name.startsWith("environment-") ? DEV_ENVIRONMENT : DEV_POINTER, fixture);
    }

    /** The base repository with a case's {@code overlay/} folder copied on top. */
    public static Path withOverlay(Path target, Path repositoryCase) {
        base(target);
        copyTree(repositoryCase.resolve("overlay"), target);
        return target;
    }

    /** The repository path a fixture lands at in {@link #withFixture}. */
    public static String landingPath(Path fixture) {
        return fixture.getFileName().toString().startsWith("environment-") ? DEV_ENVIRONMENT : DEV_POINTER;
    }

    /** The {@code LINE:COL: fragment} expectations in a fixture's leading {@code # expect:} comments. */
    public static List<String> expectations(Path fixture) {
        try {
            String head = new String(Files.readAllBytes(fixture), 0, (int) Math.min(Files.size(fixture), 4096),
                    StandardCharsets.ISO_8859_1);
            return head.lines().takeWhile(line -> line.startsWith(EXPECT)).map(line -> line.substring(EXPECT.length())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a rendered problem meets an expectation for a file: same path, line and column, and the fragment. */
    public static boolean meets(String rendered, String path, String expectation) {
        int afterColumn = expectation.indexOf(": ");
        String place = expectation.substring(0, afterColumn);
        String fragment = expectation.substring(afterColumn + 2);
        return rendered.startsWith(path + ":" + place + ": ") && rendered.contains(fragment);
    }

    private static void copyTree(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
