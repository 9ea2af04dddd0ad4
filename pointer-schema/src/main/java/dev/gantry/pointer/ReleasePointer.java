package dev.gantry.pointer;

import java.time.OffsetDateTime;

/**
 * The release of one project that one environment should run ({@code kind: ReleasePointer}).
 *
 * <p>Optional fields are {@code null} when absent. Field meanings are in
 * {@code docs/pointer-spec.md}; the JSON Schema is the source of truth for names.
 *
 * @param name the project, equal to the project folder
 * @param environment the environment, equal to the environment folder
 * @param release full 40-hex commit SHA of the source repository
 * @param digest pinned artifact manifest digest, {@code sha256:...}, or null
 * @param aliases informational names of the release, never null
 * @param deployedBy who asked for the release here, or null
 * @param deployedAt when, or null
 * @param approvedBy who approved it, or null
 * @param approvedAt when, or null
 */
public record ReleasePointer(
        String name,
        String environment,
        String release,
        String digest,
        Aliases aliases,
        String deployedBy,
        OffsetDateTime deployedAt,
        String approvedBy,
        OffsetDateTime approvedAt) {

    /** The first seven characters of the release SHA, as git shows it. */
    public String shortRelease() {
        return release.substring(0, 7);
    }

    /**
     * Other names of the same release; each may be null.
     *
     * @param numeric a build or pipeline number
     * @param tag a version tag such as v1.2.3
     * @param branch a branch-derived name such as main-42
     */
    public record Aliases(Long numeric, String tag, String branch) {

        /** No aliases. */
        public static final Aliases NONE = new Aliases(null, null, null);
    }
}
