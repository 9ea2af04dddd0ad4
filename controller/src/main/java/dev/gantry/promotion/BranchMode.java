package dev.gantry.promotion;

/** Where a pointer commit goes. */
public enum BranchMode {

    /** On a new branch started at {@code HEAD}, which is then checked out; refused if the branch exists. */
    NEW_BRANCH,

    /** On the branch checked out now, which moves forward by the commit. */
    CURRENT_BRANCH
}
