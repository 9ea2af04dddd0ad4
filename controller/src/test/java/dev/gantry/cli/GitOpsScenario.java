package dev.gantry.cli;

import static dev.gantry.testing.git.GitOpsFiles.environmentPath;
import static dev.gantry.testing.git.GitOpsFiles.pointerPath;
import static dev.gantry.testing.git.GitOpsFiles.release;

import dev.gantry.audit.AuditRecord;
import dev.gantry.audit.AuditResult;
import dev.gantry.audit.gitnotes.LocalGitNotesAuditLog;
import dev.gantry.testing.git.GitOpsClone;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A GitOps remote and clone with dev, staging (promotes from dev) and production (promotes from
 * staging, approval by alice), and platform/hello in dev and staging, for the promotion commands.
 */
final class GitOpsScenario implements AutoCloseable {

    static final String DEV_RELEASE = release(11);
    static final String STAGING_RELEASE = release(10);
    static final String DIGEST = "sha256:" + "ab".repeat(32);
    static final String DEV_POINTER = pointerPath("dev", "platform", "hello");
    static final String STAGING_POINTER = pointerPath("staging", "platform", "hello");
    static final String PRODUCTION_POINTER = pointerPath("production", "platform", "hello");

    static final String STAGING_TEXT = "# hello in staging: comments stay where they are\n"
            + "apiVersion: gantry.dev/v1\n"
            + "kind: ReleasePointer\n"
            + "metadata:\n"
            + "  name: hello\n"
            + "  environment: staging\n"
            + "spec:\n"
            + "  release: \"" + STAGING_RELEASE + "\"  # the release running here\n"
            + "  aliases:\n"
            + "    tag: v1.0.0\n"
            + "  deployedBy: dev@example.com\n"
            + "  deployedAt: \"2026-01-01T00:00:00Z\"\n";

    private final GitOpsClone clone;
    private final RevCommit seed;

    private GitOpsScenario(GitOpsClone clone, RevCommit seed) {
        this.clone = clone;
        this.seed = seed;
    }

    static GitOpsScenario create(Path folder) throws Exception {
        GitOpsClone clone = GitOpsClone.create(folder);
        StoredConfig config = clone.repository().getConfig();
        config.setBoolean("commit", null, "gpgSign", false);
        config.save();
        clone.write(environmentPath("dev"), environment("dev", ""))
                .write(environmentPath("staging"), environment("staging", "  promotesFrom: dev\n"))
                .write(environmentPath("production"), environment("production", "  promotesFrom: staging\n"
                        + "  approval:\n    required: true\n    approvers: [alice@example.com, bob@example.com]\n"))
                .write(DEV_POINTER, devPointer(DEV_RELEASE))
                .write(STAGING_POINTER, STAGING_TEXT);
        RevCommit seed = clone.commit("seed the environments");
        clone.push(GitOpsClone.MAIN);
        return new GitOpsScenario(clone, seed);
    }

    /** The dev pointer naming {@code release}, with a digest and two aliases. */
    static String devPointer(String release) {
        return "apiVersion: gantry.dev/v1\nkind: ReleasePointer\nmetadata:\n  name: hello\n  environment: dev\nspec:\n"
                + "  release: \"" + release + "\"\n  digest: \"" + DIGEST + "\"\n  aliases:\n    numeric: 42\n    tag: v1.1.0\n";
    }

    private static String environment(String name, String spec) {
        return "apiVersion: gantry.dev/v1\nkind: Environment\nmetadata:\n  name: " + name + "\nspec:\n"
                + (spec.isEmpty() ? "  namespace: \"{environment}\"\n" : spec);
    }

    /** Records in the clone's notes that the release set by {@code commit} was applied healthy in {@code environment}. */
    void recordHealthy(RevCommit commit, String environment, String release) {
        record(commit, environment, release, AuditResult.APPLIED);
    }

    void record(RevCommit commit, String environment, String release, AuditResult result) {
        record(clone.repository(), commit, environment, release, result);
    }

    /** Records on the bare remote only, as the controller pushes them, that the release was applied healthy. */
    void recordHealthyOnRemote(RevCommit commit, String environment, String release) {
        record(clone.remote(), commit, environment, release, AuditResult.APPLIED);
    }

    private static void record(Repository repository, RevCommit commit, String environment, String release,
            AuditResult result) {
        Instant at = Instant.parse("2026-01-02T10:00:00Z");
        new LocalGitNotesAuditLog(repository, "controller", "controller@example.com").record(commit.name(),
                new AuditRecord(environment, "platform", "hello", release, DIGEST, List.of(), result, "test record",
                        at, at.plusSeconds(14), "test"));
    }

    /** The environments of the records the clone's own {@code refs/notes/gantry} holds on {@code commit}. */
    List<String> localRecordEnvironments(RevCommit commit) {
        return new LocalGitNotesAuditLog(clone.repository(), "controller", "controller@example.com")
                .recordsFor(commit.name()).stream().map(AuditRecord::environment).toList();
    }

    /** Commits an allowed signers file and names it in production's approval policy, as a team would. */
    void keepAllowedSigners(String content) throws Exception {
        clone.write("allowed_signers", content).write(environmentPath("production"), environment("production",
                "  promotesFrom: staging\n  approval:\n    required: true\n"
                        + "    approvers: [alice@example.com, bob@example.com]\n    allowedSigners: allowed_signers\n"));
        clone.commit("production: keep the approvers' signing keys in the repository");
    }

    /** Runs {@code gantry args... --repo <clone>}. */
    CliRun gantry(String... args) {
        return gantryWith(Map.of(), args);
    }

    /** Runs {@code gantry args... --repo <clone>} with the given environment variables. */
    CliRun gantryWith(Map<String, String> environment, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--repo");
        all.add(clone.workTree().toString());
        return CliRun.withEnvironment(environment, all.toArray(String[]::new));
    }

    /** The commit a branch of the bare remote points at, or null when the remote has no such branch. */
    ObjectId remoteBranch(String branch) throws Exception {
        return clone.remote().resolve(Constants.R_HEADS + branch);
    }

    /** Points the clone's {@code origin} at another URL. */
    void originUrl(String url) throws Exception {
        StoredConfig config = clone.repository().getConfig();
        config.setString("remote", "origin", "url", url);
        config.save();
    }

    GitOpsClone repo() {
        return clone;
    }

    /** The commit that created dev and staging. */
    RevCommit seed() {
        return seed;
    }

    @Override
    public void close() {
        clone.close();
    }
}
