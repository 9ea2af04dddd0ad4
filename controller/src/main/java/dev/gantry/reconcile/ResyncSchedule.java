package dev.gantry.reconcile;

import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.Environment;
import dev.gantry.source.GitOpsDocuments;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which environments a sync resyncs in full. A full sync resyncs all; an environment with its own
 * {@code sync.interval} is resynced by any sync once that interval has passed since its last full
 * resync; one without is resynced by each periodic resync ({@code gantry.resync}).
 */
final class ResyncSchedule {

    private final Map<String, Instant> lastResync = new ConcurrentHashMap<>();

    /** The environments of {@code documents} this sync, starting {@code now}, resyncs in full. */
    SortedSet<String> due(SyncMode mode, GitOpsDocuments documents, Instant now) {
        SortedSet<String> due = new TreeSet<>();
        for (String name : documents.environments()) {
            if (mode == SyncMode.FULL || due(name, interval(documents, name), mode, now)) {
                due.add(name);
            }
        }
        return due;
    }

    /** Notes that every project of {@code environment} was reconciled by the sync that started {@code at}. */
    void resynced(String environment, Instant at) {
        lastResync.put(environment, at);
    }

    private boolean due(String environment, Duration interval, SyncMode mode, Instant now) {
        if (interval == null) {
            return mode == SyncMode.RESYNC;
        }
        Instant last = lastResync.get(environment);
        return last == null || !now.isBefore(last.plus(interval));
    }

    private static Duration interval(GitOpsDocuments documents, String environment) {
        try {
            return documents.environment(environment).map(parsed -> parsed.value().sync().interval()).orElse(null);
        } catch (DocumentInvalidException e) {
            return null;
        }
    }
}
