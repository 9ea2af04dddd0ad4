package dev.gantry.demo;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.ValidationReport;
import dev.gantry.promotion.Person;
import dev.gantry.reconcile.SyncMode;
import dev.gantry.release.BuildResult;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code gantry demo}'s story, in order: the sample application's first release, the GitOps
 * repository, the controller's first sync, a second release through dev, staging and an approved
 * production, a rollback of production, and production's history, each step told as it happens.
 */
public final class DemoFlow {

    /** The template's environments, in promotion order. */
    static final List<String> ENVIRONMENTS = List.of("dev", "staging", "production");

    private static final ProjectRef PROJECT = new ProjectRef("platform", "hello");

    private final DemoWorkspace workspace;
    private final DemoTarget target;
    private final DemoGit git;
    private final Narration narration;
    private final Clock clock = new StepClock(Instant.now().minus(Duration.ofMinutes(5)));
    private final Map<String, String> releaseNames = new HashMap<>();
    private final PromotionSteps promotion;
    private final SyncReport syncs;

    /**
     * Prepares the story.
     *
     * @param workspace the new workspace
     * @param target where the controller applies
     * @param git does the git work
     * @param out where the story is told
     */
    public DemoFlow(DemoWorkspace workspace, DemoTarget target, DemoGit git, PrintWriter out) {
        this.workspace = workspace;
        this.target = target;
        this.git = git;
        this.narration = new Narration(out);
        this.promotion = git.promotions(workspace.gitOps(), clock);
        this.syncs = new SyncReport(narration, target, this::releaseName);
    }

    /**
     * Runs the whole story.
     *
     * @throws DemoFailedException when a step fails or ends otherwise than expected
     */
    public void run() {
        long started = System.nanoTime();
        narration.plain("Gantry demo in " + workspace.root());
        String first = firstRelease();
        startGitOps(first);
        try (EmbeddedController controller = EmbeddedController.start(workspace, target)) {
            narration.step("The controller starts in process (the same loop as 'gantry serve') and syncs everything");
            syncs.tell(controller.sync(SyncMode.FULL, "start-up"), expectEverywhere(first));
            String second = secondRelease();
            pointDevAt(second, controller);
            promote("dev", "staging", null, controller);
            promote("staging", "production", Actor.ALICE, controller);
            rollBack(first, controller);
        }
        history();
        whereToLook(Duration.ofNanos(System.nanoTime() - started));
    }

    private String firstRelease() {
        narration.step("A developer commits the sample application 'hello' and builds release 1");
        git.create(workspace.source());
        String commit = git.commit(workspace.source(), SampleApp.firstCommit(), "hello: first release\n",
                Actor.DEVELOPER.at(clock));
        build(commit, "release 1");
        return commit;
    }

    private String secondRelease() {
        narration.step("The developer changes the greeting, adds a PodDisruptionBudget, and builds release 2");
        String commit = git.commit(workspace.source(), SampleApp.secondCommit(),
                "hello: greet Gantry; add a PodDisruptionBudget\n", Actor.DEVELOPER.at(clock));
        build(commit, "release 2");
        return commit;
    }

    private void build(String commit, String name) {
        releaseNames.put(commit, name + " (" + commit.substring(0, 7) + ")");
        narration.say("source/ commit " + commit.substring(0, 7) + "; gantry release build --commit " + commit.substring(0, 7)
                + "... --project hello --repository platform --registry oci-layout:registry");
        BuildResult result = new ReleaseStep(workspace).build(PROJECT.repository(), commit);
        for (String line : ReleaseStep.describe(result)) {
            narration.say(line);
        }
    }

