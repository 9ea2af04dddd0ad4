package dev.gantry.render;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON merge patch (RFC 7386) over the maps a YAML document reads into. */
final class MergePatch {

    private MergePatch() {
    }

    /** The target with the patch merged in: maps merge, null deletes, anything else replaces. */
    @SuppressWarnings("unchecked")
    static Object apply(Object target, Object patch) {
        if (!(patch instanceof Map<?, ?> patchMap)) {
            return ManifestParser.deepCopy(patch);
        }
        Map<String, Object> result = target instanceof Map<?, ?> targetMap
                ? (Map<String, Object>) ManifestParser.deepCopy(targetMap) : new LinkedHashMap<>();
        patchMap.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (value == null) {
                result.remove(name);
            } else {
                result.put(name, apply(result.get(name), value));
            }
        });
        return result;
    }
}
