package dev.gantry.promotion;

import dev.gantry.source.Trailer;
import static dev.gantry.promotion.PointerChanges.setting;
import static dev.gantry.promotion.PointerChanges.sha;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeKindTest {

    private static final String RELEASE = sha("3f2c9d1", 'e');
    private static final Trailer RELEASE_TRAILER = new Trailer(CommitMessage.RELEASE, RELEASE);

    @Test
    void readsEachGantryKindFromItsSubjectPrefixAndReleaseTrailer() {
        assertThat(kind("promote: platform/hello staging -> production (3f2c9d1)", RELEASE_TRAILER)).isEqualTo(ChangeKind.PROMOTE);
        assertThat(kind("rollback: platform/hello production 90ea00a -> 3f2c9d1", RELEASE_TRAILER)).isEqualTo(ChangeKind.ROLLBACK);
        assertThat(kind("approve: platform/hello production (3f2c9d1)", RELEASE_TRAILER)).isEqualTo(ChangeKind.APPROVE);
    }

    @Test
    void aCommitThatLooksLikeAPromotionButLacksTheTrailerIsManual() {
        assertThat(kind("promote: platform/hello staging -> production (3f2c9d1)", new Trailer("Gantry-From", "staging")))
                .isEqualTo(ChangeKind.MANUAL);
        assertThat(kind("promote: platform/hello staging -> production (3f2c9d1)")).isEqualTo(ChangeKind.MANUAL);
    }

    @Test
    void aReleaseTrailerWithoutAGantrySubjectIsManual() {
        assertThat(kind("bump hello by hand", RELEASE_TRAILER)).isEqualTo(ChangeKind.MANUAL);
        assertThat(kind("promoted: platform/hello", RELEASE_TRAILER)).isEqualTo(ChangeKind.MANUAL);
        assertThat(kind("Promote: platform/hello staging -> production (3f2c9d1)", RELEASE_TRAILER)).isEqualTo(ChangeKind.MANUAL);
        assertThat(kind("promote:platform/hello", RELEASE_TRAILER)).isEqualTo(ChangeKind.MANUAL);
    }

    @Test
    void matchesTheTrailerKeyIgnoringCaseAsGitDoes() {
        assertThat(kind("rollback: platform/hello production 90ea00a -> 3f2c9d1", new Trailer("gantry-release", RELEASE)))
                .isEqualTo(ChangeKind.ROLLBACK);
    }

    @Test
    void labelsAreTheLowerCaseSubjectPrefixes() {
        assertThat(ChangeKind.values()).extracting(ChangeKind::label).containsExactly("promote", "rollback", "approve", "manual");
    }

    private static ChangeKind kind(String subject, Trailer... trailers) {
        return ChangeKind.of(setting(sha("c0", '0'), RELEASE, subject, trailers));
    }
}
