package dev.gantry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * One run of the gantry command line through its real entry point, with what it printed.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code gantry args...} in process, with this JVM's environment. */
    static CliRun of(String... args) {
        return withEnvironment(System.getenv(), args);
    }

    /** Runs {@code gantry args...} in process with the given environment variables. */
    static CliRun withEnvironment(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Gantry.run(new PrintWriter(out), new PrintWriter(err), environment, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Standard output's lines. */
    List<String> outLines() {
        return out.lines().toList();
    }
}
