package dev.gantry.release;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * One hostile layer per extraction rule, named by the outcome, sized from the limits it must
 * break; {@link #fileName()} is its committed copy under {@code hostile-archives/}.
 */
enum HostileArchive {
    ABSOLUTE_PATH(ArchiveRule.ABSOLUTE_PATH, "/etc/cron.d/gantry.yaml",
            limits -> TarFixture.tar().file("/etc/cron.d/gantry.yaml").gzip()),
    ESCAPES_TARGET(ArchiveRule.ESCAPES_TARGET, "../../etc/passwd",
            limits -> TarFixture.tar().file("../../etc/passwd").gzip()),
    ESCAPES_TARGET_FROM_A_FOLDER(ArchiveRule.ESCAPES_TARGET, "deploy/../../outside.yaml",
            limits -> TarFixture.tar().file("deploy/app.yaml").file("deploy/../../outside.yaml").gzip()),
    SYMBOLIC_LINK(ArchiveRule.LINK, "app.yaml",
            limits -> TarFixture.tar().symbolicLink("app.yaml", "/etc/passwd").gzip()),
    HARD_LINK(ArchiveRule.LINK, "copy.yaml",
            limits -> TarFixture.tar().file("app.yaml").hardLink("copy.yaml", "app.yaml").gzip()),
    CHARACTER_DEVICE(ArchiveRule.SPECIAL_FILE, "null.yaml",
            limits -> TarFixture.tar().characterDevice("null.yaml").gzip()),
    FIFO(ArchiveRule.SPECIAL_FILE, "pipe.yaml",
            limits -> TarFixture.tar().fifo("pipe.yaml").gzip()),
    TOO_MANY_ENTRIES(ArchiveRule.TOO_MANY_ENTRIES, null, HostileArchive::tooManyEntries),
    FILE_OVER_LIMIT(ArchiveRule.FILE_TOO_LARGE, "big.yaml",
            limits -> TarFixture.tar().file("app.yaml").zeros("big.yaml", limits.maxFileBytes() + 1).gzip()),
    TOTAL_OVER_LIMIT(ArchiveRule.TOTAL_TOO_LARGE, null, HostileArchive::totalOverLimit),
    GZIP_BOMB(ArchiveRule.EXPANDS_TOO_FAR, "app.yaml",
            limits -> TarFixture.tar().file("app.yaml").longNameRecordOfZeros(HostileArchive.BOMB_BYTES)
                    .file("bomb.yaml").gzip()),
    NOT_YAML(ArchiveRule.NOT_YAML, "deploy/install.sh",
            limits -> TarFixture.tar().file("deploy/app.yaml").file("deploy/install.sh", "rm -rf /\n".getBytes(StandardCharsets.UTF_8)).gzip()),
    DUPLICATE_ENTRY(ArchiveRule.DUPLICATE_ENTRY, "app.yaml",
            limits -> TarFixture.tar().file("app.yaml").file("app.yaml").gzip());

    /** Limits small enough that the size rules are broken by a few KiB; tests use these. */
    static final ArchiveLimits SMALL_LIMITS = new ArchiveLimits(4, 1024, 3000);

    /**
     * 16 MiB of zeros, about 16 KiB compressed: beyond {@link #SMALL_LIMITS}' total, and with any
     * limits far beyond the room the expansion guard leaves for headers, which is what refuses it.
     */
    private static final long BOMB_BYTES = 16L << 20;

    private final ArchiveRule rule;
    private final String entry;
    private final Function<ArchiveLimits, byte[]> builder;

    HostileArchive(ArchiveRule rule, String entry, Function<ArchiveLimits, byte[]> builder) {
        this.rule = rule;
        this.entry = entry;
        this.builder = builder;
    }

    /** The rule extraction must report. */
    ArchiveRule rule() {
        return rule;
    }

    /** The entry the refusal must name, for the limits the archive was built against. */
    String entry(ArchiveLimits limits) {
        if (this == TOO_MANY_ENTRIES) {
            return numbered(limits.maxEntries() + 1);
        }
        if (this == TOTAL_OVER_LIMIT) {
            return numbered(filesToPassTotal(limits));
        }
        return entry;
    }

    /** The layer's bytes, sized to break {@code limits}. */
    byte[] build(ArchiveLimits limits) {
        return builder.apply(limits);
    }

    /** The committed copy's name, such as {@code gzip-bomb.tar.gz}. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".tar.gz";
    }

    private static byte[] tooManyEntries(ArchiveLimits limits) {
        TarFixture tar = TarFixture.tar();
        for (int i = 1; i <= limits.maxEntries() + 1; i++) {
            tar.file(numbered(i), new byte[0]);
        }
        return tar.gzip();
    }

    /** Files as large as one file may be, and a last one that takes the total one byte over. */
    private static byte[] totalOverLimit(ArchiveLimits limits) {
        TarFixture tar = TarFixture.tar();
        int full = filesToPassTotal(limits) - 1;
        for (int i = 1; i <= full; i++) {
            tar.zeros(numbered(i), limits.maxFileBytes());
        }
        return tar.zeros(numbered(full + 1), limits.maxTotalBytes() - full * limits.maxFileBytes() + 1).gzip();
    }

    private static int filesToPassTotal(ArchiveLimits limits) {
        return (int) (limits.maxTotalBytes() / limits.maxFileBytes()) + 1;
    }

    private static String numbered(int i) {
        return String.format(Locale.ROOT, "%05d.yaml", i);
    }
}
