package dev.gantry.demo;

import dev.gantry.pointer.DocumentReader;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.PointerWriter;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.ReleasePointer;
import dev.gantry.promotion.Person;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's promotion steps made with {@link PointerWriter} and plain commits in the formats of
 * {@code docs/promotion.md} (subject, body, {@code Gantry-*} and {@code Approved-by} trailers). It
 * checks no promotion policy; {@code gantry promote} does.
 */
final class PointerCommits implements PromotionSteps {

    private final DemoGit git;
    private final Path clone;
    private final DocumentReader reader = new DocumentReader();

    PointerCommits(DemoGit git, Path clone) {
        this.git = git;
        this.clone = clone;
    }

    @Override
    public PointerCommitMade promote(ProjectRef project, String from, String to, Person developer) {
        ReleasePointer source = pointer(from, project);
        String branch = "promote/" + to + "/" + project.repository() + "-" + project.project() + "-" + source.shortRelease();
        git.branchFromMain(clone, branch);
        String subject = "promote: " + project + " " + from + " -> " + to + " (" + source.shortRelease() + ")";
        String message = message(subject, "Promote " + project + " from " + from + " to " + to + ".",
                trailer("Gantry-Release", source.release()) + trailer("Gantry-From", from) + trailer("Gantry-Environment", to));
        return commit(to, project, deployed(edit(to, project), source, developer), message, developer, branch);
    }

    @Override
    public PointerCommitMade approve(ProjectRef project, String environment, Person approver) {
        ReleasePointer current = pointer(environment, project);
        String subject = "approve: " + project + " " + environment + " (" + current.shortRelease() + ")";
        String message = message(subject, "Approve " + project + " " + current.shortRelease() + " in " + environment + ".",
                trailer("Gantry-Release", current.release()) + trailer("Gantry-Environment", environment)
                        + trailer("Approved-by", approver.nameAndEmail()));
        PointerWriter writer = edit(environment, project).set("spec.approvedBy", approver.email())
                .set("spec.approvedAt", approver.when().toString());
        return commit(environment, project, writer, message, approver, null);
    }

    @Override
    public PointerCommitMade rollback(ProjectRef project, String environment, String release, Person developer) {
        ReleasePointer current = pointer(environment, project);
        String target = release.substring(0, 7);
        String branch = "rollback/" + environment + "/" + project.repository() + "-" + project.project() + "-" + target;
        git.branchFromMain(clone, branch);
        String subject = "rollback: " + project + " " + environment + " " + current.shortRelease() + " -> " + target;
        String message = message(subject, "Roll " + project + " in " + environment + " back to " + target + ".",
                trailer("Gantry-Release", release) + trailer("Gantry-From", environment)
                        + trailer("Gantry-Environment", environment));
        PointerWriter writer = edit(environment, project).set("spec.release", release).remove("spec.digest")
                .remove("spec.aliases");
        return commit(environment, project, cleared(writer, developer), message, developer, branch);
    }

    private PointerCommitMade commit(String environment, ProjectRef project, PointerWriter writer, String message,
            Person author, String branch) {
        String sha = git.commit(clone, Map.of(GitOpsLayout.pointerPath(environment, project), writer.apply()), message, author);
        String release = reader.readPointer(GitOpsLayout.pointerPath(environment, project), writer.apply()
                .getBytes(StandardCharsets.UTF_8)).value().release();
        return new PointerCommitMade(sha, branch, message.lines().findFirst().orElse(""), release);
    }

    private static PointerWriter deployed(PointerWriter writer, ReleasePointer source, Person developer) {
        writer.set("spec.release", source.release()).setMapping("spec.aliases", aliases(source.aliases()));
        if (source.digest() == null) {
            writer.remove("spec.digest");
        } else {
            writer.set("spec.digest", source.digest());
        }
        return cleared(writer, developer);
    }

    private static PointerWriter cleared(PointerWriter writer, Person developer) {
        return writer.set("spec.deployedBy", developer.email()).set("spec.deployedAt", developer.when().toString())
                .remove("spec.approvedBy").remove("spec.approvedAt");
    }

    private static Map<String, Object> aliases(ReleasePointer.Aliases aliases) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("numeric", aliases.numeric());
        fields.put("tag", aliases.tag());
        fields.put("branch", aliases.branch());
        return fields;
    }

    private ReleasePointer pointer(String environment, ProjectRef project) {
        String path = GitOpsLayout.pointerPath(environment, project);
        return reader.readPointer(path, text(path).getBytes(StandardCharsets.UTF_8)).value();
    }

    private PointerWriter edit(String environment, ProjectRef project) {
        String path = GitOpsLayout.pointerPath(environment, project);
        return PointerWriter.edit(path, text(path));
    }

    private String text(String path) {
        return DemoFiles.read(clone.resolve(path));
    }

    private static String message(String subject, String body, String trailers) {
        return subject + "\n\n" + body + "\n\n" + trailers;
    }

    private static String trailer(String key, String value) {
        return key + ": " + value + "\n";
    }
}
