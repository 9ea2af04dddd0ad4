package dev.gantry.source;

/** Where release sources come from: a git repository, read at one exact commit. */
public interface SourceRepository {

    /**
     * Reads a commit of a source repository.
     *
     * @param source a clone URL (https, ssh, file) or a local repository folder
     * @param commit the full 40-hex commit SHA
     * @return a snapshot of that commit
     * @throws SourceUnavailableException when the repository cannot be reached or read
     * @throws CommitNotFoundException when the repository has no such commit
     */
    SourceSnapshot snapshot(String source, String commit);
}
