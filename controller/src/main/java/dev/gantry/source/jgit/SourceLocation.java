package dev.gantry.source.jgit;

import dev.gantry.source.UrlRedactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Turns what a user typed as a source into a fetch location and a credential-free public URL. */
final class SourceLocation {

    private SourceLocation() {
    }

    /** A local folder becomes its absolute path; anything else is used as a URL. */
    static String fetchUrl(String source) {
        Path folder = Path.of(source);
        return isLocalFolder(source) ? folder.toAbsolutePath().normalize().toString() : source;
    }

    /**
     * The URL recorded in a release: a remote URL without credentials, or for a local clone its
     * {@code origin} remote, so every clone of one upstream records the same URL.
     */
    static Optional<String> publicUrl(String source) {
        if (!isLocalFolder(source)) {
            return Optional.of(redact(source));
        }
        try (Repository local = new FileRepositoryBuilder().findGitDir(Path.of(source).toFile()).build()) {
            return Optional.ofNullable(local.getConfig().getString("remote", "origin", "url")).map(SourceLocation::redact);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Removes the credentials of anything URL-like, as {@link UrlRedactor} does, so it can be printed. */
    static String redact(String text) {
        return UrlRedactor.redact(text);
    }

    private static boolean isLocalFolder(String source) {
        return !source.contains("://") && !source.matches("^[^/]+@[^/]+:.*") && Files.isDirectory(Path.of(source));
    }
}
