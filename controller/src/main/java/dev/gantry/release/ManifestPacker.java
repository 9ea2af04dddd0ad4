package dev.gantry.release;

import java.util.SortedMap;

/** Packs rendered manifests into the release's one tar+gzip layer, deterministically. */
@FunctionalInterface
public interface ManifestPacker {

    /**
     * Packs the files.
     *
     * @param files relative path to content, sorted
     * @return the layer's bytes; equal input gives equal bytes
     */
    byte[] pack(SortedMap<String, byte[]> files);
}
