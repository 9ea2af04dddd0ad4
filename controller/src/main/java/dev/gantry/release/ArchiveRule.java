package dev.gantry.release;

/** The rule a refused manifests archive broke; one per kind of hostile or broken input. */
public enum ArchiveRule {
    /** An entry's path starts at the file system root or a drive letter. */
    ABSOLUTE_PATH,
    /** An entry's path climbs out of the target folder with {@code ..}. */
    ESCAPES_TARGET,
    /** An entry's path is empty or holds a backslash, an empty segment or a control character. */
    UNSAFE_NAME,
    /** An entry is a symbolic or hard link. */
    LINK,
    /** An entry is a device, a fifo, a sparse file or any other kind that is not a file or folder. */
    SPECIAL_FILE,
    /** A file entry is not {@code .yaml} or {@code .yml}. */
    NOT_YAML,
    /** An entry's path appears twice, or a file would sit where another file or folder is. */
    DUPLICATE_ENTRY,
    /** The archive holds more entries than {@link ArchiveLimits#maxEntries()}. */
    TOO_MANY_ENTRIES,
    /** A file is larger than {@link ArchiveLimits#maxFileBytes()}. */
    FILE_TOO_LARGE,
    /** The files together are larger than {@link ArchiveLimits#maxTotalBytes()}. */
    TOTAL_TOO_LARGE,
    /** The archive decompresses to far more than its entries account for: a gzip bomb. */
    EXPANDS_TOO_FAR,
    /** The layer is not a readable tar+gzip stream. */
    UNREADABLE,
    /** The layer's length differs from its descriptor's size. */
    SIZE_MISMATCH,
    /** The layer's sha256 differs from its descriptor's digest. */
    DIGEST_MISMATCH
}
