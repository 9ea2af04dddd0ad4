package dev.gantry.release;

/** The OCI media types a Gantry release is made of. */
public final class MediaTypes {

    /** The manifest of a release artifact and of each image. */
    public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";

    /** An OCI image index. */
    public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";

    /** The artifact type that marks a manifest as a Gantry release. */
    public static final String RELEASE_ARTIFACT = "application/vnd.gantry.release.v1";

    /** The release's config blob: provenance and the images built for it. */
    public static final String RELEASE_CONFIG = "application/vnd.gantry.release.config.v1+json";

    /** The release's one content layer: rendered Kubernetes YAML as tar+gzip. */
    public static final String RELEASE_MANIFESTS = "application/vnd.gantry.release.manifests.v1.tar+gzip";

    private MediaTypes() {
    }
}
