package dev.gantry.deploy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-memory fake of the {@link ManagedObjectWatch} port: it records the kinds it was asked to
 * watch, lets a test {@link #fire} a change at the listeners as the cluster would, and serves
 * {@link #cached} from what a test {@link #put}. An object counts as covered once its kind is
 * watched where it lives. Closing it stops delivery.
 */
public final class InMemoryManagedObjectWatch implements ManagedObjectWatch {

    private final Set<WatchedKind> watched = ConcurrentHashMap.newKeySet();
    private final List<Consumer<ManagedObjectChange>> listeners = new CopyOnWriteArrayList<>();
    private final Map<ObjectKey, Map<String, Object>> cache = new ConcurrentHashMap<>();
    private volatile boolean closed;

    @Override
    public void watchKinds(Collection<WatchedKind> kinds) {
        watched.addAll(kinds);
    }

    @Override
    public void addListener(Consumer<ManagedObjectChange> listener) {
        listeners.add(listener);
    }

    @Override
    public Optional<Map<String, Object>> cached(ObjectKey key) {
        return covers(key) ? Optional.ofNullable(cache.get(key)) : Optional.empty();
    }

    @Override
    public boolean covers(ObjectKey key) {
        return !closed && watched.stream().anyMatch(kind -> kind.includes(key));
    }

    @Override
    public void close() {
        closed = true;
        cache.clear();
    }

    /** Delivers a change to every listener, as the cluster's watch would; nothing once closed. */
    public void fire(ManagedObjectChange change) {
        if (!closed) {
            listeners.forEach(listener -> listener.accept(change));
        }
    }

    /** Puts an object in the cache, as if the watch had seen it. */
    public void put(ObjectKey key, Map<String, Object> content) {
        cache.put(key, content);
    }

    /** Removes an object from the cache, as if the watch had seen it deleted. */
    public void remove(ObjectKey key) {
        cache.remove(key);
    }

    /** The kinds asked for so far, in no order. */
    public List<WatchedKind> watched() {
        return new ArrayList<>(watched);
    }

    /** Whether {@link #close} was called. */
    public boolean closed() {
        return closed;
    }
}
