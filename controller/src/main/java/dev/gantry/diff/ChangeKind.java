package dev.gantry.diff;

/** How one object differs between two renderings. */
public enum ChangeKind {

    /** Only the new rendering has the object. */
    ADDED,

    /** Both have it, with different content. */
    CHANGED,

    /** Only the old rendering has it: the controller would prune it. */
    REMOVED
}
