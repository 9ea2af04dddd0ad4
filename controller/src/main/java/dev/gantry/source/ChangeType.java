package dev.gantry.source;

/** How a path differs between two commits; a rename is a deletion and an addition. */
public enum ChangeType {

    /** The path exists only in the newer commit. */
    ADDED,

    /** The path exists in both commits with different content or mode. */
    MODIFIED,

    /** The path exists only in the older commit. */
    DELETED
}
