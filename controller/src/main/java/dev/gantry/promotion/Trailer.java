package dev.gantry.promotion;

/**
 * One trailer (footer line) of a commit message, such as {@code Gantry-Release: 3f2c9d1e...}.
 *
 * @param key the key, as written (git trailer keys are matched case-insensitively)
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
