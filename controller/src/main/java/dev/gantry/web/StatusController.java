package dev.gantry.web;

import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.reconcile.ProjectStatus;
import dev.gantry.reconcile.StatusStore;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The read-only status API: every environment's projects, and one project. */
@RestController
public class StatusController {

    private final StatusStore statuses;

    /** Serves the given store. */
    public StatusController(StatusStore statuses) {
        this.statuses = statuses;
    }

    /** {@code GET /api/v1/environments}: environment name to its projects' statuses. */
    @GetMapping("/api/v1/environments")
    public Map<String, List<ProjectStatus>> environments() {
        return statuses.environments();
    }

    /** {@code GET /api/v1/environments/{env}/projects/{repository}/{project}}: one project, or 404. */
    @GetMapping("/api/v1/environments/{environment}/projects/{repository}/{project}")
    public ResponseEntity<?> project(@PathVariable String environment, @PathVariable String repository,
            @PathVariable String project) {
        if (!GitOpsLayout.isDnsLabel(environment) || !GitOpsLayout.isDnsLabel(repository) || !GitOpsLayout.isDnsLabel(project)) {
            return ResponseEntity.badRequest().body(Map.of("error", "environment, repository and project are DNS-1123 labels"));
        }
        return statuses.project(environment, new ProjectRef(repository, project))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error",
                        "no status for " + repository + "/" + project + " in " + environment + " yet")));
    }
}
