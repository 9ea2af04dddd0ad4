package dev.gantry.failure;

/** What a failure asks of whoever meets it: wait for a change in git, retry later, or requeue. */
public enum Disposition {

    /**
     * No retry fixes it; a person must change something. For the controller that is git: a bad
     * manifest, confinement, policy, a pinned digest that does not match, an object the API server
     * rejects as invalid; recorded once and not retried until the pointer, its patches or the
     * environment change. For the command line it is the input or a setting (exit 1).
     */
    REFUSED,

    /**
     * A system Gantry needs is down or failed (git, a registry, the API server), or a conflict may
     * clear: retried with backoff (the command line exits 3).
     */
    UNAVAILABLE,

    /**
     * What the pointer names is not there yet, such as a release not yet in the registry or being
     * built: requeued (the command line exits 1, as for input that names nothing).
     */
    WAITING
}
