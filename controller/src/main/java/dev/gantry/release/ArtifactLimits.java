package dev.gantry.release;

/**
 * Hard caps on what is read from a store for one release, checked against each descriptor before
 * a byte is read and against the bytes as they arrive.
 *
 * @param manifestBytes largest release manifest
 * @param configBytes largest config blob
 * @param layerBytes largest manifests layer (tar+gzip)
 */
public record ArtifactLimits(long manifestBytes, long configBytes, long layerBytes) {

    /**
     * The limits releases are fetched with: 4 MiB for a manifest (the distribution registry's own
     * limit), 1 MiB for a config, 128 MiB for a layer (the {@link ArchiveLimits#DEFAULT} 100 MiB of
     * files plus tar headers and gzip's worst case).
     */
    public static final ArtifactLimits DEFAULT = new ArtifactLimits(4L << 20, 1L << 20, 128L << 20);

    /** Checks every limit is positive and small enough to hold in memory. */
    public ArtifactLimits {
        for (long limit : new long[] {manifestBytes, configBytes, layerBytes}) {
            if (limit < 1 || limit > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("artifact limits must be between 1 byte and 2 GiB: " + limit);
            }
        }
    }
}
