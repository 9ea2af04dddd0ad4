package dev.gantry.cli;

import dev.gantry.failure.Disposition;

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

    /**
     * The exit code of a failure with the given disposition: refused is the input or state being
     * wrong; waiting too, because what the command was asked for (a release, a commit) is not
     * there; unavailable is an external system failing.
     *
     * @param disposition the disposition the failure carries
     * @return {@link #INVALID} or {@link #EXTERNAL}
     */
    public static int of(Disposition disposition) {
        return switch (disposition) {
            case REFUSED, WAITING -> INVALID;
            case UNAVAILABLE -> EXTERNAL;
        };
    }
}
