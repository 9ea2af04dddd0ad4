package dev.gantry.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void makesAMissingFolderAWorkspace() {
        DemoWorkspace workspace = DemoWorkspace.prepare(temp.resolve("new"));

        assertThat(workspace.root().resolve(DemoWorkspace.MARKER)).exists();
        assertThat(workspace.applied()).isEqualTo(temp.resolve("new/applied"));
    }

    @Test
    void refusesAFolderWithSomeoneElsesFiles() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> DemoWorkspace.prepare(temp)).isInstanceOf(DemoFailedException.class)
                .hasMessage(temp + " is not empty; pass --workspace with a new or empty folder");
        assertThat(temp.resolve(DemoWorkspace.MARKER)).doesNotExist();
    }

    @Test
    void refusesAnEarlierDemoAndSaysHowToStartAgain() {
        Path earlier = DemoWorkspace.prepare(temp.resolve("gantry-demo")).root();

        assertThatThrownBy(() -> DemoWorkspace.prepare(earlier)).isInstanceOf(DemoFailedException.class)
                .hasMessageContaining("holds an earlier demo").hasMessageContaining("rm -rf " + earlier);
    }
}
