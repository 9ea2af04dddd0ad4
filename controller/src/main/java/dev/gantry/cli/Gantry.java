package dev.gantry.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** The {@code gantry} executable's entry point. */
public final class Gantry {

    private Gantry() {
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs one command line with the given output streams, without exiting.
     *
     * @param out where results go
     * @param err where errors and progress go
     * @param args the arguments after {@code gantry}
     * @return the exit code, one of {@link ExitCode}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, System.getenv(), args);
    }

    /**
     * Runs one command line with the given output streams and environment variables, without exiting.
     *
     * @param out where results go
     * @param err where errors and progress go
     * @param environment the environment variables commands read (credentials, cache folder)
     * @param args the arguments after {@code gantry}
     * @return the exit code, one of {@link ExitCode}
     */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        CommandLine commandLine = new CommandLine(new GantryCommand(environment))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpWidth(100)
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(exception -> ExitCode.INVALID)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new FailureHandler());
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
