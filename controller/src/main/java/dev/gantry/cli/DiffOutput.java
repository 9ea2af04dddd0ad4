package dev.gantry.cli;

import dev.gantry.deploy.ObjectKey;
import dev.gantry.diff.ChangeKind;
import dev.gantry.diff.ComparedRelease;
import dev.gantry.diff.ManifestDiff;
import dev.gantry.diff.ObjectChange;
import dev.gantry.diff.ReleaseDiff;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Prints a release diff for people (unified diffs, then a summary) and machines (json). */
final class DiffOutput {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DiffOutput() {
    }

    static void print(ReleaseDiff diff, OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            out.println(JSON.writeValueAsString(json(diff)));
            return;
        }
        diff.changes().changes().forEach(change -> change.unifiedDiff().forEach(out::println));
        out.println(headline(diff));
        for (ObjectChange change : diff.changes().changes()) {
            out.printf("  %-8s %s%n", name(change.kind()), change.key());
        }
        if (!diff.refusals().isEmpty()) {
            out.println("the controller would refuse " + describe(diff.after()) + " and apply nothing of it:");
            diff.refusals().forEach(refusal -> out.println("  refused  " + refusal));
        }
    }

    private static String headline(ReleaseDiff diff) {
        String before = diff.before().map(DiffOutput::describe).orElse("nothing");
        return diff.project() + ": " + before + " -> " + describe(diff.after()) + ": " + summary(diff.changes());
    }

    private static String describe(ComparedRelease release) {
        return release.label() + " (" + release.shortRelease() + ")";
    }

    private static String summary(ManifestDiff changes) {
        return changes.count(ChangeKind.ADDED) + " added, " + changes.count(ChangeKind.CHANGED) + " changed, "
                + changes.count(ChangeKind.REMOVED) + " removed, " + changes.unchanged() + " unchanged";
    }

    private static String name(ChangeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> json(ReleaseDiff diff) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("project", diff.project().toString());
        json.put("before", diff.before().map(DiffOutput::release).orElse(null));
        json.put("after", release(diff.after()));
        Map<String, Object> summary = new LinkedHashMap<>();
        for (ChangeKind kind : ChangeKind.values()) {
            summary.put(name(kind), diff.changes().count(kind));
        }
        summary.put("unchanged", diff.changes().unchanged());
        json.put("identical", diff.changes().identical());
        json.put("summary", summary);
        json.put("objects", diff.changes().changes().stream().map(DiffOutput::object).toList());
        json.put("refusals", diff.refusals());
        return json;
    }

    private static Map<String, Object> release(ComparedRelease release) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", release.label());
        json.put("release", release.release());
        json.put("digest", release.digest());
        return json;
    }

    private static Map<String, Object> object(ObjectChange change) {
        ObjectKey key = change.key();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("apiVersion", key.apiVersion());
        json.put("kind", key.kind());
        json.put("namespace", key.namespace());
        json.put("name", key.name());
        json.put("change", name(change.kind()));
        json.put("diff", String.join("\n", change.unifiedDiff()) + "\n");
        return json;
    }
}
