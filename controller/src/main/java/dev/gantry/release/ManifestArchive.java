package dev.gantry.release;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

/**
 * The manifests layer of a release artifact: rendered YAML packed as a reproducible tar+gzip.
 *
 * <p>The same manifests always give the same bytes, on any machine: entries sorted by path with
 * their parent folders, a fixed modification time, owner 0:0 with no names, modes 0644 and 0755,
 * POSIX (PAX) long names without time records, and a gzip header with no time, no file name and
 * the "unknown" operating system.
 */
public final class ManifestArchive {

    /** The OCI media type of the layer, as Flux's {@code layerSelector} and Argo CD expect it. */
    public static final String MEDIA_TYPE = MediaTypes.RELEASE_MANIFESTS;

    private final byte[] bytes;
    private final ContentDescriptor descriptor;

    private ManifestArchive(byte[] bytes) {
        this.bytes = bytes;
        this.descriptor = new ContentDescriptor(MEDIA_TYPE, Digest.sha256(bytes).toString(), bytes.length);
    }

    /**
     * Packs manifests with every entry's time at the Unix epoch.
     *
     * @param manifests file contents by relative path, such as {@code deploy/app.yaml}; any map
     *     order, the archive is always sorted
     * @return the packed layer
     * @throws IllegalArgumentException when a path is absolute, climbs with {@code ..}, has empty
     *     or {@code .} segments or a backslash, is not {@code .yaml}/{@code .yml}, or names a
     *     folder that another path uses as a file
     */
    public static ManifestArchive pack(Map<String, byte[]> manifests) {
        return pack(manifests, Instant.EPOCH);
    }

    /**
     * Packs manifests with every entry's time set to one instant, such as the commit's time.
     *
     * @param manifests file contents by relative path; any map order, the archive is always sorted
     * @param entryTime the modification time of every entry, truncated to whole seconds; between
     *     the epoch and the year 2242, the range a plain tar header holds
     * @return the packed layer
     * @throws IllegalArgumentException when a path breaks the rules of {@link #pack(Map)} or the
     *     time is out of range
     */
    public static ManifestArchive pack(Map<String, byte[]> manifests, Instant entryTime) {
        return new ManifestArchive(new TarGzipWriter(entryTime).pack(manifests));
    }

    /**
     * The layer's bytes.
     *
     * @return a copy of the tar+gzip bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Reads the layer's bytes without copying them.
     *
     * @return a fresh stream over the tar+gzip bytes
     */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    /**
     * The layer's length.
     *
     * @return the number of tar+gzip bytes
     */
    public long size() {
        return bytes.length;
    }

    /**
     * The layer's digest.
     *
     * @return the sha256 of the tar+gzip bytes
     */
    public Digest digest() {
        return Digest.parse(descriptor.digest());
    }

    /**
     * The digest and size an OCI manifest records for this layer, and extraction verifies.
     *
     * @return the layer's descriptor
     */
    public ContentDescriptor descriptor() {
        return descriptor;
    }
}
