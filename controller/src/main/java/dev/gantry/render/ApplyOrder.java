package dev.gantry.render;

import dev.gantry.deploy.KubernetesObject;
import java.util.Comparator;
import java.util.List;

/** The order objects are applied in: Namespaces, then CustomResourceDefinitions, then the rest as rendered. */
public final class ApplyOrder {

    private ApplyOrder() {
    }

    /** A stable sort by rank, so objects of equal rank keep their rendered order. */
    public static List<KubernetesObject> sort(List<KubernetesObject> objects) {
        return objects.stream().sorted(Comparator.comparingInt(ApplyOrder::rank)).toList();
    }

    /** Whether an object is a CustomResourceDefinition, which must be Established before its resources apply. */
    public static boolean isCustomResourceDefinition(KubernetesObject object) {
        return object.key().kind().equals("CustomResourceDefinition")
                && object.key().group().equals("apiextensions.k8s.io");
    }

    private static int rank(KubernetesObject object) {
        if (object.key().kind().equals("Namespace") && object.key().group().isEmpty()) {
            return 0;
        }
        return isCustomResourceDefinition(object) ? 1 : 2;
    }
}
