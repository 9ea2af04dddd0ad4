package dev.gantry.release;

import java.io.InputStream;

/**
 * Counts an archive's decompressed bytes and refuses it once they pass what its entries account
 * for: the guard against gzip bombs hidden where no entry size is checked, such as long-name and
 * PAX records, or data after the last entry.
 */
final class ExpansionGuard extends CappedInputStream {

    /** Room for the first header and the end-of-archive blocks, whatever the entries. */
    static final long BASE_ALLOWANCE = 64 * 1024;
    /** Room per entry for its header, a long-name or PAX record, and the padding of its content. */
    static final long ENTRY_ALLOWANCE = 8 * 1024;

    private long allowed = BASE_ALLOWANCE + ENTRY_ALLOWANCE;
    private String lastEntry;

    ExpansionGuard(InputStream decompressed) {
        super(decompressed);
    }

    /** Makes room for an accepted entry's content, whose size has already been checked against the limits. */
    void admit(String entry, long contentBytes) {
        lastEntry = entry;
        allowed = saturatedAdd(allowed, saturatedAdd(ENTRY_ALLOWANCE, contentBytes));
    }

    @Override
    long cap() {
        return allowed;
    }

    @Override
    RuntimeException overCap() {
        return refusal();
    }

    private ArchiveRefusedException refusal() {
        String problem = "decompresses to more than the " + ArchiveLimits.describe(allowed)
                + " its entries account for (a gzip bomb?)";
        if (lastEntry == null) {
            return ArchiveRefusedException.forLayer(ArchiveRule.EXPANDS_TOO_FAR, "layer " + problem);
        }
        return ArchiveRefusedException.forEntry(ArchiveRule.EXPANDS_TOO_FAR, lastEntry,
                "is followed by data that " + problem);
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < a ? Long.MAX_VALUE : sum;
    }
}
