package dev.gantry.render;

import dev.gantry.deploy.KubernetesObject;
import dev.gantry.deploy.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies an environment's JSON merge patches: each patch document names its target by
 * {@code apiVersion}, {@code kind} and {@code metadata.name} (and namespace, if given); a patch that
 * matches no object is an error, so a typo never goes unnoticed.
 */
final class Overlays {

    private Overlays() {
    }

    @SuppressWarnings("unchecked")
    static List<KubernetesObject> apply(List<KubernetesObject> objects, List<KubernetesObject> patches, RenderContext context) {
        List<KubernetesObject> result = new ArrayList<>(objects);
        for (KubernetesObject patch : patches) {
            int index = indexOf(result, patch.key(), context);
            if (index < 0) {
                throw new RenderException("patch for " + patch.key() + " matches no object of release " + context.release());
            }
            KubernetesObject target = result.get(index);
            Map<String, Object> patched = (Map<String, Object>) MergePatch.apply(target.content(), patch.content());
            result.set(index, new KubernetesObject(target.key(), keepIdentity(patched, target)));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> keepIdentity(Map<String, Object> patched, KubernetesObject target) {
        patched.put("apiVersion", target.key().apiVersion());
        patched.put("kind", target.key().kind());
        Map<String, Object> metadata = ReleaseRenderer.childMap(patched, "metadata");
        metadata.put("name", target.key().name());
        if (target.key().namespace() != null) {
            metadata.put("namespace", target.key().namespace());
        }
        return patched;
    }

    private static int indexOf(List<KubernetesObject> objects, ObjectKey patch, RenderContext context) {
        for (int i = 0; i < objects.size(); i++) {
            ObjectKey key = objects.get(i).key();
            boolean namespaceMatches = patch.namespace() == null || patch.namespace().equals(key.namespace());
            if (key.apiVersion().equals(patch.apiVersion()) && key.kind().equals(patch.kind())
                    && key.name().equals(patch.name()) && namespaceMatches) {
                return i;
            }
        }
        return -1;
    }
}
