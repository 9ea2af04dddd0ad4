package dev.gantry.cli;

/** The exit codes every gantry command uses. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;

    /** The input or state is wrong: validation failed, policy refused. */
    public static final int INVALID = 1;

    /** The command line itself is wrong. */
    public static final int USAGE = 2;

    /** An external system failed: git remote, registry, cluster. */
    public static final int EXTERNAL = 3;

    private ExitCode() {
    }
}
