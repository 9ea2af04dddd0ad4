package dev.gantry.pointer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** One requested change to a pointer, applied to the document as the changes before it left it. */
sealed interface FieldEdit {

    /** The document's text after this change. */
    String applyTo(PointerDocument document);

    /** Records what the result must show once this change is applied. */
    void promise(EditCheck check);

    /** Sets one field to a scalar. */
    record SetField(FieldPath field, ScalarValue value) implements FieldEdit {

        @Override
        public String applyTo(PointerDocument document) {
            return new FieldEditor(document).set(field, value);
        }

        @Override
        public void promise(EditCheck check) {
            check.expectValue(field, value);
        }
    }

    /** Removes one field, if present. */
    record RemoveField(FieldPath field) implements FieldEdit {

        @Override
        public String applyTo(PointerDocument document) {
            return new FieldEditor(document).remove(field);
        }

        @Override
        public void promise(EditCheck check) {
            check.expectAbsent(field);
        }
    }

    /** Makes a mapping hold exactly the given fields: existing ones edited in place, missing ones added, others removed. */
    record SetMapping(FieldPath field, Map<String, ScalarValue> fields) implements FieldEdit {

        public SetMapping {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public String applyTo(PointerDocument document) {
            if (fields.isEmpty()) {
                return new FieldEditor(document).remove(field);
            }
            PointerDocument current = document;
            for (Map.Entry<String, ScalarValue> entry : fields.entrySet()) {
                current = current.reparse(new FieldEditor(current).set(field.child(entry.getKey()), entry.getValue()));
            }
            for (String stale : staleKeys(current)) {
                current = current.reparse(new FieldEditor(current).remove(field.child(stale)));
            }
            return current.source().text();
        }

        private List<String> staleKeys(PointerDocument document) {
            return document.valueAt(field)
                    .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                    .map(MappingNode::getValue).orElse(List.of()).stream()
                    .map(NodeTuple::getKeyNode)
                    .filter(ScalarNode.class::isInstance)
                    .map(key -> ((ScalarNode) key).getValue())
                    .filter(key -> !fields.containsKey(key))
                    .toList();
        }

        @Override
        public void promise(EditCheck check) {
            if (fields.isEmpty()) {
                check.expectAbsent(field);
            }
            fields.forEach((key, value) -> check.expectValue(field.child(key), value));
        }
    }
}
