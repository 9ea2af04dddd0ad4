package dev.gantry.diff;

import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.DocumentReader;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.Problem;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.ReleasePointer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The environments, pointers and overlays of a GitOps repository's working tree, parsed strictly.
 * A symbolic link where a document, an overlay or a folder above them should be is refused, never
 * followed: a pull request cannot make CI read a file outside the checkout.
 */
public final class CheckoutFiles {

    private final Path root;
    private final DocumentReader reader = new DocumentReader();

    /** Reads the checkout whose root folder is {@code root}. */
    public CheckoutFiles(Path root) {
        this.root = root;
    }

    /**
     * An environment's {@code environment.yaml}.
     *
     * @throws GitOpsFileNotFoundException when the file is missing
     * @throws DocumentInvalidException when it is not a valid environment, or is a symbolic link
     */
    public Environment environment(String name) {
        String path = GitOpsLayout.environmentPath(name);
        byte[] content = read(path).orElseThrow(() -> new GitOpsFileNotFoundException(
                "environment " + name + " has no " + path + " in " + root));
        return reader.readEnvironment(path, content).value();
    }

    /**
     * One project's pointer in one environment.
     *
     * @return the pointer, or empty when the project has none there
     * @throws DocumentInvalidException when the file is not a valid pointer, or is a symbolic link
     */
    public Optional<ReleasePointer> pointer(String environment, ProjectRef project) {
        String path = GitOpsLayout.pointerPath(environment, project);
        return read(path).map(content -> reader.readPointer(path, content).value());
    }

    /**
     * One project's overlay files ({@code patches/*.yaml} or {@code .yml}) by path, in path order.
     *
     * @throws DocumentInvalidException when the folder, a folder above it, or a patch is a symbolic link
     */
    public SortedMap<String, byte[]> patches(String environment, ProjectRef project) {
        String folder = GitOpsLayout.ENVIRONMENTS + "/" + environment + "/" + project + "/" + GitOpsLayout.PATCHES;
        SortedMap<String, byte[]> patches = new TreeMap<>();
        refuseLinks(folder);
        if (!Files.isDirectory(root.resolve(folder), LinkOption.NOFOLLOW_LINKS)) {
            return patches;
        }
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            for (Path file : files.filter(CheckoutFiles::isYaml).toList()) {
                String path = folder + "/" + file.getFileName();
                read(path).ifPresent(content -> patches.put(path, content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the patches in " + root.resolve(folder), e);
        }
        return patches;
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** A regular file's bytes, or empty when nothing (or a folder) is there; a link on the way is refused. */
    private Optional<byte[]> read(String path) {
        refuseLinks(path);
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Refuses a path that is, or lies under, a symbolic link, as {@code gantry validate} and the controller do. */
    private void refuseLinks(String path) {
        Path current = root;
        String relative = "";
        for (String part : path.split("/")) {
            current = current.resolve(part);
            relative = relative.isEmpty() ? part : relative + "/" + part;
            if (Files.isSymbolicLink(current)) {
                throw new DocumentInvalidException(Problem.symbolicLink(relative));
            }
        }
    }
}
