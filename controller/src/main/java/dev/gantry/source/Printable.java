package dev.gantry.source;

/**
 * Quotes a value a user or a repository gave, for an error message: control characters are
 * written as {@code \\uXXXX}, so a name cannot rewrite the terminal or forge lines in a CI log.
 */
public final class Printable {

    private Printable() {
    }

    /** The value in single quotes, with every control character escaped. */
    public static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("'");
        value.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('\'').toString();
    }
}
