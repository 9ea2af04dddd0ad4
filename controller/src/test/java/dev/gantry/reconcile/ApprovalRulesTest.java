package dev.gantry.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.pointer.Environment;
import dev.gantry.signing.SignatureCheck;
import dev.gantry.signing.SignatureStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each approval rule refuses on its own; a pointer that meets them all is approved. */
class ApprovalRulesTest {

    private static final String RELEASE = "a".repeat(40);
    private static final String OTHER = "b".repeat(40);
    private static final String ALICE = "alice@example.com";
    private static final String BOB = "bob@example.com";
    private static final String EVE = "eve@example.com";
    private static final Environment.Approval ONE = new Environment.Approval(true, List.of(ALICE, BOB), 1, false, null);
    private static final Environment.Approval TWO = new Environment.Approval(true, List.of(ALICE, BOB), 2, false, null);
    private static final Environment.Approval SIGNED = new Environment.Approval(true, List.of(ALICE, BOB), 1, true,
            ".gantry/allowed_signers");

    private int commits;

    @Test
    void countsAnApproverApprovingAfterTheReleaseWasSet() {
        ApprovalVerdict verdict = judge(ONE, approval(BOB, BOB, null), promote(RELEASE));

        assertThat(verdict.approved()).isTrue();
        assertThat(verdict.approvers()).containsExactly(BOB);
        assertThat(verdict.problems()).isEmpty();
    }

    @Test
    void refusesAReleaseNobodyApproved() {
        ApprovalVerdict verdict = judge(ONE, promote(RELEASE));

        assertThat(verdict.approved()).isFalse();
        assertThat(verdict.message()).isEqualTo("release aaaaaaa (set by 0000001): 0 of 1 required approvals");
    }

    @Test
    void refusesAnApprovalBySomeoneWhoIsNotAnApprover() {
        ApprovalVerdict verdict = judge(ONE, approval(EVE, EVE, null), promote(RELEASE));

        assertThat(verdict.approved()).isFalse();
        assertThat(verdict.problems()).containsExactly("0000001: eve@example.com is not an approver of production");
    }

    @Test
    void refusesAnApprovalWhoseAuthorIsNotTheApprover() {
        ApprovalVerdict verdict = judge(ONE, approval(EVE, BOB, null), promote(RELEASE));

        assertThat(verdict.approved()).isFalse();
        assertThat(verdict.problems()).containsExactly(
                "0000001: Approved-by bob@example.com but the commit's author is eve@example.com");
    }

    @Test
    void refusesFewerDistinctApproversThanTheMinimum() {
        ApprovalVerdict verdict = judge(TWO, approval(BOB, BOB, null), approval(BOB, BOB, null), promote(RELEASE));

        assertThat(verdict.approved()).isFalse();
        assertThat(verdict.approvers()).containsExactly(BOB);
        assertThat(verdict.message()).contains("1 of 2 required approvals (bob@example.com)");
    }

    @Test
    void countsDistinctApproversTowardTheMinimum() {
        ApprovalVerdict verdict = judge(TWO, approval(ALICE, ALICE, null), approval(BOB, BOB, null), promote(RELEASE));

        assertThat(verdict.approved()).isTrue();
        assertThat(verdict.approvers()).containsExactly(ALICE, BOB);
    }

    @Test
    void refusesAnApprovalOlderThanTheCommitThatSetTheRelease() {
        PointerRevision rollback = promote(RELEASE);
        PointerRevision oldApproval = approval(BOB, BOB, null);

        ApprovalVerdict verdict = judge(ONE, rollback, promote(OTHER), oldApproval, promote(RELEASE));

        assertThat(verdict.approved()).isFalse();
        assertThat(verdict.problems()).containsExactly(oldApproval.shortCommit()
                + ": its approval is not newer than " + rollback.shortCommit() + ", the commit that set release aaaaaaa");
    }

    @Test
    void refusesAnApprovalMadeInTheSameCommitThatSetTheRelease() {
        PointerRevision promoteAndApprove = new PointerRevision(sha(), BOB, RELEASE, List.of("Bob <" + BOB + ">"), null);

        ApprovalVerdict verdict = judge(ONE, promoteAndApprove);

        assertThat(verdict.approved()).isFalse();
        assertThat(verdict.problems()).singleElement().asString().contains("is not newer than");
    }

    @Test
    void refusesWhenTheHistoryNeverSetTheRelease() {
        ApprovalVerdict verdict = judge(ONE, promote(OTHER));

        assertThat(verdict.approved()).isFalse();
        assertThat(verdict.message()).isEqualTo("release aaaaaaa has no commit in the pointer's history: 0 of 1 required approvals");
    }

    @ParameterizedTest
    @EnumSource(value = SignatureStatus.class, names = {"NONE", "BAD", "UNKNOWN_KEY", "EXPIRED"})
    void refusesAnApprovalWhoseSignatureDoesNotVerifyWhereSignedCommitsAreRequired(SignatureStatus status) {
        SignatureCheck signature = status == SignatureStatus.NONE ? SignatureCheck.UNSIGNED
                : SignatureCheck.failed(status, "ssh", "why");

        ApprovalVerdict verdict = judge(SIGNED, approval(BOB, BOB, signature), promote(RELEASE));

        assertThat(verdict.approved()).isFalse();
        assertThat(verdict.problems()).singleElement().asString()
                .contains("signature " + status.label() + " does not verify for bob@example.com");
    }

    @Test
    void refusesAGoodSignatureByAnotherPersonsKey() {
        ApprovalVerdict verdict = judge(SIGNED, approval(BOB, BOB, SignatureCheck.good("ssh", List.of(ALICE))), promote(RELEASE));

        assertThat(verdict.approved()).isFalse();
        assertThat(verdict.problems()).singleElement().asString().contains("signature good alice@example.com does not verify");
    }

    @Test
    void countsAGoodSignatureForTheApprover() {
        ApprovalVerdict verdict = judge(SIGNED, approval(BOB, BOB, SignatureCheck.good("openpgp", List.of(BOB))), promote(RELEASE));

        assertThat(verdict.approved()).isTrue();
    }

    @Test
    void readsTheEmailOfAnApprovedByTrailer() {
        assertThat(ApprovalRules.email("Bob Builder <bob@example.com>")).isEqualTo(BOB);
        assertThat(ApprovalRules.email(" bob@example.com ")).isEqualTo(BOB);
    }

    private ApprovalVerdict judge(Environment.Approval policy, PointerRevision... newestFirst) {
        return ApprovalRules.judge(policy, "production", RELEASE, List.of(newestFirst));
    }

    private PointerRevision promote(String release) {
        return new PointerRevision(sha(), "dev@example.com", release, List.of(), null);
    }

    private PointerRevision approval(String author, String approvedBy, SignatureCheck signature) {
        return new PointerRevision(sha(), author, RELEASE, List.of("Someone <" + approvedBy + ">"), signature);
    }

    /** SHAs count up in the order revisions are made, so the first one made reads 0000001 in messages. */
    private String sha() {
        return String.format("%07d", ++commits) + "f".repeat(33);
    }
}
