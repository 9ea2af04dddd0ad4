package dev.gantry.release;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names an artifact: {@code <registry>/<repository>:<tag>} or {@code ...@sha256:...}, where the
 * registry is {@code HOST[:PORT][/PREFIX]} or {@code oci-layout:DIR}.
 *
 * @param registry where the repository lives
 * @param repository slash-separated path, such as {@code platform/hello}
 * @param tag the tag, or null
 * @param digest the pinned manifest digest, or null
 */
public record ArtifactRef(Registry registry, String repository, String tag, String digest) {

    private static final Pattern REPOSITORY = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    /** Checks each part's form. */
    public ArtifactRef {
        if (!REPOSITORY.matcher(repository).matches()) {
            throw new IllegalArgumentException("'" + repository + "' is not a valid repository path");
        }
        if (tag != null && !TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("'" + tag + "' is not a valid tag");
        }
        if (digest != null && !ContentDescriptor.isDigest(digest)) {
            throw new IllegalArgumentException("'" + digest + "' is not a sha256 digest");
        }
        if (tag == null && digest == null) {
            throw new IllegalArgumentException("a reference needs a tag (:TAG) or a digest (@sha256:...)");
        }
    }

    /**
     * Parses {@code REGISTRY/REPOSITORY[:TAG][@sha256:...]}; with {@code oci-layout:}, the layout
     * folder is everything up to the repository, which the caller marks with {@code //}, or the
     * last two path segments when there is none.
     */
    public static ArtifactRef parse(String text) {
        Matcher pinned = Pattern.compile("^(.*?)(@sha256:[0-9a-f]{64})?$").matcher(text);
        pinned.matches();
        String rest = pinned.group(1);
        String digest = pinned.group(2) == null ? null : pinned.group(2).substring(1);
        int colon = rest.lastIndexOf(':');
        String tag = null;
        if (colon > rest.lastIndexOf('/') && colon > 0 && !rest.substring(0, colon).equals("oci-layout")) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return Registry.splitRepository(rest, tag, digest);
    }

    /** The same artifact pinned to a digest. */
    public ArtifactRef withDigest(String manifestDigest) {
        return new ArtifactRef(registry, repository, tag, manifestDigest);
    }

    /** A sibling repository below this one, such as an image {@code platform/hello/web}. */
    public ArtifactRef child(String name, String childTag) {
        return new ArtifactRef(registry, repository + "/" + name, childTag, null);
    }

    @Override
    public String toString() {
        return registry.prefix(repository) + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }
}
