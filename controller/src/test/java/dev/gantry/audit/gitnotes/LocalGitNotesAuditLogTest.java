package dev.gantry.audit.gitnotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.audit.AuditUnavailableException;
import dev.gantry.failure.Disposition;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalGitNotesAuditLogTest {

    private static final String MISSING = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path folder;

    @Test
    void refusesNotesTheCloneCannotReadBecauseNoRetryRepairsIt() throws Exception {
        try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
            Path ref = folder.resolve(".git").resolve(GitNotesAuditLog.NOTES_REF);
            Files.createDirectories(ref.getParent());
            Files.writeString(ref, MISSING + "\n");
            LocalGitNotesAuditLog log = new LocalGitNotesAuditLog(git.getRepository(), "gantry", "gantry@localhost");

            assertThatThrownBy(() -> log.recordsFor(MISSING))
                    .isInstanceOfSatisfying(AuditUnavailableException.class,
                            e -> assertThat(e.disposition()).isEqualTo(Disposition.REFUSED))
                    .hasMessageContaining("cannot read the audit notes on " + MISSING);
        }
    }
}
