package dev.gantry.release;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a release build produced.
 *
 * @param release the published release
 * @param images the images built, in descriptor order
 * @param manifestFiles how many manifest files the release holds
 * @param layerBytes the manifests layer's size
 * @param timings how long each phase took, in order
 */
public record BuildResult(PublishedRelease release, List<BuiltImage> images, int manifestFiles, long layerBytes,
        Map<String, Duration> timings) {
}
