package dev.gantry.render;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** Builds manifest-looking YAML from fuzzer data: Kubernetes keys and kinds, anchors, tags, flow and block styles. */
final class ManifestShapes {

    private static final String[] KEYS = {"apiVersion", "kind", "metadata", "name", "namespace", "labels",
        "annotations", "spec", "data", "group", "names", "scope", "versions", "template", "containers", "image",
        "<<", "? ", "[a]", "1"};
    private static final String[] VALUES = {"v1", "apps/v1", "apiextensions.k8s.io/v1", "example.com/v1", "ConfigMap",
        "Deployment", "Namespace", "ClusterRole", "CustomResourceDefinition", "Widget", "widgets.example.com",
        "example.com", "Cluster", "Namespaced", "hello", "kube-system", "42", "1e400", ".nan", "true", "~", "null",
        "'quoted'", "\"\\u0000\"", "&a", "*a", "&a [*a]", "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1]",
        "!tag", "|", ">-", "[", "]", "{", "}", ",", "- ", "---", "...", "#", "%YAML 1.2", "\t", "\uD83D\uDE00"};

    private ManifestShapes() {
    }

    /** One file's worth of fuzzed manifest text, possibly several documents. */
    static String generate(FuzzedDataProvider data) {
        StringBuilder yaml = new StringBuilder();
        int lines = data.consumeInt(0, 60);
        for (int i = 0; i < lines && data.remainingBytes() > 0; i++) {
            yaml.append(" ".repeat(data.consumeInt(0, 8)));
            switch (data.consumeInt(0, 4)) {
                case 0 -> yaml.append(data.pickValue(KEYS)).append(": ").append(data.pickValue(VALUES));
                case 1 -> yaml.append(data.pickValue(KEYS)).append(':');
                case 2 -> yaml.append("- ").append(data.pickValue(VALUES));
                case 3 -> yaml.append("---");
                default -> yaml.append(data.consumeString(16));
            }
            yaml.append('\n');
        }
        return yaml.toString();
    }
}
