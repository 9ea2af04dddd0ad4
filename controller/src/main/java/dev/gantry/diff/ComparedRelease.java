package dev.gantry.diff;

/**
 * A release that took part in a diff, as it was fetched.
 *
 * @param label the side's label, such as {@code staging}
 * @param release the release commit SHA
 * @param digest the verified manifest digest
 */
public record ComparedRelease(String label, String release, String digest) {

    /** The first seven characters of the release SHA, as git shows it. */
    public String shortRelease() {
        return release.substring(0, Math.min(7, release.length()));
    }
}
