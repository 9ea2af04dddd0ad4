package dev.gantry.release;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The rules every path inside a manifests archive follows, shared by packing and extraction. */
final class ManifestPath {

    private ManifestPath() {
    }

    /**
     * Checks a file's path: a safe relative path ending in {@code .yaml} or {@code .yml}.
     *
     * @param path the path to check, forward slashes, no {@code .} segments
     * @param entry the name to report, as the archive or the caller spelled it
     * @throws ArchiveRefusedException naming the entry and the rule it breaks
     */
    static void checkFile(String path, String entry) {
        checkFolder(path, entry);
        String lower = path.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            throw ArchiveRefusedException.forEntry(ArchiveRule.NOT_YAML, entry, "is not a YAML file (.yaml or .yml)");
        }
    }

    /**
     * Checks a folder's path: relative, inside the target, no empty segments, no backslash.
     *
     * @param path the path to check, forward slashes, no trailing slash
     * @param entry the name to report, as the archive or the caller spelled it
     * @throws ArchiveRefusedException naming the entry and the rule it breaks
     */
    static void checkFolder(String path, String entry) {
        if (path.isEmpty()) {
            throw refuse(ArchiveRule.UNSAFE_NAME, entry, "has an empty path");
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw refuse(ArchiveRule.UNSAFE_NAME, entry, "contains a control character");
        }
        if (path.indexOf('\\') >= 0) {
            throw refuse(ArchiveRule.UNSAFE_NAME, entry, "contains a backslash; paths use forward slashes");
        }
        if (path.startsWith("/") || path.matches("(?s)[A-Za-z]:.*")) {
            throw refuse(ArchiveRule.ABSOLUTE_PATH, entry, "is an absolute path");
        }
        String[] segments = path.split("/", -1);
        if (Arrays.asList(segments).contains("..")) {
            throw refuse(ArchiveRule.ESCAPES_TARGET, entry, "escapes the target folder");
        }
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".")) {
                throw refuse(ArchiveRule.UNSAFE_NAME, entry, "has an empty or '.' path segment");
            }
        }
    }

    /** The path with its {@code .} segments dropped, as tar tools write {@code ./deploy/app.yaml}. */
    static String withoutDotSegments(String path) {
        return Arrays.stream(path.split("/", -1))
                .filter(segment -> !segment.equals("."))
                .collect(Collectors.joining("/"));
    }

    private static ArchiveRefusedException refuse(ArchiveRule rule, String entry, String problem) {
        return ArchiveRefusedException.forEntry(rule, entry, problem);
    }
}
