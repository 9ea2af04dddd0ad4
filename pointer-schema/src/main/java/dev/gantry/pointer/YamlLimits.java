package dev.gantry.pointer;

/**
 * Bounds on what the reader accepts, so a hostile file fails fast instead of exhausting memory.
 *
 * @param maxBytes largest file accepted
 * @param maxDepth deepest nesting of mappings and sequences
 * @param maxCollectionAliases aliases to mappings or sequences (the "billion laughs" vector)
 * @param maxNodes nodes after alias expansion
 */
public record YamlLimits(int maxBytes, int maxDepth, int maxCollectionAliases, int maxNodes) {

    /** The limits for pointer and environment files: 64 KiB, depth 32, 16 collection aliases, 10,000 nodes. */
    public static final YamlLimits DEFAULT = new YamlLimits(64 * 1024, 32, 16, 10_000);
}
