package dev.gantry.source.jgit;

import dev.gantry.source.Commit;
import java.time.Instant;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Turns JGit's commits into the port's. */
final class JGitCommits {

    private JGitCommits() {
    }

    /** The port's view of a parsed commit: SHA, committer time, author. */
    static Commit toCommit(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        return new Commit(commit.name(), Instant.ofEpochSecond(commit.getCommitTime()), author.getName(),
                author.getEmailAddress());
    }
}
