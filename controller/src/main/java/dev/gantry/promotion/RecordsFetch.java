package dev.gantry.promotion;

/** What fetching the controller's deployment records from a remote found. */
public enum RecordsFetch {

    /** The remote's records were fetched and merged into the clone's (possibly changing nothing). */
    FETCHED,

    /** The remote was reached but holds no records yet; the clone's own are all there is. */
    NONE_ON_REMOTE,

    /** The clone has no remote of that name; nothing was fetched. */
    NO_SUCH_REMOTE
}
