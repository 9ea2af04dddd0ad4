package dev.gantry.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one clear line and an exit code; the stack trace
 * is printed only when {@code GANTRY_DEBUG} is set, never for bad input.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (exception instanceof UncheckedIOException io) {
            err.println("gantry: " + io.getMessage() + ": " + io.getCause().getMessage());
        } else {
            err.println("gantry: internal error: " + exception
                    + " (set GANTRY_DEBUG=1 for the stack trace, and please report it)");
        }
        if (System.getenv("GANTRY_DEBUG") != null) {
            exception.printStackTrace(err);
        }
        return ExitCode.INVALID;
    }
}
