package dev.gantry.pointer;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules that relate environments to their folders, to each other and to the repository. */
final class EnvironmentRules {

    private EnvironmentRules() {
    }

    /** Checks every environment that was read; folders without a readable file are already reported. */
    static List<Problem> check(Path root, List<String> folders, Map<String, ParsedDocument<Environment>> environments) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> links = new HashMap<>();
        environments.forEach((folder, document) -> {
            if (document.value().promotesFrom() != null) {
                links.put(folder, document.value().promotesFrom());
            }
        });
        PromotionChain chain = new PromotionChain(links);
        Set<String> known = new HashSet<>(folders);
        environments.forEach((folder, document) -> {
            Environment environment = document.value();
            if (!environment.name().equals(folder)) {
                problems.add(document.problemAt("/metadata/name", "metadata.name is '" + environment.name()
                        + "' but the file is in environment folder '" + folder + "'"));
            }
            if (chain.promotesFromUnknown(folder, known)) {
                problems.add(document.problemAt("/spec/promotesFrom", "spec.promotesFrom names environment '"
                        + environment.promotesFrom() + "', which does not exist; environments: " + String.join(", ", folders)));
            }
            chain.loopThrough(folder).ifPresent(loop -> problems.add(document.problemAt("/spec/promotesFrom",
                    "spec.promotesFrom makes the promotion chain loop: " + loop)));
            problems.addAll(approvalProblems(root, document));
        });
        return problems;
    }

    private static List<Problem> approvalProblems(Path root, ParsedDocument<Environment> document) {
        Environment.Approval approval = document.value().approval();
        List<Problem> problems = new ArrayList<>();
        if (approval.required() && approval.approvers().isEmpty()) {
            problems.add(document.problemAt("/spec/approval/required",
                    "spec.approval.required is true but spec.approval.approvers is empty: nobody could approve"));
        }
        if (approval.required() && approval.minApprovals() > approval.approvers().size() && !approval.approvers().isEmpty()) {
            problems.add(document.problemAt("/spec/approval/minApprovals", "spec.approval.minApprovals is "
                    + approval.minApprovals() + " but only " + approval.approvers().size()
                    + (approval.approvers().size() == 1 ? " approver is listed" : " approvers are listed")));
        }
        if (approval.requireSignedCommits() && approval.allowedSigners() == null) {
            problems.add(document.problemAt("/spec/approval/requireSignedCommits",
                    "spec.approval.requireSignedCommits needs spec.approval.allowedSigners: the file of keys to verify against"));
        }
        if (approval.allowedSigners() != null && isLink(root, approval.allowedSigners())) {
            problems.add(document.problemAt("/spec/approval/allowedSigners", "spec.approval.allowedSigners names '"
                    + approval.allowedSigners() + "', which is a symbolic link: links in the GitOps repository are not"
                    + " followed; use a regular file"));
        } else if (approval.allowedSigners() != null && !signersFileExists(root, approval.allowedSigners())) {
            problems.add(document.problemAt("/spec/approval/allowedSigners", "spec.approval.allowedSigners names '"
                    + approval.allowedSigners() + "', which is not a file in the repository"));
        }
        return problems;
    }

    private static boolean isLink(Path root, String relative) {
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root.normalize()) && Files.isSymbolicLink(file);
    }

    private static boolean signersFileExists(Path root, String relative) {
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root.normalize()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }
}
