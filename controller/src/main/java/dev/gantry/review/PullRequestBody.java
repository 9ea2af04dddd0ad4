package dev.gantry.review;

import dev.gantry.deploy.ObjectKey;
import dev.gantry.diff.ChangeKind;
import dev.gantry.diff.ComparedRelease;
import dev.gantry.diff.ManifestDiff;
import dev.gantry.diff.ReleaseDiff;
import java.util.List;
import java.util.Locale;

/** Writes a review request's Markdown body from a release diff: the releases and the objects that change. */
public final class PullRequestBody {

    private static final int MAX_LISTED = 50;

    private PullRequestBody() {
    }

    /**
     * The body: a line naming both releases by full SHA and digest, a summary table, then the
     * added, changed and removed objects (at most 50 of each, then a count of the rest).
     *
     * @param diff the diff of the promotion or rollback
     * @return Markdown text ending with a newline
     */
    public static String markdown(ReleaseDiff diff) {
        StringBuilder body = new StringBuilder();
        body.append("Release change for `").append(diff.project()).append("`, prepared by `gantry`.\n\n");
        body.append("| | Environment | Release | Digest |\n|---|---|---|---|\n");
        diff.before().ifPresentOrElse(release -> row(body, "Now", release),
                () -> body.append("| Now | | _no pointer yet_ | |\n"));
        row(body, "After", diff.after());
        ManifestDiff changes = diff.changes();
        body.append("\n**").append(changes.count(ChangeKind.ADDED)).append(" added, ")
                .append(changes.count(ChangeKind.CHANGED)).append(" changed, ")
                .append(changes.count(ChangeKind.REMOVED)).append(" removed**, ")
                .append(changes.unchanged()).append(" unchanged objects in the rendered manifests.\n");
        for (ChangeKind kind : ChangeKind.values()) {
            section(body, kind, changes.keys(kind));
        }
        body.append("\nRun `gantry diff ").append(diff.project())
                .append(" ...` for the unified diff of each object.\n");
        return body.toString();
    }

    private static void row(StringBuilder body, String when, ComparedRelease release) {
        body.append("| ").append(when).append(" | ").append(release.label()).append(" | `").append(release.release())
                .append("` | `").append(release.digest()).append("` |\n");
    }

    private static void section(StringBuilder body, ChangeKind kind, List<ObjectKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        String title = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
        body.append("\n### ").append(title).append("\n\n");
        keys.stream().limit(MAX_LISTED).forEach(key -> body.append("- `").append(key).append("`\n"));
        if (keys.size() > MAX_LISTED) {
            body.append("- ... and ").append(keys.size() - MAX_LISTED).append(" more\n");
        }
    }
}
