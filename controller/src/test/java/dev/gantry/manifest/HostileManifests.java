package dev.gantry.manifest;

/** Manifest files written to break a parser, each a ConfigMap so only its YAML is wrong. */
public final class HostileManifests {

    /** Deep enough that an unbounded recursive composer overflows the stack. */
    public static final int OVERFLOWING_DEPTH = 50_000;

    private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hostile\n";

    private HostileManifests() {
    }

    /** A ConfigMap whose data holds {@link #OVERFLOWING_DEPTH} nested sequences. */
    public static String deeplyNested() {
        return CONFIG_MAP + "data:\n  deep: " + "[".repeat(OVERFLOWING_DEPTH) + "]".repeat(OVERFLOWING_DEPTH) + "\n";
    }

    /**
     * A ConfigMap whose 64 KiB value is aliased 4,096 times: 256 MiB once written out, as every
     * apply and diff writes it. It uses aliases to a scalar, which a cap on aliases to
     * collections alone lets through.
     */
    public static String billionLaughs() {
        return CONFIG_MAP + "data:\n  lol: &lol \"" + "lol".repeat(64 * 1024 / 3) + "\"\n  laughs: ["
                + "*lol, ".repeat(4095) + "*lol]\n";
    }

    /** A ConfigMap followed by 10,000 empty documents: one more document than a release may hold. */
    public static String tooManyDocuments() {
        return CONFIG_MAP + "---\n".repeat(ManifestLimits.DEFAULT.maxDocuments());
    }
}
