package dev.gantry.pointer;

import java.util.Comparator;

/**
 * One thing wrong with a file of the GitOps repository.
 *
 * @param path file path relative to the repository root, with forward slashes
 * @param position where in the file the problem is
 * @param message what is wrong and what was expected
 */
public record Problem(String path, SourcePosition position, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::message);

    /** A problem about a whole file or folder rather than a place in it. */
    public static Problem atStart(String path, String message) {
        return new Problem(path, SourcePosition.START, message);
    }

    /**
     * A path that is a symbolic link, or lies under one: no reader of a GitOps repository ({@code
     * gantry validate}, {@code gantry diff}, the controller) follows a link, and each reports it so.
     */
    public static Problem symbolicLink(String path) {
        return atStart(path, "is a symbolic link: links in the GitOps repository are not followed; "
                + "use regular files and folders");
    }

    /** Renders the problem as {@code PATH:LINE:COL: message}, the form editors and CI annotate. */
    public String render() {
        return path + ":" + position.line() + ":" + position.column() + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
