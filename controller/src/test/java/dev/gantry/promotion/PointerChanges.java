package dev.gantry.promotion;

import dev.gantry.source.Trailer;
import dev.gantry.pointer.ReleasePointer;
import java.time.OffsetDateTime;
import java.util.List;

/** Builds {@link PointerChange}s for the pure promotion rules, without a repository. */
final class PointerChanges {

    static final String PATH = "environments/staging/platform/hello/release.yaml";
    static final Person DEV = new Person("Dev", "dev@example.com", OffsetDateTime.parse("2026-01-01T10:00:00Z"));

    private PointerChanges() {
    }

    /** A 40-hex SHA that starts with {@code prefix}, padded with {@code fill}. */
    static String sha(String prefix, char fill) {
        return prefix + String.valueOf(fill).repeat(40 - prefix.length());
    }

    /** A commit that left the pointer naming {@code release}. */
    static PointerChange setting(String commit, String release, String subject, Trailer... trailers) {
        return new PointerChange(commit, PATH, DEV, DEV, subject, List.of(trailers), PointerState.PRESENT, pointer(release),
                null);
    }

    /** A commit that left the pointer naming {@code release}, with a plain subject and no trailers. */
    static PointerChange setting(String commit, String release) {
        return setting(commit, release, "edit by hand");
    }

    /** A commit that deleted the pointer. */
    static PointerChange deleting(String commit) {
        return new PointerChange(commit, PATH, DEV, DEV, "remove hello", List.of(), PointerState.DELETED, null, null);
    }

    /** A commit that left the pointer invalid. */
    static PointerChange breaking(String commit) {
        return new PointerChange(commit, PATH, DEV, DEV, "typo", List.of(), PointerState.INVALID, null, null);
    }

    static ReleasePointer pointer(String release) {
        return new ReleasePointer("hello", "staging", release, null, ReleasePointer.Aliases.NONE, null, null, null, null);
    }
}
