package dev.gantry.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gantry.reconcile.WorkQueue.Next;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

    private static final WorkQueue.Backoff FAST = new WorkQueue.Backoff(Duration.ofMillis(40), Duration.ofMillis(320));

    @Test
    void newerWorkForAQueuedKeyReplacesTheOlder() throws Exception {
        CountDownLatch blocker = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        try (WorkQueue<String, String> queue = new WorkQueue<>("test", 1, FAST, (key, work) -> {
            if (work.equals("block")) {
                awaitQuietly(blocker);
            }
            ran.add(key + ":" + work);
            return Next.done();
        })) {
            queue.add("other", "block");
            queue.add("a", "revision 1");
            queue.add("a", "revision 2");
            queue.add("a", "revision 3");
            blocker.countDown();

            assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
        }
        assertThat(ran).containsExactly("other:block", "a:revision 3");
    }

    @Test
    void aKeyRunsOnceAtATimeAndWorkAddedMeanwhileRunsAfter() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> ran = new CopyOnWriteArrayList<>();
        try (WorkQueue<String, String> queue = new WorkQueue<>("test", 4, FAST, (key, work) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.countDown();
            if (work.equals("first")) {
                awaitQuietly(release);
            }
            ran.add(work);
            running.decrementAndGet();
            return Next.done();
        })) {
            queue.add("a", "first");
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            queue.add("a", "second");
            Thread.sleep(100);
            release.countDown();

            assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
        }
        assertThat(ran).containsExactly("first", "second");
        assertThat(most.get()).as("runs of one key at once").isEqualTo(1);
    }

    @Test
    void oneSlowKeyHoldsUpNoOther() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch fastDone = new CountDownLatch(3);
        try (WorkQueue<String, String> queue = new WorkQueue<>("test", 2, FAST, (key, work) -> {
            if (key.equals("slow")) {
                awaitQuietly(release);
            } else {
                fastDone.countDown();
            }
            return Next.done();
        })) {
            queue.add("slow", "never ready");
            queue.add("b", "x");
            queue.add("c", "x");
            queue.add("d", "x");

            assertThat(fastDone.await(5, TimeUnit.SECONDS)).as("the other keys ran while one was blocked").isTrue();
            release.countDown();
        }
    }

    @Test
    void aRecheckRunsLaterKeepsTheQueueBusyAndWakesEarlyOnRequest() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        try (WorkQueue<String, String> queue = new WorkQueue<>("test", 1, FAST, (key, work) -> {
            ran.add(work);
            return work.equals("apply") ? Next.recheck("health", Duration.ofMinutes(10)) : Next.done();
        })) {
            queue.add("a", "apply");
            await().atMost(Duration.ofSeconds(5)).until(() -> ran.size() == 1);
            assertThat(queue.busy()).as("a pending recheck counts as work").isTrue();
            assertThat(queue.depth()).isEqualTo(new WorkQueue.Depth(0, 0, 1, 0));

            queue.wake("a");

            assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
        }
        assertThat(ran).containsExactly("apply", "health");
    }

    @Test
    void newWorkCancelsAPendingRecheck() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        try (WorkQueue<String, String> queue = new WorkQueue<>("test", 1, FAST, (key, work) -> {
            ran.add(work);
            return work.equals("revision 1") ? Next.recheck("health of revision 1", Duration.ofMillis(300)) : Next.done();
        })) {
            queue.add("a", "revision 1");
            await().atMost(Duration.ofSeconds(5)).until(() -> ran.size() == 1);
            queue.add("a", "revision 2");

            assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
            Thread.sleep(500);
        }
        assertThat(ran).containsExactly("revision 1", "revision 2");
    }

    @Test
    void retriesWaitLongerAfterEachFailureAndDoNotCountAsBusy() throws Exception {
        List<Long> starts = new CopyOnWriteArrayList<>();
        try (WorkQueue<String, String> queue = new WorkQueue<>("test", 1, FAST, (key, work) -> {
            starts.add(System.nanoTime());
            return starts.size() < 5 ? Next.retry(work) : Next.done();
        })) {
            queue.add("a", "fails four times");
            assertThat(queue.awaitIdle(Duration.ofSeconds(1))).as("a retry is not work in hand").isTrue();
            assertThat(queue.depth().retries() + queue.depth().running() + queue.depth().queued()).isEqualTo(1);

            await().atMost(Duration.ofSeconds(5)).until(() -> starts.size() == 5);
        }
        long first = starts.get(1) - starts.get(0);
        long fourth = starts.get(4) - starts.get(3);
        assertThat(Duration.ofNanos(first)).isBetween(Duration.ofMillis(20), Duration.ofMillis(200));
        assertThat(fourth).as("the fourth retry waits longer than the first").isGreaterThan(first);
    }

    @Test
    void aThrowingRunIsRetriedAndTheWorkerLives() throws Exception {
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        try (WorkQueue<String, String> queue = new WorkQueue<>("test", 1, FAST, (key, work) -> {
            if (runs.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
            }
            return Next.done();
        })) {
            queue.add("a", "x");
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get("a") != null && runs.get("a").get() == 2);
            queue.add("b", "x");
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.containsKey("b"));
        }
    }

    @Test
    void backoffStaysWithinHalfAndAllOfItsCeiling() {
        WorkQueue.Backoff backoff = new WorkQueue.Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));
        for (int failures = 0; failures < 30; failures++) {
            long ceiling = Math.min(5_000L << Math.min(failures, 20), 300_000L);
            assertThat(backoff.delay(failures).toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
