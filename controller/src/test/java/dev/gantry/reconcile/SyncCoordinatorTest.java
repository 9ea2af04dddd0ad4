package dev.gantry.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gantry.deploy.Leadership;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SyncCoordinatorTest {

    @Test
    void coalescesRequestsThatArriveDuringASync() throws Exception {
        List<SyncMode> runs = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (SyncCoordinator coordinator = new SyncCoordinator(mode -> {
            runs.add(mode);
            started.countDown();
            awaitQuietly(release);
        }, Leadership.ALWAYS)) {
            coordinator.requestSync("first");
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 10; i++) {
                coordinator.requestSync("burst " + i);
            }
            release.countDown();

            await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 2);
            await().during(Duration.ofMillis(300)).until(() -> runs.size() == 2);
        }
    }

    @Test
    void skipsSyncsWhileAnotherReplicaLeads() {
        List<SyncMode> runs = new CopyOnWriteArrayList<>();
        AtomicBoolean leading = new AtomicBoolean(false);
        try (SyncCoordinator coordinator = new SyncCoordinator(runs::add, leading::get)) {
            coordinator.requestSync("poll");
            await().during(Duration.ofMillis(300)).until(runs::isEmpty);

            leading.set(true);
            coordinator.requestResync("became leader");

            await().atMost(Duration.ofSeconds(5)).until(() -> runs.equals(List.of(SyncMode.FULL)));
        }
    }

    @Test
    void runsThePeriodicResyncInItsOwnMode() {
        List<SyncMode> runs = new CopyOnWriteArrayList<>();
        try (SyncCoordinator coordinator = new SyncCoordinator(runs::add, Leadership.ALWAYS)) {
            coordinator.requestPeriodicResync("schedule");

            await().atMost(Duration.ofSeconds(5)).until(() -> runs.equals(List.of(SyncMode.RESYNC)));
        }
    }

    @Test
    void anErrorOutsideAnyProjectLeavesTheSyncThreadRunning() {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        try (SyncCoordinator coordinator = new SyncCoordinator(mode -> {
            threads.add(Thread.currentThread());
            if (threads.size() == 1) {
                throw new StackOverflowError("publishing the records");
            }
        }, Leadership.ALWAYS)) {
            coordinator.requestSync("first");
            await().atMost(Duration.ofSeconds(5)).until(() -> threads.size() == 1);
            coordinator.requestSync("second");

            await().atMost(Duration.ofSeconds(5)).until(() -> threads.size() == 2);
        }
        assertThat(threads.get(1)).as("the same sync thread runs the next sync").isSameAs(threads.get(0));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
