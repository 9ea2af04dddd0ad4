package dev.gantry.deploy.fabric8;

import dev.gantry.deploy.ObjectKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes Gantry itself made lately, so a watch can tell them from anyone else's: each apply's
 * resulting resource version, and each delete Gantry asked for. An apply's version is known only
 * once its answer arrives, and the watch may see the change first, so an apply is announced before
 * it is sent and a watch defers judging an object while one is under way ({@link #whenSettled}).
 *
 * <p>Bounded: the oldest of more than {@value #CAPACITY} writes not yet seen by a watch is
 * forgotten, at worst reporting one of Gantry's own writes as drift (which costs one reconcile).
 */
final class OwnWrites {

    /** How many unseen writes are kept. */
    static final int CAPACITY = 8192;

    /** A write: the version an apply left, or a null version for a delete. */
    private record Write(ObjectKey key, String resourceVersion) {
    }

    private final Map<Write, Boolean> recent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Write, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Map<ObjectKey, Integer> underWay = new HashMap<>();
    private final Map<ObjectKey, List<Runnable>> deferred = new HashMap<>();

    /** Announces an apply (or another write whose version is not known yet) about to be sent. */
    synchronized void starting(ObjectKey key) {
        underWay.merge(key, 1, Integer::sum);
    }

    /**
     * Records how an announced write ended, then runs what waited for it.
     *
     * @param key the object
     * @param resourceVersion the version it left, or null when it failed
     */
    void finished(ObjectKey key, String resourceVersion) {
        List<Runnable> ready;
        synchronized (this) {
            if (resourceVersion != null) {
                recent.put(new Write(key, resourceVersion), Boolean.TRUE);
            }
            ready = underWay.merge(key, -1, Integer::sum) <= 0 ? settle(key) : List.of();
        }
        ready.forEach(Runnable::run);
    }

    /** Runs a judgement of an object now, or when the writes under way on it have finished. */
    void whenSettled(ObjectKey key, Runnable judgement) {
        synchronized (this) {
            if (underWay.containsKey(key)) {
                deferred.computeIfAbsent(key, any -> new ArrayList<>()).add(judgement);
                return;
            }
        }
        judgement.run();
    }

    /** Whether Gantry's own write left this version; a version is claimed once. */
    synchronized boolean claim(ObjectKey key, String resourceVersion) {
        return resourceVersion != null && recent.remove(new Write(key, resourceVersion)) != null;
    }

    /** Records a delete about to be sent. */
    synchronized void deleting(ObjectKey key) {
        recent.put(new Write(key, null), Boolean.TRUE);
    }

    /** Forgets a delete that failed or found nothing to delete. */
    synchronized void notDeleting(ObjectKey key) {
        recent.remove(new Write(key, null));
    }

    /** Whether Gantry asked to delete the object, so its deletion (or finalizing) is not drift. */
    synchronized boolean deletedByGantry(ObjectKey key) {
        return recent.containsKey(new Write(key, null));
    }


    private List<Runnable> settle(ObjectKey key) {
        underWay.remove(key);
        List<Runnable> waiting = deferred.remove(key);
        return waiting == null ? List.of() : waiting;
    }
}
