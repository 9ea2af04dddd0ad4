package dev.gantry.pointer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes chosen fields of a release pointer's YAML text and keeps every other byte as it was.
 *
 * <p>Comments, key order, quoting, blank lines, line endings and the presence or absence of a final
 * line break all survive, so a promotion's diff is the lines that carry the changed values:
 *
 * <pre>{@code
 * String promoted = PointerWriter.edit("environments/production/platform/auth/release.yaml", text)
 *         .set("spec.release", sha)
 *         .set("spec.deployedBy", "alice@example.com")
 *         .remove("spec.approvedBy")
 *         .apply();
 * }</pre>
 *
 * <p>A changed scalar keeps its style: plain stays plain while the new value reads back as the same
 * string (else it becomes double-quoted), single- and double-quoted values stay quoted. A missing
 * field becomes a new line after the last entry of its block mapping, or a new entry at the end of
 * its flow mapping; missing mappings on its path are added too. A removed field loses its whole
 * lines in a block mapping, or its entry and one comma in a flow mapping. Edits apply in the order
 * given. The result is parsed again and checked against every edit before it is returned.
 *
 * <p>Instances are not thread-safe; build, apply and drop them.
 */
public final class PointerWriter {

    private static final String UNNAMED = "<pointer>";

    private final PointerDocument document;
    private final List<FieldEdit> edits = new ArrayList<>();

    private PointerWriter(PointerDocument document) {
        this.document = document;
    }

    /**
     * Starts editing a pointer's text; problems are reported against {@code <pointer>}.
     *
     * @param text the whole file, one YAML document whose root is a mapping
     * @return a writer with no edits yet
     * @throws DocumentInvalidException when the text is not one YAML mapping document, or uses anchors
     */
    public static PointerWriter edit(String text) {
        return edit(UNNAMED, text);
    }

    /**
     * Starts editing a pointer's text.
     *
     * @param path the file's path relative to the repository root, used in problems
     * @param text the whole file, one YAML document whose root is a mapping
     * @return a writer with no edits yet
     * @throws DocumentInvalidException when the text is not one YAML mapping document, or uses anchors
     */
    public static PointerWriter edit(String path, String text) {
        return new PointerWriter(PointerDocument.parse(path, text));
    }

    /**
     * Sets a field to a string, adding the field, and mappings on its path, when missing.
     *
     * @param field dotted path such as {@code spec.release} or {@code spec.aliases.tag}
     * @param value the string; never null (use {@link #remove(String)})
     * @return this writer
     * @throws IllegalArgumentException when the path is not dotted plain keys
     * @throws NullPointerException when the value is null
     */
    public PointerWriter set(String field, String value) {
        edits.add(new FieldEdit.SetField(FieldPath.parse(field), ScalarValue.string(value)));
        return this;
    }

    /**
     * Sets a field to an integer, written plain, adding the field, and mappings on its path, when missing.
     *
     * @param field dotted path such as {@code spec.aliases.numeric}
     * @param value the integer
     * @return this writer
     * @throws IllegalArgumentException when the path is not dotted plain keys
     */
    public PointerWriter set(String field, long value) {
        edits.add(new FieldEdit.SetField(FieldPath.parse(field), ScalarValue.integer(value)));
        return this;
    }

    /**
     * Makes a mapping hold exactly the given fields, as when a promotion copies {@code spec.aliases}:
     * fields already there are edited in place (keeping the mapping's block or flow style), missing
     * ones are added in the map's iteration order, and the others are removed. Null values count as
     * absent; with no non-null value the mapping's field itself is removed.
     *
     * @param field dotted path of the mapping, such as {@code spec.aliases}
     * @param fields key to value, each a {@link String}, a {@link Long} or an {@link Integer}, or null
     * @return this writer
     * @throws IllegalArgumentException when a path or key is not plain, or a value has another type
     */
    public PointerWriter setMapping(String field, Map<String, ?> fields) {
        FieldPath path = FieldPath.parse(field);
        Map<String, ScalarValue> values = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            FieldPath child = path.child(key);
            if (value != null) {
                values.put(key, scalar(child, value));
            }
        });
        edits.add(new FieldEdit.SetMapping(path, values));
        return this;
    }

    private static ScalarValue scalar(FieldPath field, Object value) {
        if (value instanceof String text) {
            return ScalarValue.string(text);
        }
        if (value instanceof Long || value instanceof Integer) {
            return ScalarValue.integer(((Number) value).longValue());
        }
        throw new IllegalArgumentException("cannot write " + field + ": a " + value.getClass().getSimpleName()
                + " value is not supported; use a String, Long or Integer");
    }

    /**
     * Removes a field, if present; removing the last field of a nested mapping removes that mapping.
     *
     * @param field dotted path such as {@code spec.approvedBy}
     * @return this writer
     * @throws IllegalArgumentException when the path is not dotted plain keys
     */
    public PointerWriter remove(String field) {
        edits.add(new FieldEdit.RemoveField(FieldPath.parse(field)));
        return this;
    }

    /**
     * Applies the edits, in order, to the original text; calling it again gives the same result.
     *
     * @return the edited text; the original text when there are no edits
     * @throws DocumentInvalidException when an edit does not fit the document, such as setting a
     *     field that holds a mapping or sequence, or adding a field under one that is a scalar; the
     *     problem names the field and its line
     * @throws IllegalStateException when the result fails its own check, which is a bug in the writer
     */
    public String apply() {
        PointerDocument current = document;
        EditCheck check = new EditCheck();
        for (FieldEdit edit : edits) {
            current = current.reparse(edit.applyTo(current));
            edit.promise(check);
        }
        check.verify(current);
        return current.source().text();
    }
}
