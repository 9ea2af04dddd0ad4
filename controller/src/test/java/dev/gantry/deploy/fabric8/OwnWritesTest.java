package dev.gantry.deploy.fabric8;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gantry's own writes are recognised once, even when the watch sees one before its answer arrives. */
class OwnWritesTest {

    private static final ObjectKey WEB = new ObjectKey("v1", "ConfigMap", "ns", "web");

    private final OwnWrites ownWrites = new OwnWrites();
    private final List<String> judged = new ArrayList<>();

    @Test
    void recognisesTheVersionAnApplyLeftOnce() {
        ownWrites.starting(WEB);
        ownWrites.finished(WEB, "42");

        assertThat(ownWrites.claim(WEB, "41")).isFalse();
        assertThat(ownWrites.claim(WEB, "42")).isTrue();
        assertThat(ownWrites.claim(WEB, "42")).isFalse();
    }

    @Test
    void judgesAtOnceWhenNoWriteIsUnderWay() {
        ownWrites.whenSettled(WEB, () -> judged.add("now"));

        assertThat(judged).containsExactly("now");
    }

    @Test
    void defersAJudgementUntilTheApplyUnderWayHasItsVersion() {
        ownWrites.starting(WEB);
        ownWrites.whenSettled(WEB, () -> judged.add(ownWrites.claim(WEB, "42") ? "own" : "someone else's"));
        assertThat(judged).isEmpty();

        ownWrites.finished(WEB, "42");

        assertThat(judged).containsExactly("own");
    }

    @Test
    void runsDeferredJudgementsWhenAnApplyFails() {
        ownWrites.starting(WEB);
        ownWrites.whenSettled(WEB, () -> judged.add(ownWrites.claim(WEB, "42") ? "own" : "someone else's"));

        ownWrites.finished(WEB, null);

        assertThat(judged).containsExactly("someone else's");
    }

    @Test
    void remembersADeleteUntilItIsForgotten() {
        ownWrites.deleting(WEB);
        assertThat(ownWrites.deletedByGantry(WEB)).isTrue();

        ownWrites.notDeleting(WEB);

        assertThat(ownWrites.deletedByGantry(WEB)).isFalse();
    }

    @Test
    void forgetsTheOldestWritesPastItsCapacity() {
        for (int version = 0; version <= OwnWrites.CAPACITY; version++) {
            ownWrites.starting(WEB);
            ownWrites.finished(WEB, Integer.toString(version));
        }

        assertThat(ownWrites.claim(WEB, "0")).isFalse();
        assertThat(ownWrites.claim(WEB, Integer.toString(OwnWrites.CAPACITY))).isTrue();
    }
}
