package dev.gantry.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.DocumentReader;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.testing.git.GitOpsFiles;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitOpsDocumentsTest {

    private static final String COMMIT = "c".repeat(40);
    private static final ProjectRef HELLO = new ProjectRef("platform", "hello");

    private final InMemoryGitOpsRepository repository = new InMemoryGitOpsRepository(COMMIT, Map.of(
            GitOpsFiles.environmentPath("dev"), GitOpsFiles.environment("dev", "{project}-{environment}"),
            GitOpsFiles.pointerPath("dev", "platform", "hello"), GitOpsFiles.pointer("dev", "hello", GitOpsFiles.release(1)),
            "environments/dev/platform/hello/patches/replicas.yaml", "spec: {replicas: 2}\n",
            "environments/dev/platform/hello/patches/README.md", "not a patch\n",
            "environments/dev/platform/draft/notes.txt", "no pointer here\n",
            GitOpsFiles.pointerPath("dev", "payments", "billing"), "kind: ReleasePointer\n",
            "environments/Not_A_Label/environment.yaml", "ignored\n"));
    private final GitOpsDocuments documents = new GitOpsDocuments(repository, COMMIT, new DocumentReader());

    @Test
    void listsEnvironmentFoldersThatAreLabels() {
        assertThat(documents.environments()).containsExactly("dev");
    }

    @Test
    void readsTheEnvironment() {
        assertThat(documents.environment("dev")).hasValueSatisfying(environment ->
                assertThat(environment.value().namespaceFor("platform", "hello")).isEqualTo("hello-dev"));
        assertThat(documents.environment("staging")).isEmpty();
    }

    @Test
    void listsOnlyProjectsThatHaveAPointer() {
        assertThat(documents.projects("dev")).containsExactly(new ProjectRef("payments", "billing"), HELLO);
    }

    @Test
    void readsAPointer() {
        assertThat(documents.pointer("dev", HELLO)).hasValueSatisfying(pointer ->
                assertThat(pointer.value().release()).isEqualTo(GitOpsFiles.release(1)));
        assertThat(documents.pointer("dev", new ProjectRef("platform", "draft"))).isEmpty();
    }

    @Test
    void anInvalidPointerNamesItsFile() {
        assertThatThrownBy(() -> documents.pointer("dev", new ProjectRef("payments", "billing")))
                .isInstanceOf(DocumentInvalidException.class)
                .hasMessageContaining("environments/dev/payments/billing/release.yaml");
    }

    @Test
    void readsYamlPatchesOnly() {
        assertThat(documents.patches("dev", HELLO)).containsOnlyKeys("environments/dev/platform/hello/patches/replicas.yaml")
                .hasEntrySatisfying("environments/dev/platform/hello/patches/replicas.yaml", bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("replicas: 2"));
        assertThat(documents.patches("dev", new ProjectRef("payments", "billing"))).isEmpty();
    }
}
