package dev.gantry.reconcile;

import dev.gantry.pointer.Environment;
import dev.gantry.pointer.ReleasePointer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What decides a project's reconcile, apart from the commit it was read at: the environment, the
 * pointer and the patches. A refused project is not tried again until this changes.
 *
 * @param environment the environment
 * @param pointer the pointer, or null when deleted
 * @param patches each patch file's SHA-256, by name
 */
record TargetRevision(Environment environment, ReleasePointer pointer, Map<String, String> patches) {

    /** The revision of a target. */
    static TargetRevision of(ProjectTarget target) {
        SortedMap<String, String> patches = new TreeMap<>();
        target.patches().forEach((name, content) -> patches.put(name, sha256(content)));
        return new TargetRevision(target.environment(), target.pointer(), Map.copyOf(patches));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
