package dev.gantry.pointer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** A dotted path to a field of a YAML mapping document, such as {@code spec.aliases.tag}. */
record FieldPath(List<String> segments) {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");

    /** The document itself: the path with no segments. */
    static final FieldPath ROOT = new FieldPath(List.of());

    FieldPath {
        segments = List.copyOf(segments);
    }

    /** Parses {@code a.b.c}; each segment must be a plain key of letters, digits, {@code _} and {@code -}. */
    static FieldPath parse(String dotted) {
        if (dotted == null || dotted.isEmpty()) {
            throw new IllegalArgumentException("field path is empty: expected a dotted path such as spec.release");
        }
        return ROOT.descend(List.of(dotted.split("\\.", -1)), dotted);
    }

    /** This path followed by one more key. */
    FieldPath child(String key) {
        return descend(Collections.singletonList(key), isRoot() ? key : this + "." + key);
    }

    private FieldPath descend(List<String> keys, String shown) {
        List<String> all = new ArrayList<>(segments);
        for (String key : keys) {
            if (key == null || !SEGMENT.matcher(key).matches()) {
                throw new IllegalArgumentException("field path '" + shown
                        + "' is not valid: each dot-separated key must be letters, digits, '_' or '-'");
            }
            all.add(key);
        }
        return new FieldPath(all);
    }

    int size() {
        return segments.size();
    }

    boolean isRoot() {
        return segments.isEmpty();
    }

    /** The path of the mapping that holds this field. */
    FieldPath parent() {
        return prefix(segments.size() - 1);
    }

    /** The first {@code length} segments. */
    FieldPath prefix(int length) {
        return new FieldPath(segments.subList(0, length));
    }

    /** Whether {@code other} is this path or one of its ancestors. */
    boolean startsWith(FieldPath other) {
        return other.size() <= size() && segments.subList(0, other.size()).equals(other.segments);
    }

    @Override
    public String toString() {
        return isRoot() ? "(document root)" : String.join(".", segments);
    }
}
