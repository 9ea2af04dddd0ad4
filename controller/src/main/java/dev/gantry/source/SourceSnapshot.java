package dev.gantry.source;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The files of one commit of a source repository, read without a working tree. */
public interface SourceSnapshot extends AutoCloseable {

    /** The full commit SHA. */
    String commit();

    /** The commit's committer time: the release's creation time, never the wall clock. */
    Instant commitTime();

    /** The repository's public URL, for the release's provenance, if one is known. */
    Optional<String> sourceUrl();

    /**
     * Reads one file of the commit.
     *
     * @param path path from the repository root, forward slashes
     * @return the file's bytes, or empty when the commit has no such file
     */
    Optional<byte[]> read(String path);

    /**
     * Writes one folder of the commit, with git's file modes, into an empty target folder.
     *
     * @param folder path from the repository root, forward slashes; empty for the whole tree
     * @param target where to write; created if missing
     * @return the number of files written
     * @throws SourceUnavailableException when the objects cannot be read
     */
    int export(String folder, Path target);

    /** Releases the repository handle. */
    @Override
    void close();
}
