package dev.gantry.deploy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Kubernetes object as Gantry renders and applies it: its key and its full content, as the
 * maps and lists a YAML document reads into.
 *
 * @param key the object's identity
 * @param content the whole object, including {@code apiVersion}, {@code kind} and {@code metadata}
 */
public record KubernetesObject(ObjectKey key, Map<String, Object> content) {

    /** Wraps the content read-only at the top level, keeping its order and any null values. */
    public KubernetesObject {
        content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
    }
}
