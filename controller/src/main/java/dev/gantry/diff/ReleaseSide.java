package dev.gantry.diff;

import dev.gantry.pointer.Environment;
import dev.gantry.release.ArtifactRef;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One side of a release diff: which artifact to fetch and how to render it.
 *
 * @param label names the side in diff headers and summaries, such as {@code staging}
 * @param artifact the release artifact, its tag the release SHA, optionally pinned by digest
 * @param environment the environment to render for, or null to compare the manifests as packaged
 * @param patches the environment's overlay files for the project, by path; empty without an environment
 */
public record ReleaseSide(String label, ArtifactRef artifact, Environment environment, SortedMap<String, byte[]> patches) {

    /** Copies the patches so the record stays immutable. */
    public ReleaseSide {
        patches = Collections.unmodifiableSortedMap(new TreeMap<>(patches));
    }

    /** A side rendered the way the controller renders it for {@code environment}. */
    public static ReleaseSide inEnvironment(String label, ArtifactRef artifact, Environment environment,
            SortedMap<String, byte[]> patches) {
        return new ReleaseSide(label, artifact, environment, patches);
    }

    /** A side compared as the release packaged it: no namespace, labels or overlays. */
    public static ReleaseSide asPackaged(String label, ArtifactRef artifact) {
        return new ReleaseSide(label, artifact, null, new TreeMap<>());
    }

    /** The release commit SHA: the artifact's tag. */
    public String release() {
        return artifact.tag();
    }
}
