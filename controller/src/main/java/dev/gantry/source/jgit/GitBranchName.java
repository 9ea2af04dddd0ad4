package dev.gantry.source.jgit;

import dev.gantry.source.Printable;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * The one check of a branch name Gantry watches or commits on, given or derived: git must accept
 * {@code refs/heads/<name>} as a ref name (as {@code git check-ref-format} does), so no name can
 * hold {@code ..}, a control character or a path that leads out of the repository's refs. Like
 * {@code git check-ref-format --branch}, it also refuses {@code HEAD} and a name starting with
 * {@code -} (a later {@code git push origin -x} would read it as an option), and a name starting
 * with {@code refs/}, which would make {@code refs/heads/refs/...}.
 */
public final class GitBranchName {

    private GitBranchName() {
    }

    /** Whether git accepts {@code refs/heads/<name>}. */
    public static boolean isValid(String name) {
        return name != null && !name.isEmpty() && !name.equals(Constants.HEAD) && !name.startsWith("-")
                && !name.startsWith(Constants.R_REFS) && Repository.isValidRefName(Constants.R_HEADS + name);
    }

    /** Why a name is refused, naming it. */
    public static String refusal(String name) {
        return Printable.quoted(name) + " is not a valid git branch name: it must not be HEAD, start with '-' or 'refs/',"
                + " and git must accept " + Printable.quoted(Constants.R_HEADS + name) + " (see git check-ref-format --branch)";
    }
}
