package dev.gantry.bench;

import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.jgit.GitOpsMirror;
import dev.gantry.source.jgit.JGitGitOpsRepository;
import java.nio.file.Path;
import java.util.List;

/**
 * JGit against the {@code git} command line on the same remote: fetching one new commit that moves
 * one pointer into a mirror (JGit's {@link JGitGitOpsRepository#fetch} vs {@code git fetch} in a bare
 * clone), and listing what it changed ({@code changesBetween} vs {@code git diff-tree -r --name-status}).
 * The {@code git} figures include starting the process, as a script pays it.
 */
final class GitComparison {

    private final Table table;
    private final String parts;

    GitComparison(Table table, String machine) {
        this.table = table;
        this.parts = machine + "; JGit vs " + gitVersion() + ", repositories on local disk";
    }

    void run(Path folder, int pointers, int rounds) throws Exception {
        String n = String.format("%,d pointers, median of %d one-pointer commits", pointers, rounds);
        try (SyntheticGitOps gitops = SyntheticGitOps.create(folder, pointers);
                GitOpsMirror mirror = GitOpsMirror.open(folder.resolve("mirror"),
                        new GitOpsRemote(gitops.remote().url(), "main", GitCredentials.none()))) {
            String before = gitops.seed().name();
            JGitGitOpsRepository repository = new JGitGitOpsRepository(mirror);
            repository.fetch();
            Path bare = folder.resolve("cli.git");
            Commands.run(folder, List.of("git", "clone", "-q", "--bare", gitops.remote().url(), bare.toString()));
            long[] jgitFetch = new long[rounds];
            long[] gitFetch = new long[rounds];
            long[] jgitDiff = new long[rounds];
            long[] gitDiff = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                String after = gitops.moveDevPointer(r % gitops.projects(), (r + 1) % SyntheticGitOps.VARIANTS).name();
                String from = before;
                jgitFetch[r] = Timing.nanos(repository::fetch);
                gitFetch[r] = Commands.timed(bare, git("fetch", "-q", "origin", "+refs/heads/main:refs/heads/main"));
                jgitDiff[r] = Timing.nanos(() -> repository.changesBetween(from, after));
                gitDiff[r] = Commands.timed(bare, git("diff-tree", "-r", "--name-status", from, after));
                before = after;
            }
            table.add("side by side: JGit fetch / git fetch, " + n,
                    Timing.ratio(Timing.median(jgitFetch), Timing.median(gitFetch)), parts);
            table.add("side by side: JGit diff (ChangeSet) / git diff-tree, " + n,
                    Timing.ratio(Timing.median(jgitDiff), Timing.median(gitDiff)), parts);
        }
    }

    private static List<String> git(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "gc.auto=0"));
        command.addAll(List.of(arguments));
        return command;
    }

    private static String gitVersion() {
        try {
            return Commands.run(Path.of("."), List.of("git", "--version")).strip();
        } catch (Exception e) {
            return "git (version unknown)";
        }
    }
}
