package dev.gantry.deploy;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Watches the objects Gantry manages in one cluster, so drift is seen when it happens rather than
 * at the next resync: it tells listeners when someone other than Gantry changes or deletes a
 * managed object, and when only an object's status moved, and keeps a cache of the watched
 * objects from which health can be read without a request. Only objects carrying Gantry's labels
 * ({@link GantryLabels#MANAGED_BY}) are watched; the periodic resync stays the safety net for
 * anything a watch misses.
 */
public interface ManagedObjectWatch extends AutoCloseable {

    /**
     * Starts watching the given kinds, each where it names; kinds already watched are left as they
     * are, so a caller may pass every kind of every inventory each time. Returns without waiting
     * for a new watch to fill its cache. A kind the API server does not serve (yet) is skipped and
     * tried again on the next call.
     *
     * @param kinds the kinds to watch, with where to watch them
     * @throws ClusterUnavailableException when the API server cannot be reached to look a kind up
     */
    void watchKinds(Collection<WatchedKind> kinds);

    /**
     * Registers a listener for changes of watched objects. It is called on the watch's own
     * threads, one change at a time per kind, and should only hand the change on (to a queue),
     * never block. Creations, including what a new watch first lists, are not changes; neither
     * are Gantry's own applies and deletes.
     *
     * @param listener receives each change
     */
    void addListener(Consumer<ManagedObjectChange> listener);

    /**
     * The object as the watch last saw it, without a request; metadata the API server maintains
     * for itself ({@code managedFields}) may have been left out to save memory.
     *
     * @param key the object
     * @return its content; empty when the cache does not hold it: it does not exist, does not carry
     *     Gantry's labels, or its kind is not watched there or not listed yet (see {@link #covers})
     */
    Optional<Map<String, Object>> cached(ObjectKey key);

    /**
     * Whether {@link #cached} answers for an object: its kind is watched where the object lives and
     * the first list has filled the cache, so an empty answer means the object is absent.
     *
     * @param key the object
     * @return whether the cache is authoritative for it
     */
    boolean covers(ObjectKey key);

    /** Stops every watch and drops the cache. */
    @Override
    void close();

    /** A watch that sees nothing, for a target where nothing changes behind Gantry's back. */
    static ManagedObjectWatch none() {
        return UnwatchedCluster.INSTANCE;
    }
}
