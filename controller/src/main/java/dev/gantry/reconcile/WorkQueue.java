package dev.gantry.reconcile;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A keyed work queue, as client-go's: at most one piece of work per key is queued and at most one
 * runs, on a bounded pool of workers. Work added for a key that is queued replaces the queued work
 * (a newer pointer revision supersedes an older one); work added while the key runs waits until
 * that run ends, then runs, and whatever the finished run asked for next is dropped. A run says
 * what comes next ({@link Next}): nothing, a recheck after a delay (such as a health assessment),
 * or a retry after an exponential backoff with jitter that grows with the key's consecutive
 * failures. New work for a key cancels its pending recheck or retry.
 *
 * @param <K> the key, such as one environment and project
 * @param <W> the work
 */
public final class WorkQueue<K, W> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkQueue.class);

    private final Handler<K, W> handler;
    private final Backoff backoff;
    private final Map<K, Slot<W>> slots = new HashMap<>();
    private final LinkedBlockingQueue<K> ready = new LinkedBlockingQueue<>();
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private int busy;

    /**
     * Starts {@code workers} threads that run {@code handler}.
     *
     * @param name the threads' name prefix
     * @param workers how many keys may run at once
     * @param backoff the first and the longest retry delay
     * @param handler runs one piece of work and says what comes next
     */
    public WorkQueue(String name, int workers, Backoff backoff, Handler<K, W> handler) {
        if (workers < 1) {
            throw new IllegalArgumentException("a work queue needs at least one worker, not " + workers);
        }
        this.handler = handler;
        this.backoff = backoff;
        this.workers = Executors.newFixedThreadPool(workers, daemon(name + "-worker"));
        this.timers = Executors.newSingleThreadScheduledExecutor(daemon(name + "-timer"));
        for (int i = 0; i < workers; i++) {
            this.workers.execute(this::work);
        }
    }

    /** Queues work for a key at once, replacing what is queued or pending for it. */
    public synchronized void add(K key, W work) {
        Slot<W> slot = slots.computeIfAbsent(key, k -> new Slot<>());
        slot.cancelTimer();
        if (slot.queued == null && !slot.running) {
            busy++;
            ready.add(key);
        }
        slot.queued = work;
    }

    /** Runs a key's pending recheck now rather than at its time, as when a watch saw it change. */
    public synchronized void wake(K key) {
        Slot<W> slot = slots.get(key);
        if (slot != null && slot.timer != null && slot.recheck) {
            W work = slot.delayed;
            add(key, work);
        }
    }

    /** How many keys are queued, running, waiting for a recheck, and waiting for a retry, now. */
    public synchronized Depth depth() {
        int queued = 0;
        int running = 0;
        int rechecks = 0;
        int retries = 0;
        for (Slot<W> slot : slots.values()) {
            if (slot.running) {
                running++;
            } else if (slot.queued != null) {
                queued++;
            } else if (slot.timer != null && slot.recheck) {
                rechecks++;
            } else if (slot.timer != null) {
                retries++;
            }
        }
        return new Depth(queued, running, rechecks, retries);
    }

    /**
     * The queue's keys by state.
     *
     * @param queued waiting for a worker
     * @param running being worked on
     * @param rechecks waiting for a planned recheck, such as a health assessment
     * @param retries waiting for a retry after a failure
     */
    public record Depth(int queued, int running, int rechecks, int retries) {
    }

    /** Whether any work is queued, running, or waiting for a recheck; retries after failures do not count. */
    public synchronized boolean busy() {
        return busy > 0;
    }

    /** Waits until nothing is queued, running or waiting for a recheck, or the timeout passes. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (busy > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
        return true;
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            K key;
            try {
                key = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            run(key);
        }
    }

    private void run(K key) {
        W work;
        synchronized (this) {
            Slot<W> slot = slots.get(key);
            work = slot.queued;
            slot.queued = null;
            slot.running = true;
        }
        Next<W> next;
        try {
            next = handler.handle(key, work);
        } catch (RuntimeException | Error e) {
            LOG.error("work for {} ended with {}; retried", key, e.toString(), e);
            next = Next.retry(work);
        }
        finished(key, next);
    }

    private synchronized void finished(K key, Next<W> next) {
        Slot<W> slot = slots.get(key);
        slot.running = false;
        if (slot.queued != null) {
            ready.add(key);
            return;
        }
        busy--;
        switch (next.kind()) {
            case DONE -> {
                slots.remove(key);
            }
            case RECHECK -> {
                slot.failures = 0;
                schedule(key, slot, next.work(), next.after(), true);
            }
            case RETRY -> {
                Duration delay = next.after().isZero() ? backoff.delay(slot.failures++) : next.after();
                schedule(key, slot, next.work(), delay, false);
            }
        }
        notifyAll();
    }

    private void schedule(K key, Slot<W> slot, W work, Duration delay, boolean recheck) {
        if (recheck) {
            busy++;
        }
        slot.delayed = work;
        slot.recheck = recheck;
        Object token = new Object();
        slot.token = token;
        try {
            slot.timer = timers.schedule(() -> fire(key, token), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("closing; {} not rescheduled", key);
        }
    }

    private synchronized void fire(K key, Object token) {
        Slot<W> slot = slots.get(key);
        if (slot != null && slot.token == token) {
            W work = slot.delayed;
            slot.cancelTimer();
            add(key, work);
        }
    }

    @Override
    public void close() {
        timers.shutdownNow();
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One key's state; guarded by the queue. */
    private final class Slot<V> {
        private V queued;
        private boolean running;
        private V delayed;
        private boolean recheck;
        private Object token;
        private ScheduledFuture<?> timer;
        private int failures;

        /** Drops the pending recheck or retry, if any. */
        void cancelTimer() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
                token = null;
                if (recheck) {
                    busy--;
                    WorkQueue.this.notifyAll();
                }
                delayed = null;
            }
        }
    }

    /**
     * Runs one piece of work.
     *
     * @param <K> the key
     * @param <W> the work
     */
    @FunctionalInterface
    public interface Handler<K, W> {

        /**
         * Runs the work for a key.
         *
         * @return what comes next for the key
         */
        Next<W> handle(K key, W work);
    }

    /**
     * What a run asks for next.
     *
     * @param kind nothing, a recheck or a retry
     * @param work the work to run then, or null when done
     * @param after how long until a recheck
     * @param <W> the work
     */
    public record Next<W>(Kind kind, W work, Duration after) {

        /** Nothing more for this key until new work is added. */
        public static <W> Next<W> done() {
            return new Next<>(Kind.DONE, null, Duration.ZERO);
        }

        /** Run {@code work} after {@code after}, as a health assessment does; resets the key's backoff. */
        public static <W> Next<W> recheck(W work, Duration after) {
            return new Next<>(Kind.RECHECK, work, after);
        }

        /** Run {@code work} again after the key's next backoff delay. */
        public static <W> Next<W> retry(W work) {
            return new Next<>(Kind.RETRY, work, Duration.ZERO);
        }

        /** Run {@code work} again after {@code after}, as a retry that does not count as a failure. */
        public static <W> Next<W> later(W work, Duration after) {
            return new Next<>(Kind.RETRY, work, after);
        }

        /** The kinds of next step. */
        public enum Kind {
            /** Nothing more. */
            DONE,
            /** A planned recheck; the queue counts as busy until it has run. */
            RECHECK,
            /** A retry after a failure, with backoff. */
            RETRY
        }
    }

    /**
     * Exponential backoff with jitter: the n-th consecutive failure waits between half and all of
     * {@code first * 2^n}, at most {@code longest}, so that retries of many keys spread out.
     *
     * @param first the delay after the first failure
     * @param longest the longest delay
     */
    public record Backoff(Duration first, Duration longest) {

        /** The delay after {@code failures} earlier consecutive failures. */
        public Duration delay(int failures) {
            long ceiling = first.toMillis() << Math.min(failures, 20);
            long capped = Math.min(Math.max(ceiling, first.toMillis()), longest.toMillis());
            long half = capped / 2;
            return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
        }
    }
}
