package dev.gantry.promotion;

import java.util.Locale;

/** What a change to a pointer was, read from its commit's subject and trailers. */
public enum ChangeKind {

    /** {@code gantry promote}: a release brought from another environment. */
    PROMOTE,

    /** {@code gantry rollback}: an earlier release written back. */
    ROLLBACK,

    /** {@code gantry approve}: an approval recorded. */
    APPROVE,

    /** Anything else: an edit by hand, a merge, a rename. */
    MANUAL;

    /**
     * The kind of a change: the Gantry kinds need both the subject's prefix ({@code promote:},
     * {@code rollback:}, {@code approve:}) and a {@code Gantry-Release} trailer; anything else is manual.
     */
    public static ChangeKind of(PointerChange change) {
        if (change.trailer(CommitMessage.RELEASE).isEmpty()) {
            return MANUAL;
        }
        for (ChangeKind kind : new ChangeKind[] {PROMOTE, ROLLBACK, APPROVE}) {
            if (change.subject().startsWith(kind.label() + ": ")) {
                return kind;
            }
        }
        return MANUAL;
    }

    /** The lower-case name, as the subject prefix and the history output write it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
