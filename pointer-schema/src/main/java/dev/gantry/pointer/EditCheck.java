package dev.gantry.pointer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** What the requested edits promise about the result, checked on the re-parsed output as a safety net. */
final class EditCheck {

    /** Field to its promised value; an empty value promises the field is absent. */
    private final Map<FieldPath, Optional<ScalarValue>> promised = new LinkedHashMap<>();

    void expectValue(FieldPath field, ScalarValue value) {
        promise(field, Optional.of(value));
    }

    void expectAbsent(FieldPath field) {
        promise(field, Optional.empty());
    }

    /** A later promise replaces earlier ones about the same field, its descendants and its ancestors. */
    private void promise(FieldPath field, Optional<ScalarValue> value) {
        promised.keySet().removeIf(other -> other.startsWith(field) || field.startsWith(other));
        promised.put(field, value);
    }

    /**
     * Checks every promise against the edited document.
     *
     * @throws IllegalStateException when one is broken, which is a bug in the writer
     */
    void verify(PointerDocument result) {
        promised.forEach((field, value) -> {
            Optional<Node> found = result.valueAt(field);
            boolean kept = value.map(expected -> found.filter(node -> holds(node, expected)).isPresent())
                    .orElse(found.isEmpty());
            if (!kept) {
                throw new IllegalStateException("editing " + result.path() + " did not leave " + field + " "
                        + value.map(v -> "set to '" + v.text() + "'").orElse("removed")
                        + "; this is a bug in PointerWriter");
            }
        });
    }

    private static boolean holds(Node node, ScalarValue expected) {
        return node instanceof ScalarNode scalar
                && scalar.getValue().equals(expected.text())
                && scalar.getTag().equals(expected.tag());
    }
}
