package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.audit.AuditUnavailableException;
import dev.gantry.demo.DemoFailedException;
import dev.gantry.deploy.ApplyRejectedException;
import dev.gantry.deploy.ClusterUnavailableException;
import dev.gantry.deploy.ObjectKey;
import dev.gantry.diff.GitOpsFileNotFoundException;
import dev.gantry.failure.Disposition;
import dev.gantry.manifest.ManifestInvalidException;
import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.Problem;
import dev.gantry.promotion.HistoryUnavailableException;
import dev.gantry.promotion.PromotionRefusedException;
import dev.gantry.render.RenderException;
import dev.gantry.release.ArchiveRefusedException;
import dev.gantry.release.ArchiveRule;
import dev.gantry.release.ArtifactIntegrityException;
import dev.gantry.release.ArtifactNotFoundException;
import dev.gantry.release.RegistryCredentialsRefusedException;
import dev.gantry.release.RegistryUnavailableException;
import dev.gantry.release.ReleaseBuildException;
import dev.gantry.release.ReleaseConflictException;
import dev.gantry.release.TargetFolderRefusedException;
import dev.gantry.review.ReviewSettingsException;
import dev.gantry.review.ReviewUnavailableException;
import dev.gantry.signing.AllowedSignersInvalidException;
import dev.gantry.source.CommitNotFoundException;
import dev.gantry.source.SourceRefusedException;
import dev.gantry.source.SourceUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Pins the exit code and the first line of stderr for every exception a command can let escape. */
class FailureHandlerTest {

    private static final ObjectKey WEB = new ObjectKey("apps/v1", "Deployment", "ns", "web");

    /** Every Gantry exception with the exit code it had before dispositions decided it. */
    static Stream<Arguments> exceptions() {
        return Stream.of(
                input(new ReleaseBuildException("gantry.yaml: no images")),
                input(new ReleaseConflictException("tag names another digest")),
                input(new ArtifactNotFoundException("no release r1")),
                input(new ArtifactIntegrityException("digest does not match")),
                input(new CommitNotFoundException("commit abc is not in the source")),
                input(ArchiveRefusedException.forEntry(ArchiveRule.ESCAPES_TARGET, "../a.yaml", "escapes the target folder")),
                input(new ServeStartException("no repository", new IllegalStateException("cause"))),
                input(new TargetFolderRefusedException(Path.of("out"), "is not empty")),
                input(new PromotionRefusedException("staging does not promote from dev")),
                input(new HistoryUnavailableException("revision r1 is not in the repository", null)),
                input(new AuditUnavailableException(Disposition.REFUSED, "cannot read the audit notes", null)),
                input(new GitOpsFileNotFoundException("environments/dev/environment.yaml is missing")),
                input(new RenderException("patch names no object")),
                input(new ReviewSettingsException("set GANTRY_GIT_TOKEN")),
                input(new DemoFailedException("the workspace is not empty")),
                input(new RegistryCredentialsRefusedException("GANTRY_REGISTRY_HOST is not set")),
                input(new SourceRefusedException("a.yaml is a symbolic link")),
                input(new ManifestInvalidException("a.yaml:1:1: not YAML")),
                input(new AllowedSignersInvalidException("allowed_signers:1: not a key", null)),
                input(new ApplyRejectedException(WEB, "HTTP 422 Invalid", null)),
                external(new RegistryUnavailableException("registry down", null)),
                external(new SourceUnavailableException("git host down", null)),
                external(new ReviewUnavailableException("git host API down")),
                external(new ClusterUnavailableException("API server down", null)),
                external(new AuditUnavailableException("cannot push refs/notes/gantry", null)),
                external(new ApplyRejectedException(WEB, "HTTP 403 Forbidden", Disposition.UNAVAILABLE, null)));
    }

    @ParameterizedTest(name = "{0} exits {1}")
    @MethodSource("exceptions")
    void exitsWithTheCodeOfTheDispositionAndPrintsTheMessage(RuntimeException failure, int code) {
        Handled handled = handle(failure);

        assertThat(handled.code()).isEqualTo(code);
        assertThat(handled.err()).startsWith("gantry: " + failure.getMessage()).doesNotContain("internal error");
    }

    @Test
    void listsEveryProblemOfAnInvalidDocument() {
        Handled handled = handle(new DocumentInvalidException(List.of(
                Problem.atStart("environments/dev/environment.yaml", "is empty"),
                Problem.atStart("environments/dev/environment.yaml", "has no kind"))));

        assertThat(handled.code()).isEqualTo(ExitCode.INVALID);
        assertThat(handled.err().lines()).containsExactly("gantry: 2 problem(s) in environments/dev/environment.yaml",
                "environments/dev/environment.yaml:1:1: is empty", "environments/dev/environment.yaml:1:1: has no kind");
    }

    @Test
    void usesTheDispositionOfAGantryExceptionInsideAWrapper() {
        Handled handled = handle(new IllegalStateException("wrapped", new RegistryUnavailableException("registry down", null)));

        assertThat(handled.code()).isEqualTo(ExitCode.EXTERNAL);
        assertThat(handled.err()).startsWith("gantry: registry down");
    }

    @Test
    void namesAnUncheckedIoFailureWithItsCause() {
        Handled handled = handle(new UncheckedIOException("cannot read out/a.yaml", new IOException("permission denied")));

        assertThat(handled.code()).isEqualTo(ExitCode.INVALID);
        assertThat(handled.err()).startsWith("gantry: cannot read out/a.yaml: permission denied");
    }

    @Test
    void reportsAnExceptionWithoutDispositionAsAnInternalError() {
        Handled handled = handle(new IllegalStateException("unexpected"));

        assertThat(handled.code()).isEqualTo(ExitCode.INVALID);
        assertThat(handled.err()).startsWith("gantry: internal error: java.lang.IllegalStateException: unexpected");
    }

    private static Arguments input(RuntimeException failure) {
        return Arguments.of(failure, ExitCode.INVALID);
    }

    private static Arguments external(RuntimeException failure) {
        return Arguments.of(failure, ExitCode.EXTERNAL);
    }

    private static Handled handle(Exception failure) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(CommandSpec.create()).setErr(new PrintWriter(err, true));
        int code = new FailureHandler().handleExecutionException(failure, command, null);
        return new Handled(code, err.toString());
    }

    /** What the handler returned and printed. */
    private record Handled(int code, String err) {
    }
}
