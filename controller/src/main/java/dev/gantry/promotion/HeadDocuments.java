package dev.gantry.promotion;

import dev.gantry.pointer.DocumentReader;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.pointer.ReleasePointer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Environments and pointers as committed at {@code HEAD} of a workspace, read strictly. */
final class HeadDocuments {

    private final GitOpsWorkspace workspace;
    private final DocumentReader reader = new DocumentReader();

    HeadDocuments(GitOpsWorkspace workspace) {
        this.workspace = workspace;
    }

    /** An environment; refused when its name is not a DNS-1123 label or it has no {@code environment.yaml}. */
    Environment environment(String name) {
        if (!GitOpsLayout.isDnsLabel(name)) {
            throw new PromotionRefusedException("'" + name + "' is not an environment name (a DNS-1123 label such as "
                    + "staging); pointers and branches are named after it");
        }
        String path = GitOpsLayout.environmentPath(name);
        String text = workspace.readAtHead(path).orElseThrow(() -> new PromotionRefusedException(
                "environment '" + name + "' does not exist: " + path + " is not committed at HEAD"));
        return reader.readEnvironment(path, text.getBytes(StandardCharsets.UTF_8)).value();
    }

    /** A pointer's text, if committed. */
    Optional<String> pointerText(String environment, ProjectRef project) {
        return workspace.readAtHead(GitOpsLayout.pointerPath(environment, project));
    }

    /** A pointer's text; refused when it is not committed. */
    String requiredPointerText(String environment, ProjectRef project) {
        return pointerText(environment, project).orElseThrow(() -> new PromotionRefusedException(
                project + " has no pointer in " + environment + ": " + GitOpsLayout.pointerPath(environment, project)
                        + " is not committed at HEAD"));
    }

    /** Parses a pointer's text, strictly. */
    ReleasePointer parse(String environment, ProjectRef project, String text) {
        return reader.readPointer(GitOpsLayout.pointerPath(environment, project), text.getBytes(StandardCharsets.UTF_8))
                .value();
    }
}
