package dev.gantry.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.ClusterEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EventsRecorderTest {

    private final List<ClusterEvent> events = new ArrayList<>();
    private final EventsRecorder recorder = new EventsRecorder(events::add);
    private final SyncContext context = new SyncContext("a".repeat(40), Instant.EPOCH, SyncMode.CHANGES);

    private static ProjectOutcome outcome(ProjectOutcome.Result result, String message) {
        ProjectTarget target = new ProjectTarget(ReleaseFixtures.environment(true, List.of()), ReleaseFixtures.PROJECT, null,
                new TreeMap<>(), null, "a".repeat(40));
        return new ProjectOutcome(target, result, null, List.of(), List.of(), null, message, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void reportsAnAppliedReleaseAsANormalEventOnTheInventory() {
        recorder.record(outcome(ProjectOutcome.Result.APPLIED, "applied 3 objects"), context);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(ClusterEvent.Type.NORMAL);
            assertThat(event.reason()).isEqualTo("ReleaseApplied");
            assertThat(event.involved().namespace()).isEqualTo("hello-dev");
            assertThat(event.involved().name()).isEqualTo("gantry-inventory.dev.platform.hello");
            assertThat(event.message()).isEqualTo("platform/hello at aaaaaaa: applied 3 objects");
        });
    }

    @Test
    void reportsARefusalAndAFailureAsWarnings() {
        recorder.record(outcome(ProjectOutcome.Result.REFUSED, "outside namespace"), context);
        recorder.record(outcome(ProjectOutcome.Result.FAILED, "registry down"), context);

        assertThat(events).extracting(ClusterEvent::type, ClusterEvent::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ClusterEvent.Type.WARNING, "ReleaseRefused"),
                org.assertj.core.groups.Tuple.tuple(ClusterEvent.Type.WARNING, "ReconcileFailed"));
    }
}
