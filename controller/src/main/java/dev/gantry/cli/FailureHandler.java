package dev.gantry.cli;

import dev.gantry.audit.AuditUnavailableException;
import dev.gantry.demo.DemoFailedException;
import dev.gantry.deploy.ClusterUnavailableException;
import dev.gantry.diff.GitOpsFileNotFoundException;
import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.Problem;
import dev.gantry.promotion.HistoryUnavailableException;
import dev.gantry.promotion.PromotionRefusedException;
import dev.gantry.render.RenderException;
import dev.gantry.release.ArchiveRefusedException;
import dev.gantry.release.ArtifactIntegrityException;
import dev.gantry.release.ArtifactNotFoundException;
import dev.gantry.release.RegistryCredentialsRefusedException;
import dev.gantry.release.RegistryUnavailableException;
import dev.gantry.release.ReleaseBuildException;
import dev.gantry.release.ReleaseConflictException;
import dev.gantry.release.TargetFolderRefusedException;
import dev.gantry.review.ReviewSettingsException;
import dev.gantry.review.ReviewUnavailableException;
import dev.gantry.source.CommitNotFoundException;
import dev.gantry.source.SourceRefusedException;
import dev.gantry.source.SourceUnavailableException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one clear line and an exit code: 1 when the
 * input or state is wrong, 3 when an external system failed. The stack trace is printed only when
 * {@code GANTRY_DEBUG} is set, never for bad input.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    private static final List<Class<? extends RuntimeException>> INPUT_ERRORS = List.of(ReleaseBuildException.class,
            ReleaseConflictException.class, ArtifactNotFoundException.class, ArtifactIntegrityException.class,
            CommitNotFoundException.class, ArchiveRefusedException.class, ServeStartException.class,
            TargetFolderRefusedException.class, PromotionRefusedException.class, HistoryUnavailableException.class,
            AuditUnavailableException.class, GitOpsFileNotFoundException.class, RenderException.class,
            ReviewSettingsException.class, DemoFailedException.class, RegistryCredentialsRefusedException.class,
            SourceRefusedException.class);

    private static final List<Class<? extends RuntimeException>> EXTERNAL_ERRORS = List.of(
            RegistryUnavailableException.class, SourceUnavailableException.class, ReviewUnavailableException.class,
            ClusterUnavailableException.class);

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int code = report(exception, err);
        if (System.getenv("GANTRY_DEBUG") != null) {
            exception.printStackTrace(err);
        }
        return code;
    }

    private static int report(Exception exception, PrintWriter err) {
        if (exception instanceof DocumentInvalidException invalid) {
            err.println("gantry: " + invalid.problems().size() + " problem(s) in " + invalid.problems().get(0).path());
            invalid.problems().stream().map(Problem::render).forEach(err::println);
            return ExitCode.INVALID;
        }
        if (INPUT_ERRORS.stream().anyMatch(type -> type.isInstance(exception))) {
            err.println("gantry: " + exception.getMessage());
            return ExitCode.INVALID;
        }
        if (EXTERNAL_ERRORS.stream().anyMatch(type -> type.isInstance(exception))) {
            err.println("gantry: " + exception.getMessage());
            return ExitCode.EXTERNAL;
        }
        if (exception instanceof UncheckedIOException io) {
            err.println("gantry: " + io.getMessage() + ": " + io.getCause().getMessage());
            return ExitCode.INVALID;
        }
        err.println("gantry: internal error: " + exception
                + " (set GANTRY_DEBUG=1 for the stack trace, and please report it)");
        return ExitCode.INVALID;
    }
}
