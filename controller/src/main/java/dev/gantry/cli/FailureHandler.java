package dev.gantry.cli;

import dev.gantry.failure.Dispositions;
import dev.gantry.failure.GantryException;
import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.Problem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one clear line and an exit code. The code follows
 * the disposition the failure carries ({@link ExitCode#of}): 1 when the input or state is wrong, 3
 * when an external system failed. An exception that carries none is an internal error, exit 1. The
 * stack trace is printed only when {@code GANTRY_DEBUG} is set.
 */
final class FailureHandler implements IExecutionExceptionHandler {

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
        Optional<GantryException> carrier = Dispositions.carrier(exception);
        if (carrier.isPresent()) {
            describe(carrier.get(), err);
            return ExitCode.of(carrier.get().disposition());
        }
        if (exception instanceof UncheckedIOException io) {
            err.println("gantry: " + io.getMessage() + ": " + io.getCause().getMessage());
            return ExitCode.INVALID;
        }
        err.println("gantry: internal error: " + exception
                + " (set GANTRY_DEBUG=1 for the stack trace, and please report it)");
        return ExitCode.INVALID;
    }

    private static void describe(GantryException failure, PrintWriter err) {
        if (failure instanceof DocumentInvalidException invalid) {
            err.println("gantry: " + invalid.problems().size() + " problem(s) in " + invalid.problems().get(0).path());
            invalid.problems().stream().map(Problem::render).forEach(err::println);
            return;
        }
        err.println("gantry: " + failure.getMessage());
    }
}
