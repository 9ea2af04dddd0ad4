package dev.gantry.source.jgit;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * The one check of a branch name Gantry watches or commits on, given or derived: git must accept
 * {@code refs/heads/<name>} as a ref name (as {@code git check-ref-format} does), so no name can
 * hold {@code ..}, a control character or a path that leads out of the repository's refs.
 */
public final class GitBranchName {

    private GitBranchName() {
    }

    /** Whether git accepts {@code refs/heads/<name>}. */
    public static boolean isValid(String name) {
        return name != null && !name.isEmpty() && Repository.isValidRefName(Constants.R_HEADS + name);
    }

    /** Why a name is refused, naming it. */
    public static String refusal(String name) {
        return "'" + name + "' is not a valid git branch name: git would refuse " + Constants.R_HEADS + name
                + " (see git check-ref-format)";
    }
}
