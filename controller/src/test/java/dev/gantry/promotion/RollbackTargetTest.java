package dev.gantry.promotion;

import static dev.gantry.promotion.PointerChanges.breaking;
import static dev.gantry.promotion.PointerChanges.deleting;
import static dev.gantry.promotion.PointerChanges.setting;
import static dev.gantry.promotion.PointerChanges.sha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RollbackTargetTest {

    private static final String R1 = sha("1111111", 'a');
    private static final String R2 = sha("2222222", 'a');
    private static final String R3 = sha("3333333", 'a');

    private static final PointerChange NOW = setting(sha("c4", '0'), R3);
    private static final PointerChange R2_AGAIN = setting(sha("c3", '0'), R2);
    private static final PointerChange R2_FIRST = setting(sha("c2", '0'), R2);
    private static final PointerChange R1_SET = setting(sha("c1", '0'), R1);

    /** Newest first: R3 now, R2 set twice, R1 at the start. */
    private static final List<PointerChange> HISTORY = List.of(NOW, R2_AGAIN, R2_FIRST, R1_SET);

    @Test
    void goesBackOneDistinctReleaseToTheLatestCommitThatSetIt() {
        assertThat(RollbackTarget.steps(1).choose(HISTORY, R3)).contains(R2_AGAIN);
    }

    @Test
    void countsStepsInDistinctReleasesNotCommits() {
        assertThat(RollbackTarget.steps(2).choose(HISTORY, R3)).contains(R1_SET);
    }

    @Test
    void findsNothingForStepsBeyondTheHistory() {
        assertThat(RollbackTarget.steps(3).choose(HISTORY, R3)).isEmpty();
        assertThat(RollbackTarget.steps(1).choose(List.of(NOW), R3)).isEmpty();
        assertThat(RollbackTarget.steps(1).choose(List.of(), R3)).isEmpty();
    }

    @Test
    void neverGoesBackToTheCurrentReleaseSetEarlier() {
        List<PointerChange> history = List.of(setting(sha("c9", '0'), R1), R2_AGAIN, R1_SET);

        assertThat(RollbackTarget.steps(1).choose(history, R1)).contains(R2_AGAIN);
        assertThat(RollbackTarget.steps(2).choose(history, R1)).isEmpty();
    }

    @Test
    void skipsDeletedAndInvalidPointers() {
        List<PointerChange> history = List.of(NOW, breaking(sha("c8", '0')), deleting(sha("c7", '0')), R1_SET);

        assertThat(RollbackTarget.steps(1).choose(history, R3)).contains(R1_SET);
        assertThat(RollbackTarget.sha(sha("c8", '0')).choose(history, R3)).isEmpty();
    }

    @Test
    void refusesFewerThanOneStep() {
        assertThatThrownBy(() -> RollbackTarget.steps(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--steps must be at least 1, not 0");
    }

    @Test
    void takesASevenDigitReleasePrefixAndAFullSha() {
        assertThat(RollbackTarget.sha("1111111").choose(HISTORY, R3)).contains(R1_SET);
        assertThat(RollbackTarget.sha(R2).choose(HISTORY, R3)).contains(R2_AGAIN);
    }

    @Test
    void readsUpperCaseHexAsLowerCase() {
        RollbackTarget target = RollbackTarget.sha("ABCDEF0");

        assertThat(target.sha()).isEqualTo("abcdef0");
        assertThat(target.describe()).isEqualTo("abcdef0");
    }

    @Test
    void refusesShortNonHexAndOverlongShas() {
        assertThatThrownBy(() -> RollbackTarget.sha("111111")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7 to 40 hex digits");
        assertThatThrownBy(() -> RollbackTarget.sha("111111g")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RollbackTarget.sha(R1 + "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesAPointerCommitWhenNoReleaseMatches() {
        assertThat(RollbackTarget.sha(sha("c2", '0').substring(0, 9)).choose(HISTORY, R3)).contains(R2_FIRST);
    }

    @Test
    void prefersAReleaseToACommitWithTheSamePrefix() {
        PointerChange commitLikeR1 = setting(sha("1111111", 'f'), R2);
        List<PointerChange> history = List.of(NOW, commitLikeR1, R1_SET);

        assertThat(RollbackTarget.sha("1111111").choose(history, R3)).contains(R1_SET);
    }

    @Test
    void findsNothingForTheCurrentReleaseOrACommitThatSetIt() {
        assertThat(RollbackTarget.sha("3333333").choose(HISTORY, R3)).isEmpty();
        assertThat(RollbackTarget.sha(NOW.commit()).choose(HISTORY, R3)).isEmpty();
    }

    @Test
    void refusesAPrefixThatMatchesTwoReleases() {
        String twin = sha("1111111", 'b');
        List<PointerChange> history = List.of(NOW, setting(sha("c5", '0'), twin), R1_SET);

        assertThatThrownBy(() -> RollbackTarget.sha("1111111").choose(history, R3))
                .isInstanceOf(PromotionRefusedException.class)
                .hasMessage("--to 1111111 is ambiguous: it matches releases " + twin + ", " + R1 + "; give more digits");
        assertThat(RollbackTarget.sha("1111111b").choose(history, R3))
                .map(change -> change.pointer().release()).contains(twin);
    }

    @Test
    void refusesAPrefixThatMatchesTwoCommitsAndNoRelease() {
        List<PointerChange> history = List.of(NOW, setting(sha("cc00000", '1'), R2), setting(sha("cc00000", '2'), R1));

        assertThatThrownBy(() -> RollbackTarget.sha("cc00000").choose(history, R3))
                .isInstanceOf(PromotionRefusedException.class)
                .hasMessageStartingWith("--to cc00000 is ambiguous: it matches pointer commits ");
    }

    @Test
    void describesItselfForMessages() {
        assertThat(RollbackTarget.steps(1).describe()).isEqualTo("1 release back");
        assertThat(RollbackTarget.steps(3).describe()).isEqualTo("3 releases back");
    }
}
