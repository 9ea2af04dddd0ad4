package dev.gantry.source;

/**
 * One trailer (footer line) of a commit message, such as {@code Approved-by: Bob <bob@example.com>}.
 *
 * @param key the key as written; git matches trailer keys ignoring case
 * @param value the value, trimmed
 */
public record Trailer(String key, String value) {

    /** Whether this trailer has the given key, ignoring case as git does. */
    public boolean is(String otherKey) {
        return key.equalsIgnoreCase(otherKey);
    }

    @Override
    public String toString() {
        return key + ": " + value;
    }
}
