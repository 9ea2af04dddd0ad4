package dev.gantry.manifest;

/**
 * Bounds on the manifest YAML that one {@link ManifestYaml} accepts: a release's manifest files, or
 * one project's patches in one environment.
 *
 * @param maxFileBytes largest file, in bytes
 * @param maxDepth deepest nesting of mappings and sequences, counted through aliases too
 * @param maxAliases aliases in one file, to scalars or collections (the "billion laughs" vector)
 * @param maxDocuments YAML documents across all the files, empty ones included
 * @param maxNodes scalars, mappings and sequences across all the files, after aliases are expanded
 * @param maxDocumentSize one document's size after aliases are expanded: scalar characters plus one
 *     per node
 */
public record ManifestLimits(int maxFileBytes, int maxDepth, int maxAliases, int maxDocuments, int maxNodes,
        int maxDocumentSize) {

    /**
     * 16 MiB per file (as a release layer allows), depth 128, 16 aliases per file, 10,000 documents
     * and 2,000,000 nodes in all, and 8 MiB per expanded document: more than the API server stores
     * for one object (etcd's 1.5 MiB), so no object Kubernetes would accept is refused.
     */
    public static final ManifestLimits DEFAULT = new ManifestLimits(16 << 20, 128, 16, 10_000, 2_000_000, 8 << 20);

    /** Checks every limit is positive. */
    public ManifestLimits {
        if (maxFileBytes < 1 || maxDepth < 1 || maxAliases < 0 || maxDocuments < 1 || maxNodes < 1 || maxDocumentSize < 1) {
            throw new IllegalArgumentException("manifest limits must be positive");
        }
    }
}
