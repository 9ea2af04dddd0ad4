package dev.gantry.pointer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Finds environments and pointers under a repository's {@code environments/} folder, never following links. */
public final class RepositoryScanner {

    /**
     * Scans a checked-out repository.
     *
     * @param root the repository's root folder
     * @return what was found; a missing {@code environments/} folder is a problem, not an exception
     * @throws UncheckedIOException when the folder cannot be read
     */
    public RepositoryScan scan(Path root) {
        Path environments = root.resolve(GitOpsLayout.ENVIRONMENTS);
        if (Files.isSymbolicLink(environments)) {
            return new RepositoryScan(List.of(), List.of(), List.of(), List.of(Problem.symbolicLink(GitOpsLayout.ENVIRONMENTS)));
        }
        if (!Files.isDirectory(environments, LinkOption.NOFOLLOW_LINKS)) {
            return new RepositoryScan(List.of(), List.of(), List.of(), List.of(Problem.atStart(GitOpsLayout.ENVIRONMENTS,
                    "no environments/ folder: pointers live at environments/<env>/<repository>/<project>/release.yaml")));
        }
        Visitor visitor = new Visitor(root);
        try {
            Files.walkFileTree(environments, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + environments, e);
        }
        return new RepositoryScan(new ArrayList<>(visitor.environments), visitor.environmentFiles,
                visitor.pointers, visitor.problems);
    }

    /** Collects what the walk meets; depth 1 is an environment folder. */
    private static final class Visitor extends SimpleFileVisitor<Path> {

        private final Path root;
        private final TreeSet<String> environments = new TreeSet<>();
        private final List<String> environmentFiles = new ArrayList<>();
        private final List<RepositoryScan.PointerFile> pointers = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        Visitor(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            List<String> parts = parts(dir);
            if (parts.size() > 1 && parts.get(parts.size() - 1).startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (parts.size() == 2) {
                environments.add(parts.get(1));
                checkLabel(dir, parts.get(1), "environment");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            List<String> parts = parts(file);
            String name = parts.get(parts.size() - 1);
            String path = relative(file);
            if (attrs.isSymbolicLink()) {
                problems.add(Problem.symbolicLink(path));
            } else if (parts.size() == 3 && name.equals(GitOpsLayout.ENVIRONMENT_FILE)) {
                environmentFiles.add(path);
            } else if (name.equals(GitOpsLayout.POINTER_FILE)) {
                pointer(parts, path);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(Problem.atStart(relative(file), "cannot be read: " + e.getMessage()));
            return FileVisitResult.CONTINUE;
        }

        private void pointer(List<String> parts, String path) {
            if (parts.size() != 5) {
                problems.add(Problem.atStart(path, "release.yaml is misplaced: pointers live at "
                        + "environments/<env>/<repository>/<project>/release.yaml"));
                return;
            }
            boolean labels = checkLabel(path, parts.get(2), "repository") & checkLabel(path, parts.get(3), "project");
            if (labels) {
                pointers.add(new RepositoryScan.PointerFile(parts.get(1), new ProjectRef(parts.get(2), parts.get(3)), path));
            }
        }

        private boolean checkLabel(Path dir, String name, String what) {
            return checkLabel(relative(dir), name, what);
        }

        private boolean checkLabel(String path, String name, String what) {
            if (GitOpsLayout.isDnsLabel(name)) {
                return true;
            }
            problems.add(Problem.atStart(path, what + " folder '" + name + "' is not a DNS-1123 label "
                    + "(lowercase letters, digits and '-', at most 63 characters)"));
            return false;
        }

        private List<String> parts(Path path) {
            List<String> parts = new ArrayList<>();
            root.relativize(path).forEach(part -> parts.add(part.toString()));
            return parts;
        }

        private String relative(Path path) {
            return String.join("/", parts(path));
        }
    }
}