    private void startGitOps(String release) {
        narration.step("The GitOps repository is made from gitops-repo-template, every environment at release 1");
        ValidationReport report = new GitOpsSetup(git, workspace, clock).create(PROJECT, release);
        narration.say("gitops/ pushed to the bare remote gitops.git/; gantry validate: " + report.environments()
                + " environments and " + report.pointers() + " pointers valid");
        PromotionSteps.PointerCommitMade approval = promotion.approve(PROJECT, "production", Actor.ALICE);
        git.push(workspace.gitOps(), "main");
        narration.say(approval.subject() + " by " + Actor.ALICE.email() + " (production requires approval)");
    }

    private void pointDevAt(String release, EmbeddedController controller) {
        narration.step("CI points dev at release 2; the controller applies it");
        new GitOpsSetup(git, workspace, clock).pointDevAt(PROJECT, release, 2);
        narration.say("commit on main: ci: " + PROJECT + " dev runs build 2; pushed");
        syncs.tell(controller.sync(SyncMode.CHANGES, "push to main"), Map.of("dev", release));
    }

    private void promote(String from, String to, Actor approver, EmbeddedController controller) {
        narration.step("Promote " + from + " -> " + to + (approver == null ? "" : ", approved by " + approver.email()));
        git.fetchNotes(workspace.gitOps());
        PromotionSteps.PointerCommitMade promoted = promotion.promote(PROJECT, from, to, Actor.DEVELOPER);
        narration.say(promoted.subject() + " on branch " + promoted.branch());
        if (approver != null) {
            narration.say(promotion.approve(PROJECT, to, approver).subject() + " by " + approver.email());
        }
        merge(promoted.branch(), approver == null ? Actor.DEVELOPER : approver);
        syncs.tell(controller.sync(SyncMode.CHANGES, "push to main"), Map.of(to, promoted.release()));
    }

    private void rollBack(String release, EmbeddedController controller) {
        narration.step("Roll production back to release 1, approved by " + Actor.BOB.email());
        git.fetchNotes(workspace.gitOps());
        PromotionSteps.PointerCommitMade rollback = promotion.rollback(PROJECT, "production", release, Actor.DEVELOPER);
        narration.say(rollback.subject() + " on branch " + rollback.branch());
        narration.say(promotion.approve(PROJECT, "production", Actor.BOB).subject() + " by " + Actor.BOB.email());
        merge(rollback.branch(), Actor.BOB);
        syncs.tell(controller.sync(SyncMode.CHANGES, "push to main"), Map.of("production", release));
    }

    private void merge(String branch, Actor merger) {
        git.push(workspace.gitOps(), branch);
        Person person = merger.at(clock);
        String how = git.mergeIntoMain(workspace.gitOps(), branch, person);
        git.push(workspace.gitOps(), "main");
        narration.say("the demo merges " + branch + " into main (" + how + "), as merging its pull request would, and pushes");
    }

    private void history() {
        narration.step("gantry history " + PROJECT + " --env production: every change, newest first");
        git.fetchNotes(workspace.gitOps());
        HistoryReport.lines(promotion.history(PROJECT, "production"), this::releaseName).forEach(narration::say);
    }

    private void whereToLook(Duration took) {
        narration.plain("");
        narration.plain(String.format("Done in %.1f s. Where to look:", took.toMillis() / 1000.0));
        narration.say(target.description().replace("<environment>", "<env>")
                + "  what each environment got, one YAML file per object");
        narration.say("git -C " + workspace.gitOps() + " log --graph --oneline    the promotions and the rollback");
        narration.say("git -C " + workspace.gitOpsRemote() + " notes --ref gantry list    the controller's audit records");
        narration.say(workspace.registry() + "  the OCI layout holding both releases and their images");
        narration.say("Start again: delete " + workspace.root() + " and run 'gantry demo' again.");
    }

    private Map<String, String> expectEverywhere(String release) {
        Map<String, String> expected = new HashMap<>();
        ENVIRONMENTS.forEach(environment -> expected.put(environment, release));
        return expected;
    }

    private String releaseName(String release) {
        return releaseNames.getOrDefault(release, release.substring(0, 7));
    }
}
