package dev.gantry.promotion;

import dev.gantry.source.Trailer;
import static dev.gantry.promotion.PointerChanges.sha;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.pointer.ProjectRef;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;

class CommitMessageTest {

    private static final ProjectRef HELLO = new ProjectRef("platform", "hello");
    private static final String RELEASE = sha("3f2c9d1", 'e');
    private static final String EARLIER = sha("90ea00a", '2');

    @Test
    void promoteHasTheSubjectAndTrailersOfTheConvention() {
        CommitMessage message = CommitMessage.promote(HELLO, "staging", "production", RELEASE, "Promote it.", Optional.empty());

        assertThat(message.subject()).isEqualTo("promote: platform/hello staging -> production (3f2c9d1)");
        assertThat(message.trailers()).containsExactly(new Trailer("Gantry-Release", RELEASE),
                new Trailer("Gantry-From", "staging"), new Trailer("Gantry-Environment", "production"));
    }

    @Test
    void anOverrideAddsItsReasonAsTheLastTrailer() {
        CommitMessage message = CommitMessage.promote(HELLO, "dev", "production", RELEASE, "", Optional.of("incident 42"));

        assertThat(message.trailers()).last().isEqualTo(new Trailer("Gantry-Override", "incident 42"));
        assertThat(message.trailers()).hasSize(4);
    }

    @Test
    void rollbackNamesTheCurrentAndTargetReleasesAndComesFromItsOwnEnvironment() {
        CommitMessage message = CommitMessage.rollback(HELLO, "production", RELEASE, EARLIER, "Roll back.",
                Optional.of("leaks memory"));

        assertThat(message.subject()).isEqualTo("rollback: platform/hello production 3f2c9d1 -> 90ea00a");
        assertThat(message.trailers()).containsExactly(new Trailer("Gantry-Release", EARLIER),
                new Trailer("Gantry-From", "production"), new Trailer("Gantry-Environment", "production"),
                new Trailer("Gantry-Override", "leaks memory"));
    }

    @Test
    void approveCarriesTheApprover() {
        CommitMessage message = CommitMessage.approve(HELLO, "production", RELEASE, "alice approves.",
                "Alice <alice@example.com>");

        assertThat(message.subject()).isEqualTo("approve: platform/hello production (3f2c9d1)");
        assertThat(message.trailers()).containsExactly(new Trailer("Gantry-Release", RELEASE),
                new Trailer("Gantry-Environment", "production"), new Trailer("Approved-by", "Alice <alice@example.com>"));
    }

    @Test
    void textIsSubjectBlankLineBodyBlankLineTrailers() {
        CommitMessage message = CommitMessage.promote(HELLO, "staging", "production", RELEASE, "\nPromote it.\nSecond line.\n\n",
                Optional.empty());

        assertThat(message.text()).isEqualTo("promote: platform/hello staging -> production (3f2c9d1)\n\n"
                + "Promote it.\nSecond line.\n\n"
                + "Gantry-Release: " + RELEASE + "\nGantry-From: staging\nGantry-Environment: production\n");
    }

    @Test
    void aBlankBodyLeavesOnlyTheSubjectAndTrailers() {
        CommitMessage message = CommitMessage.approve(HELLO, "production", RELEASE, "  ", "Alice <alice@example.com>");

        assertThat(message.text()).isEqualTo("approve: platform/hello production (3f2c9d1)\n\n"
                + "Gantry-Release: " + RELEASE + "\nGantry-Environment: production\nApproved-by: Alice <alice@example.com>\n");
    }

    @Test
    void gitReadsEveryTrailerBackWithJGitsFooterParser() throws Exception {
        CommitMessage message = CommitMessage.rollback(HELLO, "production", RELEASE, EARLIER,
                "Roll back.\nKey: value lines in the body are not trailers.", Optional.of("why: because"));

        List<FooterLine> footers = parse(message.text()).getFooterLines();

        assertThat(footers).extracting(FooterLine::getKey)
                .containsExactly("Gantry-Release", "Gantry-From", "Gantry-Environment", "Gantry-Override");
        assertThat(footers).extracting(footer -> footer.getValue().trim())
                .containsExactly(EARLIER, "production", "production", "why: because");
        assertThat(parse(message.text()).getShortMessage()).isEqualTo(message.subject());
    }

    @Test
    void aShortReleaseIsShownWhole() {
        assertThat(CommitMessage.approve(HELLO, "dev", "abc", "", "A <a@example.com>").subject())
                .isEqualTo("approve: platform/hello dev (abc)");
    }

    private static RevCommit parse(String text) throws Exception {
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(ObjectId.zeroId());
        PersonIdent person = new PersonIdent("Dev", "dev@example.com");
        commit.setAuthor(person);
        commit.setCommitter(person);
        commit.setMessage(text);
        return RevCommit.parse(commit.build());
    }
}
