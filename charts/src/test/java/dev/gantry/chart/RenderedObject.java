package dev.gantry.chart;

import java.util.List;
import java.util.Map;

/** One Kubernetes object out of {@code helm template}, read by dotted paths such as {@code spec.template.spec.containers.0.args}. */
record RenderedObject(Map<String, Object> content) {

    String kind() {
        return (String) content.get("kind");
    }

    String name() {
        return (String) at("metadata.name");
    }

    String namespace() {
        return (String) at("metadata.namespace");
    }

    /** The value at a dotted path (list items by index), or null when any step is missing. */
    Object at(String path) {
        Object current = content;
        for (String step : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list && step.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(step);
                current = index < list.size() ? list.get(index) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String path) {
        return (Map<String, Object>) at(path);
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String path) {
        return (List<Object>) at(path);
    }

    @Override
    public String toString() {
        return kind() + " " + namespace() + "/" + name();
    }
}
