package dev.gantry.reconcile;

import dev.gantry.release.FetchedRelease;
import dev.gantry.release.ManifestExtractor;
import java.io.ByteArrayInputStream;
import java.util.SortedMap;

/**
 * Reads a fetched release's manifests layer as hostile input, into memory: every archive rule and
 * the layer's digest are checked as for an extraction to disk, without the disk round trip.
 */
final class ReleaseLayer {

    private ReleaseLayer() {
    }

    static SortedMap<String, byte[]> files(FetchedRelease release) {
        return new ManifestExtractor().read(new ByteArrayInputStream(release.layer()), release.manifest().layer());
    }
}
