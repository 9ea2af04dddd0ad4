package dev.gantry.failure;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * The one mapping from a failure to its {@link Disposition}, used by the reconcile to decide a
 * retry and by the CLI to choose an exit code. It reads the disposition a {@link GantryException}
 * carries and never lists exception types.
 */
public final class Dispositions {

    /**
     * The disposition of a failure that carries none, such as an unexpected RuntimeException, a
     * client library's exception that escaped its adapter, or an UncheckedIOException: retried with
     * backoff. Nothing says such a failure needs a change in git, so refusing would stall a project
     * until someone edits its pointer for no reason; a retry costs one attempt and recovers by itself
     * when the failure was transient, and one that keeps failing stays visible as a failure.
     */
    public static final Disposition DEFAULT = Disposition.UNAVAILABLE;

    private Dispositions() {
    }

    /**
     * The disposition of a failure: that of its {@link #carrier carrier}, else {@link #DEFAULT}.
     *
     * @param failure the failure, not null
     * @return its disposition, never null
     */
    public static Disposition of(Throwable failure) {
        return carried(failure).orElse(DEFAULT);
    }

    /**
     * The disposition the failure or one of its causes carries, without the default.
     *
     * @param failure the failure, not null
     * @return the carrier's disposition, or empty when no exception in the cause chain carries one
     */
    public static Optional<Disposition> carried(Throwable failure) {
        return carrier(failure).map(GantryException::disposition);
    }

    /**
     * The outermost {@link GantryException} in the failure's cause chain, starting with the failure
     * itself. The outermost one wins because it has already judged its causes: a release that
     * cannot be built is refused even when the cause underneath was an I/O error. Wrappers that
     * carry nothing, such as a framework's exception around a Gantry one, are looked through.
     *
     * @param failure the failure, not null
     * @return the exception that decides the disposition, or empty when none in the chain carries one
     */
    public static Optional<GantryException> carrier(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            if (current instanceof GantryException gantry) {
                return Optional.of(gantry);
            }
        }
        return Optional.empty();
    }
}
