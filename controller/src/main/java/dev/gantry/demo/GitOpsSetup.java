package dev.gantry.demo;

import dev.gantry.promotion.PointerEdit;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.PointerWriter;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.RepositoryValidator;
import dev.gantry.pointer.ValidationReport;
import dev.gantry.promotion.Person;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * The GitOps repository's first commit, made from the template with every pointer at the first
 * release, and the CI commits that point dev at a new build.
 */
final class GitOpsSetup {

    private final DemoGit git;
    private final DemoWorkspace workspace;
    private final Clock clock;

    GitOpsSetup(DemoGit git, DemoWorkspace workspace, Clock clock) {
        this.git = git;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Creates the remote and its clone, commits the template with every environment at {@code release}, validates it, and pushes. */
    ValidationReport create(ProjectRef project, String release) {
        git.createWithRemote(workspace.gitOpsRemote(), workspace.gitOps());
        SortedMap<String, String> files = GitOpsTemplate.files();
        for (String environment : DemoFlow.ENVIRONMENTS) {
            String path = GitOpsLayout.pointerPath(environment, project);
            PointerWriter writer = build(PointerWriter.edit(path, required(files, path)), release, 1,
                    (environment.equals("dev") ? Actor.CI : Actor.DEVELOPER).at(clock));
            if (environment.equals("production")) {
                writer.set("spec.approvedBy", Actor.ALICE.email()).set("spec.approvedAt", PointerEdit.timestamp(clock.instant()));
            }
            files.put(path, writer.apply());
        }
        Person author = Actor.DEVELOPER.at(clock);
        git.commit(workspace.gitOps(), files, "Start from gitops-repo-template with every environment at build 1\n\n"
                + "Every pointer names release " + release + " of the demo's sample application.\n", author);
        ValidationReport report = new RepositoryValidator().validate(workspace.gitOps());
        if (!report.valid()) {
            throw new DemoFailedException("the GitOps repository made from the template is not valid: "
                    + report.problems().get(0).render());
        }
        git.push(workspace.gitOps(), "main");
        return report;
    }

    /** Points dev at a new build on {@code main}, as a CI job does after building it, and pushes. */
    String pointDevAt(ProjectRef project, String release, long build) {
        String path = GitOpsLayout.pointerPath("dev", project);
        Person ci = Actor.CI.at(clock);
        String text = build(PointerWriter.edit(path, DemoFiles.read(workspace.gitOps().resolve(path))), release, build, ci)
                .apply();
        String sha = git.commit(workspace.gitOps(), Map.of(path, text), "ci: " + project + " dev runs build " + build
                + " (" + release.substring(0, 7) + ")\n\nThe CI job built " + release + " and points dev at it.\n", ci);
        git.push(workspace.gitOps(), "main");
        return sha;
    }

    private static PointerWriter build(PointerWriter writer, String release, long build, Person by) {
        Map<String, Object> aliases = new LinkedHashMap<>();
        aliases.put("numeric", build);
        aliases.put("branch", "main-" + build);
        return writer.set("spec.release", release).setMapping("spec.aliases", aliases)
                .set("spec.deployedBy", by.email()).set("spec.deployedAt", PointerEdit.timestamp(by.when().toInstant()));
    }

    private static String required(Map<String, String> files, String path) {
        String text = files.get(path);
        if (text == null) {
            throw new DemoFailedException("the embedded gitops-repo-template has no " + path);
        }
        return text;
    }
}
