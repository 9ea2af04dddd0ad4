package dev.gantry.source;

import java.util.List;

/**
 * One commit that changed one file, with what a policy needs to judge it.
 *
 * @param commit the commit
 * @param path the file's path at this commit; older commits may show an older path, across renames
 * @param trailers the trailers of its message, in order
 * @param content the file as this commit left it, or null when the commit deleted it
 * @param rawCommit the commit object exactly as git stores it, signature included, for verifying it
 */
public record FileCommit(Commit commit, String path, List<Trailer> trailers, byte[] content, byte[] rawCommit) {

    /** Copies the list so the record stays immutable. */
    public FileCommit {
        trailers = List.copyOf(trailers);
    }

    /** The values of every trailer with this key, in order, ignoring the key's case. */
    public List<String> trailers(String key) {
        return trailers.stream().filter(trailer -> trailer.is(key)).map(Trailer::value).toList();
    }
}
