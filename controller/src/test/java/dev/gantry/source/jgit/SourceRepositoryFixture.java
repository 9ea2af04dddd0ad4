package dev.gantry.source.jgit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository on disk, with commits made at fixed times, for source tests. */
public final class SourceRepositoryFixture implements AutoCloseable {

    private final Git git;
    private final Path folder;

    private SourceRepositoryFixture(Git git, Path folder) {
        this.git = git;
        this.folder = folder;
    }

    /** A new repository in {@code folder} on branch main. */
    public static SourceRepositoryFixture create(Path folder) throws GitAPIException {
        return new SourceRepositoryFixture(Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call(), folder);
    }

    /** Writes the files (path to content; a path ending in {@code *} is made executable, without the star) and commits. */
    public RevCommit commit(String message, Instant when, Map<String, String> files) throws IOException, GitAPIException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            boolean executable = file.getKey().endsWith("*");
            Path path = folder.resolve(executable ? file.getKey().substring(0, file.getKey().length() - 1) : file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            if (executable) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent(new PersonIdent("Dev", "dev@example.com"), when, ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** A bare clone of this repository in {@code target}. */
    public Path bareClone(Path target) throws GitAPIException {
        Git.cloneRepository().setURI(folder.toUri().toString()).setBare(true).setDirectory(target.toFile()).call().close();
        return target;
    }

    /** A working clone of {@code upstream} in {@code target}, with origin pointing at it. */
    public static Path cloneOf(String upstream, Path target) throws GitAPIException {
        Git.cloneRepository().setURI(upstream).setDirectory(target.toFile()).call().close();
        return target;
    }

    /** The repository's folder. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        git.close();
    }
}
