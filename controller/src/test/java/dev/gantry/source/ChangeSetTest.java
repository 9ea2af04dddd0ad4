package dev.gantry.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.pointer.ProjectRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    private static final ProjectRef AUTH = new ProjectRef("platform", "auth-service");
    private static final ProjectRef BILLING = new ProjectRef("payments", "billing");

    @Test
    void classifiesAPointerWithItsEnvironmentAndProject() {
        ChangedPath change = ChangedPath.classify("environments/dev/platform/auth-service/release.yaml", ChangeType.MODIFIED);

        assertThat(change.role()).isEqualTo(PathRole.POINTER);
        assertThat(change.environment()).isEqualTo("dev");
        assertThat(change.project()).isEqualTo(AUTH);
    }

    @Test
    void classifiesAPatchAsItsProjectsOverlay() {
        ChangedPath change = ChangedPath.classify("environments/dev/platform/auth-service/patches/replicas.yaml",
                ChangeType.ADDED);

        assertThat(change.role()).isEqualTo(PathRole.OVERLAY);
        assertThat(change.project()).isEqualTo(AUTH);
    }

    @Test
    void classifiesTheEnvironmentFile() {
        ChangedPath change = ChangedPath.classify("environments/production/environment.yaml", ChangeType.MODIFIED);

        assertThat(change.role()).isEqualTo(PathRole.ENVIRONMENT);
        assertThat(change.environment()).isEqualTo("production");
        assertThat(change.project()).isNull();
    }

    @Test
    void classifiesEverythingOffTheLayoutAsOther() {
        assertThat(List.of(
                "README.md",
                "environments/README.md",
                "environments/dev/notes.txt",
                "environments/Dev/platform/auth-service/release.yaml",
                "environments/dev/platform/auth-service/values.yaml",
                "environments/dev/platform/release.yaml",
                "environments/dev/platform/auth-service/nested/release.yaml",
                "environments/dev/platform/auth-service/patches/deep/replicas.yaml",
                "environments/dev/.github/x/release.yaml"))
                .allSatisfy(path -> assertThat(ChangedPath.classify(path, ChangeType.ADDED).role())
                        .as(path).isEqualTo(PathRole.OTHER));
    }

    @Test
    void aChangedPointerAffectsExactlyItsProject() {
        ChangeSet changes = changeSet(ChangedPath.classify("environments/dev/platform/auth-service/release.yaml",
                ChangeType.MODIFIED));

        assertThat(changes.affectedEnvironments()).containsExactly("dev");
        assertThat(changes.affectedProjects("dev")).containsExactly(AUTH);
        assertThat(changes.deletedPointers("dev")).isEmpty();
        assertThat(changes.environmentChanged("dev")).isFalse();
        assertThat(changes.affectedProjects("staging")).isEmpty();
    }

    @Test
    void aDeletedPointerIsReportedForPruningAndNotForApplying() {
        ChangeSet changes = changeSet(
                ChangedPath.classify("environments/dev/platform/auth-service/release.yaml", ChangeType.DELETED),
                ChangedPath.classify("environments/dev/platform/auth-service/patches/replicas.yaml", ChangeType.DELETED),
                ChangedPath.classify("environments/dev/payments/billing/patches/limits.yaml", ChangeType.MODIFIED));

        assertThat(changes.deletedPointers("dev")).containsExactly(AUTH);
        assertThat(changes.affectedProjects("dev")).containsExactly(BILLING);
    }

    @Test
    void anEnvironmentFileChangeMarksTheEnvironmentOnly() {
        ChangeSet changes = changeSet(ChangedPath.classify("environments/staging/environment.yaml", ChangeType.MODIFIED));

        assertThat(changes.affectedEnvironments()).containsExactly("staging");
        assertThat(changes.environmentChanged("staging")).isTrue();
        assertThat(changes.environmentChanged("dev")).isFalse();
        assertThat(changes.affectedProjects("staging")).isEmpty();
    }

    @Test
    void otherFilesAffectNoEnvironment() {
        ChangeSet changes = changeSet(ChangedPath.classify("environments/dev/notes.txt", ChangeType.ADDED));

        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.affectedEnvironments()).isEmpty();
    }

    @Test
    void sortsChangesByPathAndKnowsAFirstSync() {
        ChangeSet changes = new ChangeSet(null, "b".repeat(40), List.of(
                ChangedPath.classify("environments/dev/payments/billing/release.yaml", ChangeType.ADDED),
                ChangedPath.classify("environments/dev/environment.yaml", ChangeType.ADDED)));

        assertThat(changes.firstSync()).isTrue();
        assertThat(changes.fromCommit()).isEmpty();
        assertThat(changes.changes()).extracting(ChangedPath::path)
                .containsExactly("environments/dev/environment.yaml", "environments/dev/payments/billing/release.yaml");
    }

    private static ChangeSet changeSet(ChangedPath... changes) {
        return new ChangeSet("a".repeat(40), "b".repeat(40), List.of(changes));
    }
}
