package dev.gantry.deploy;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@link ManagedObjectWatch#none()} watch: it watches nothing, reports nothing, caches nothing. */
enum UnwatchedCluster implements ManagedObjectWatch {
    INSTANCE;

    @Override
    public void watchKinds(Collection<WatchedKind> kinds) {
    }

    @Override
    public void addListener(Consumer<ManagedObjectChange> listener) {
    }

    @Override
    public Optional<Map<String, Object>> cached(ObjectKey key) {
        return Optional.empty();
    }

    @Override
    public boolean covers(ObjectKey key) {
        return false;
    }

    @Override
    public void close() {
    }
}
