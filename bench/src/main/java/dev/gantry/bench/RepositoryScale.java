package dev.gantry.bench;

import dev.gantry.pointer.DocumentReader;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.RepositoryValidator;
import dev.gantry.pointer.ValidationReport;
import dev.gantry.source.ChangeSet;
import dev.gantry.source.Commit;
import dev.gantry.source.GitCredentials;
import dev.gantry.source.GitOpsDocuments;
import dev.gantry.source.GitOpsRemote;
import dev.gantry.source.jgit.GitOpsMirror;
import dev.gantry.source.jgit.JGitGitOpsRepository;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Repository scale: {@code gantry validate} of a checkout, the full plan of a cold sync (the
 * whole-tree ChangeSet and every environment and pointer read and checked at head), and the
 * ChangeSet of a commit that moves one pointer, for each repository size.
 */
final class RepositoryScale {

    private static final int CHANGESET_REPEATS = 101;

    private final Table table;
    private final String parts;

    RepositoryScale(Table table, String machine) {
        this.table = table;
        this.parts = machine + "; JGit, repositories on local disk";
    }

    void run(Path folder, int pointers) throws Exception {
        String n = String.format("%,d pointers", pointers);
        try (SyntheticGitOps gitops = SyntheticGitOps.create(folder, pointers)) {
            gitops.seed();
            validate(folder.resolve("checkout"), gitops, n);
            try (GitOpsMirror mirror = GitOpsMirror.open(folder.resolve("mirror"),
                    new GitOpsRemote(gitops.remote().url(), "main", GitCredentials.none()))) {
                JGitGitOpsRepository repository = new JGitGitOpsRepository(mirror);
                Commit[] head = new Commit[1];
                long fetch = Timing.nanos(() -> head[0] = repository.fetch());
                table.add("first fetch (clone into the mirror), " + n, Timing.ms(fetch), parts);
                plan(repository, head[0].sha(), n);
                changeDetection(gitops, repository, head[0].sha(), n);
            }
        }
    }

    private void validate(Path checkout, SyntheticGitOps gitops, String n) throws Exception {
        Git.cloneRepository().setURI(gitops.remote().url()).setDirectory(checkout.toFile()).call().close();
        ValidationReport[] report = new ValidationReport[1];
        Timing.Measured measured = Timing.measured(() -> report[0] = new RepositoryValidator().validate(checkout));
        table.add("validate (gantry validate's RepositoryValidator on a checkout), " + n,
                Timing.ms(measured.nanos()) + ", peak heap " + Timing.mib(measured.peakHeapBytes()) + ", "
                        + report[0].problems().size() + " problems", parts);
    }

    private void plan(JGitGitOpsRepository repository, String head, String n) throws Exception {
        int[] documents = new int[1];
        Timing.Measured measured = Timing.measured(() -> documents[0] = readEverything(repository, head));
        table.add("full plan (whole-tree ChangeSet, then every environment and pointer read and checked), " + n,
                Timing.ms(measured.nanos()) + ", peak heap " + Timing.mib(measured.peakHeapBytes()) + ", "
                        + String.format("%,d", documents[0]) + " documents", parts);
    }

    /** What a FULL sync reads before it applies anything; returns how many documents it read. */
    private static int readEverything(JGitGitOpsRepository repository, String head) {
        ChangeSet changes = repository.changesBetween(null, head);
        GitOpsDocuments documents = new GitOpsDocuments(repository, head, new DocumentReader());
        int read = 0;
        for (String environment : changes.affectedEnvironments()) {
            documents.environment(environment).orElseThrow();
            read++;
            for (ProjectRef project : documents.projects(environment)) {
                documents.pointer(environment, project).orElseThrow();
                read++;
            }
        }
        return read;
    }

    private void changeDetection(SyntheticGitOps gitops, JGitGitOpsRepository repository, String before, String n)
            throws Exception {
        RevCommit next = gitops.moveDevPointer(0, SyntheticGitOps.seededVariant(0, 1));
        repository.fetch();
        long[] nanos = new long[CHANGESET_REPEATS];
        int[] paths = new int[1];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = Timing.nanos(() -> paths[0] = repository.changesBetween(before, next.name()).size());
        }
        table.add("change detection, one changed pointer (ChangeSet, median of " + CHANGESET_REPEATS + "), " + n,
                String.format("%.0f µs, %d path", Timing.median(nanos) / 1e3, paths[0]), parts);
    }
}
