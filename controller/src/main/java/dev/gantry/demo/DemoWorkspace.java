package dev.gantry.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The demo's folder: the GitOps remote and its clone, the sample source repository, the registry
 * (an OCI layout), what was applied, and a private cache. A marker file tells a demo workspace apart.
 *
 * @param root the workspace folder
 */
public record DemoWorkspace(Path root) {

    /** The file that marks a folder as a demo workspace. */
    static final String MARKER = ".gantry-demo";

    /**
     * Makes {@code root} a new demo workspace: a missing or empty folder is fine; a folder with
     * anything in it is refused, with a way to start again when it holds an earlier demo.
     *
     * @throws DemoFailedException when the folder is not empty or cannot be created
     */
    public static DemoWorkspace prepare(Path root) {
        Path folder = root.toAbsolutePath().normalize();
        try {
            if (Files.exists(folder) && !isEmptyFolder(folder)) {
                throw new DemoFailedException(Files.isRegularFile(folder.resolve(MARKER))
                        ? folder + " holds an earlier demo; to start again, delete it (rm -rf " + folder
                                + ") or pass --workspace with a new folder"
                        : folder + " is not empty; pass --workspace with a new or empty folder");
            }
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(MARKER), "A workspace made by 'gantry demo'; delete it when done.\n");
            return new DemoWorkspace(folder);
        } catch (IOException e) {
            throw new DemoFailedException("cannot create the demo workspace " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The bare GitOps repository the clone pushes to and the controller fetches from. */
    public Path gitOpsRemote() {
        return root.resolve("gitops.git");
    }

    /** The clone of the GitOps repository where pointer commits are made. */
    public Path gitOps() {
        return root.resolve("gitops");
    }

    /** The sample application's source repository. */
    public Path source() {
        return root.resolve("source");
    }

    /** The OCI image layout that serves as the registry. */
    public Path registry() {
        return root.resolve("registry");
    }

    /** What the embedded target applied, one folder per environment. */
    public Path applied() {
        return root.resolve("applied");
    }

    /** Source mirrors, Jib's cache and the controller's GitOps mirror. */
    public Path cache() {
        return root.resolve(".cache");
    }
}
