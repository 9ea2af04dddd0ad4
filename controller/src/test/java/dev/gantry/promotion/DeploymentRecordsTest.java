package dev.gantry.promotion;

import dev.gantry.source.Trailer;
import static dev.gantry.promotion.PointerChanges.setting;
import static dev.gantry.promotion.PointerChanges.sha;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.audit.AuditRecord;
import dev.gantry.audit.AuditResult;
import dev.gantry.pointer.ProjectRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentRecordsTest {

    private static final ProjectRef HELLO = new ProjectRef("platform", "hello");
    private static final String R1 = sha("1111111", 'a');
    private static final String R2 = sha("2222222", 'a');
    private static final PointerChange SET_R2 = setting(sha("c2", '0'), R2);
    private static final PointerChange SET_R1 = setting(sha("c1", '0'), R1);
    private static final List<PointerChange> HISTORY = List.of(SET_R2, SET_R1);
    private static final Instant AT = Instant.parse("2026-01-02T10:00:00Z");

    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final DeploymentRecords records = new DeploymentRecords(audit);

    @Test
    void anAppliedRecordOnACommitThatSetTheReleaseMakesItHealthy() {
        audit.record(SET_R1.commit(), record("staging", "hello", R1, AuditResult.APPLIED, 0));

        assertThat(records.healthy("staging", HELLO, R1, HISTORY)).isTrue();
        assertThat(records.healthy("staging", HELLO, R2, HISTORY)).isFalse();
    }

    @Test
    void noRecordsMeansNotHealthy() {
        assertThat(records.healthy("staging", HELLO, R1, HISTORY)).isFalse();
        assertThat(records.healthy("staging", HELLO, R1, List.of())).isFalse();
    }

    @Test
    void failedAndRefusedRecordsAreNotHealthy() {
        audit.record(SET_R1.commit(), record("staging", "hello", R1, AuditResult.FAILED, 0));
        audit.record(SET_R1.commit(), record("staging", "hello", R1, AuditResult.REFUSED, 1));

        assertThat(records.healthy("staging", HELLO, R1, HISTORY)).isFalse();
    }

    @Test
    void aFailedRecordAfterAnAppliedOneStillCountsAsHavingRunHealthy() {
        audit.record(SET_R1.commit(), record("staging", "hello", R1, AuditResult.APPLIED, 0));
        audit.record(SET_R1.commit(), record("staging", "hello", R1, AuditResult.FAILED, 60));

        assertThat(records.healthy("staging", HELLO, R1, HISTORY)).isTrue();
        assertThat(records.on(SET_R1, "staging", HELLO)).extracting(AuditRecord::result)
                .containsExactly(AuditResult.APPLIED, AuditResult.FAILED);
    }

    @Test
    void ignoresRecordsOfAnotherEnvironmentOrProject() {
        audit.record(SET_R1.commit(), record("dev", "hello", R1, AuditResult.APPLIED, 0));
        audit.record(SET_R1.commit(), record("staging", "other", R1, AuditResult.APPLIED, 0));
        audit.record(SET_R1.commit(), new AuditRecord("staging", "apps", "hello", R1, null, List.of(), AuditResult.APPLIED,
                "another repository", AT, AT, "test"));

        assertThat(records.healthy("staging", HELLO, R1, HISTORY)).isFalse();
        assertThat(records.on(SET_R1, "staging", HELLO)).isEmpty();
        assertThat(records.on(SET_R1, "dev", HELLO)).hasSize(1);
    }

    @Test
    void ignoresARecordForTheReleaseOnACommitThatSetAnotherRelease() {
        audit.record(SET_R2.commit(), record("staging", "hello", R1, AuditResult.APPLIED, 0));

        assertThat(records.healthy("staging", HELLO, R1, HISTORY)).isFalse();
    }

    @Test
    void ignoresARecordOfAnotherReleaseOnTheCommitThatSetThisOne() {
        audit.record(SET_R1.commit(), record("staging", "hello", R2, AuditResult.APPLIED, 0));

        assertThat(records.healthy("staging", HELLO, R1, HISTORY)).isFalse();
    }

    @Test
    void countsARecordOnALaterCommitThatKeptTheRelease() {
        PointerChange approval = setting(sha("c3", '0'), R2, "approve: platform/hello staging (2222222)",
                new Trailer(CommitMessage.RELEASE, R2));
        audit.record(approval.commit(), record("staging", "hello", R2, AuditResult.APPLIED, 0));

        assertThat(records.healthy("staging", HELLO, R2, List.of(approval, SET_R2, SET_R1))).isTrue();
    }

    private static AuditRecord record(String environment, String project, String release, AuditResult result, int offset) {
        Instant started = AT.plusSeconds(offset);
        return new AuditRecord(environment, "platform", project, release, null, List.of(), result, "test", started,
                started.plusSeconds(5), "test");
    }
}
