package dev.gantry.release;

/**
 * Caps on what extraction accepts, so a hostile layer fails fast instead of filling the disk.
 *
 * @param maxEntries most entries (files and folders) in one archive
 * @param maxFileBytes largest single file, counted as bytes actually read
 * @param maxTotalBytes most bytes across all files, counted as bytes actually read
 */
public record ArchiveLimits(int maxEntries, long maxFileBytes, long maxTotalBytes) {

    /** The limits for release layers: 10,000 entries, 16 MiB per file, 100 MiB in total. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(10_000, 16L << 20, 100L << 20);

    /** Checks every limit is positive. */
    public ArchiveLimits {
        if (maxEntries < 1 || maxFileBytes < 1 || maxTotalBytes < 1) {
            throw new IllegalArgumentException("archive limits must be positive: " + maxEntries + " entries, "
                    + maxFileBytes + " bytes per file, " + maxTotalBytes + " bytes in total");
        }
    }

    /** A byte count as people read it: {@code 16 MiB}, {@code 64 KiB} or {@code 1000 bytes}. */
    static String describe(long bytes) {
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
