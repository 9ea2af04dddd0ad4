package dev.gantry.pointer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** Builds YAML-looking text from fuzzer data: real keys, values, anchors, flow and block styles. */
final class YamlShapes {

    private static final String[] KEYS = {"apiVersion", "kind", "metadata", "name", "environment", "spec",
        "release", "digest", "aliases", "numeric", "tag", "deployedAt", "approvedBy", "promotesFrom",
        "sync", "approval", "approvers", "cluster", "inCluster", "<<", "? "};
    private static final String[] VALUES = {"gantry.dev/v1", "ReleasePointer", "Environment",
        "3f2c9d1e5b7a4c6d8e0f1a2b3c4d5e6f7a8b9c0d", "sha256:", "\"2026-01-01T00:00:00Z\"", "42", "-1", "0x1F",
        "1e400", ".nan", "true", "~", "null", "'quoted'", "\"\\u0000\"", "&a", "*a", "!!str", "!tag", "|", ">-",
        "[", "]", "{", "}", ",", "- ", "---", "...", "#", "%YAML 1.2", "\t", "\uFFFF", "\uD83D\uDE00"};

    private YamlShapes() {
    }

    /** One document's worth of fuzzed YAML text. */
    static String generate(FuzzedDataProvider data) {
        StringBuilder yaml = new StringBuilder();
        int lines = data.consumeInt(0, 40);
        for (int i = 0; i < lines && data.remainingBytes() > 0; i++) {
            yaml.append(" ".repeat(data.consumeInt(0, 6)));
            switch (data.consumeInt(0, 3)) {
                case 0 -> yaml.append(data.pickValue(KEYS)).append(": ").append(data.pickValue(VALUES));
                case 1 -> yaml.append(data.pickValue(KEYS)).append(':');
                case 2 -> yaml.append("- ").append(data.pickValue(VALUES));
                default -> yaml.append(data.consumeString(16));
            }
            yaml.append('\n');
        }
        return yaml.toString();
    }
}
