package dev.gantry.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.deploy.ObjectKey;
import dev.gantry.diff.ChangeKind;
import dev.gantry.diff.ComparedRelease;
import dev.gantry.diff.ManifestDiff;
import dev.gantry.diff.ObjectChange;
import dev.gantry.diff.ReleaseDiff;
import dev.gantry.pointer.ProjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PullRequestBodyTest {

    private static final ComparedRelease NOW = new ComparedRelease("production", "7662d880901f6788863512c0ff90b91cd7ca8257",
            "sha256:" + "a".repeat(64));
    private static final ComparedRelease NEXT = new ComparedRelease("staging", "90ea00a23e80c5e5aedce14f6fbe9700863afe95",
            "sha256:" + "b".repeat(64));

    private static ObjectChange change(String name, ChangeKind kind) {
        return new ObjectChange(new ObjectKey("apps/v1", "Deployment", "hello-production", name), kind, List.of());
    }

    @Test
    void namesBothReleasesAndListsTheObjectsByChange() {
        ReleaseDiff diff = new ReleaseDiff(new ProjectRef("platform", "hello"), Optional.of(NOW), NEXT, new ManifestDiff(
                List.of(change("web", ChangeKind.CHANGED), change("worker", ChangeKind.ADDED)), 4));

        assertThat(PullRequestBody.markdown(diff)).isEqualTo("""
                Release change for `platform/hello`, prepared by `gantry`.

                | | Environment | Release | Digest |
                |---|---|---|---|
                | Now | production | `7662d880901f6788863512c0ff90b91cd7ca8257` | `sha256:%s` |
                | After | staging | `90ea00a23e80c5e5aedce14f6fbe9700863afe95` | `sha256:%s` |

                **1 added, 1 changed, 0 removed**, 4 unchanged objects in the rendered manifests.

                ### Added

                - `Deployment hello-production/worker (apps/v1)`

                ### Changed

                - `Deployment hello-production/web (apps/v1)`

                Run `gantry diff platform/hello ...` for the unified diff of each object.
                """.formatted("a".repeat(64), "b".repeat(64)));
    }

    @Test
    void saysWhenTheTargetHadNoPointerAndCutsLongLists() {
        List<ObjectChange> added = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            added.add(change("app-" + (100 + i), ChangeKind.ADDED));
        }

        String body = PullRequestBody.markdown(new ReleaseDiff(new ProjectRef("platform", "hello"), Optional.empty(), NEXT,
                new ManifestDiff(added, 0)));

        assertThat(body).contains("| Now | | _no pointer yet_ | |", "**53 added, 0 changed, 0 removed**",
                "- `Deployment hello-production/app-149 (apps/v1)`", "- ... and 3 more").doesNotContain("app-150");
    }
}
