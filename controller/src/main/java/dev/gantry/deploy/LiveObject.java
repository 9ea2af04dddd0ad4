package dev.gantry.deploy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Defensive reads from a live object's maps: a field that is missing, or of the wrong type, reads
 * as absent; nothing here throws on what the API server (or anyone else) put in the map.
 */
final class LiveObject {

    private final Map<?, ?> content;

    LiveObject(Map<?, ?> content) {
        this.content = content;
    }

    /** The value at a path of map keys, if every step is a map and the last value is not null. */
    Optional<Object> at(String... path) {
        Object current = content;
        for (String name : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = lookUp(map, name);
        }
        return Optional.ofNullable(current);
    }

    /** A whole number at a path; text, fractions and out-of-range numbers read as absent. */
    Optional<Long> number(String... path) {
        return at(path).flatMap(LiveObject::whole);
    }

    /** A replica-style count: Kubernetes omits zero, so absent reads as 0. */
    long count(String... path) {
        return number(path).orElse(0L);
    }

    /** Text at a path; any other type reads as absent. */
    Optional<String> text(String... path) {
        return at(path).filter(String.class::isInstance).map(String.class::cast);
    }

    /** Whether a path holds a map with at least one entry. */
    boolean hasEntries(String... path) {
        return at(path).filter(value -> value instanceof Map<?, ?> map && !map.isEmpty()).isPresent();
    }

    /** The maps in the list at a path, skipping entries that are not maps. */
    List<LiveObject> list(String... path) {
        return at(path).filter(List.class::isInstance).map(value -> ((List<?>) value).stream()
                .filter(Map.class::isInstance)
                .map(entry -> new LiveObject((Map<?, ?>) entry))
                .toList()).orElse(List.of());
    }

    /** The first entry of {@code status.conditions} of a type. */
    Optional<Condition> condition(String type) {
        return list("status", "conditions").stream().map(Condition::of).filter(c -> type.equals(c.type())).findFirst();
    }

    /** Why the controller has not acted on the latest spec yet, judged by {@code status.observedGeneration}. */
    Optional<String> unobservedGeneration() {
        return unobservedGeneration(number("status", "observedGeneration"));
    }

    /** Why the controller has not acted on the latest spec yet; empty when it has, or when the object has no generation. */
    Optional<String> unobservedGeneration(Optional<Long> observed) {
        Optional<Long> generation = number("metadata", "generation");
        if (generation.isEmpty() || observed.filter(seen -> seen >= generation.get()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("generation " + generation.get() + " not observed yet"
                + observed.map(seen -> " (observed " + seen + ")").orElse(""));
    }

    private static Object lookUp(Map<?, ?> map, String name) {
        try {
            return map.get(name);
        } catch (ClassCastException | NullPointerException refused) {
            return null; // a sorted map of other key types, or a map that refuses lookups: no such field
        }
    }

    private static Optional<Long> whole(Object value) {
        if (!(value instanceof Number number)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(number.toString()).longValueExact());
        } catch (ArithmeticException | NumberFormatException notWhole) {
            return Optional.empty(); // 2.5, NaN, Infinity, or beyond a long
        }
    }
}
