package dev.gantry.render;

import dev.gantry.release.FetchedRelease;
import dev.gantry.release.ManifestExtractor;
import java.io.ByteArrayInputStream;
import java.util.SortedMap;

/**
 * Reads a fetched release's manifests layer as hostile input, into memory: every archive rule and
 * the layer's digest are checked as for an extraction to disk, without the disk round trip.
 */
public final class ReleaseLayer {

    private ReleaseLayer() {
    }

    /**
     * The release's manifest files by path, read from its layer as hostile input.
     *
     * @param release a fetched, verified release
     * @return each manifest file's bytes, sorted by path
     * @throws dev.gantry.release.ArchiveRefusedException when the layer breaks an extraction rule
     */
    public static SortedMap<String, byte[]> files(FetchedRelease release) {
        return new ManifestExtractor().read(new ByteArrayInputStream(release.layer()), release.manifest().layer());
    }
}
