package dev.gantry.manifest;

import java.util.Collection;
import java.util.Map;

/**
 * Measures one built document as if its aliases were written out, stopping at the first limit it
 * passes: nesting (which a recursive alias makes endless), nodes across the reader, and the
 * document's own size.
 */
final class ExpandedSize {

    private final String path;
    private final int line;
    private final ManifestLimits limits;
    private long nodes;
    private long size;

    ExpandedSize(String path, int line, ManifestLimits limits) {
        this.path = path;
        this.line = line;
        this.limits = limits;
    }

    /**
     * Measures the document.
     *
     * @param document the built document
     * @param nodesBefore nodes already counted in earlier documents
     * @return the nodes counted so far, this document's included
     */
    long measure(Object document, long nodesBefore) {
        nodes = nodesBefore;
        visit(document, 0);
        return nodes;
    }

    private void visit(Object value, int depth) {
        count(value);
        if (value instanceof Map<?, ?> map) {
            enter(depth);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                visit(entry.getKey(), depth + 1);
                visit(entry.getValue(), depth + 1);
            }
        } else if (value instanceof Collection<?> items) {
            enter(depth);
            for (Object item : items) {
                visit(item, depth + 1);
            }
        }
    }

    private void count(Object value) {
        size += 1 + (value instanceof String text ? text.length() : value instanceof byte[] bytes ? bytes.length : 0);
        if (++nodes > limits.maxNodes()) {
            throw refused("more than " + limits.maxNodes() + " nodes once aliases are expanded, in one release's"
                    + " manifests or one project's patches");
        }
        if (size > limits.maxDocumentSize()) {
            throw refused("the document is larger than " + limits.maxDocumentSize() + " characters once aliases are expanded");
        }
    }

    private void enter(int depth) {
        if (depth + 1 > limits.maxDepth()) {
            throw refused("nesting deeper than " + limits.maxDepth() + " levels once aliases are expanded");
        }
    }

    private ManifestInvalidException refused(String problem) {
        return ManifestYaml.refused(path, line, 1, problem);
    }
}
