package dev.gantry.cli;

import dev.gantry.audit.AuditRecord;
import dev.gantry.promotion.CommitMessage;
import dev.gantry.promotion.HistoryEntry;
import dev.gantry.promotion.PointerChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The fields of a history entry as {@code gantry history} prints them, in one place for every format. */
final class HistoryRows {

    /** Column names of the table and the CSV, in order. */
    static final List<String> COLUMNS = List.of("commit", "date", "kind", "from", "release", "author", "committer",
            "approvals", "signature", "deployed");

    private HistoryRows() {
    }

    /** One entry as JSON: the flat columns plus the lists. */
    static Map<String, Object> json(HistoryEntry entry) {
        PointerChange change = entry.change();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("commit", change.commit());
        json.put("author", change.author().email());
        json.put("authorName", change.author().name());
        json.put("committer", change.committer().email());
        json.put("date", change.author().when().toString());
        json.put("committedAt", change.committer().when().toString());
        json.put("kind", entry.kind().label());
        json.put("subject", change.subject());
        json.put("path", change.path());
        json.put("state", change.state().name().toLowerCase(java.util.Locale.ROOT));
        json.put("from", change.trailer(CommitMessage.FROM).orElse(null));
        json.put("release", change.release().orElse(null));
        json.put("digest", change.pointer() == null ? null : change.pointer().digest());
        json.put("approvedBy", change.pointer() == null ? null : change.pointer().approvedBy());
        json.put("approvals", change.trailers(CommitMessage.APPROVED_BY));
        json.put("override", change.trailer(CommitMessage.OVERRIDE).orElse(null));
        json.put("signature", signature(change));
        json.put("deployments", entry.deployments().stream().map(HistoryRows::deployment).toList());
        return json;
    }

    /** One entry as the table's and CSV's cells, in {@link #COLUMNS} order. */
    static List<String> cells(HistoryEntry entry) {
        PointerChange change = entry.change();
        return List.of(change.shortCommit(), change.author().when().toString(), entry.kind().label(),
                change.trailer(CommitMessage.FROM).orElse("-"),
                change.release().map(release -> release.substring(0, 7)).orElse(change.state().name().toLowerCase(java.util.Locale.ROOT)),
                change.author().email(), change.committer().email(),
                change.trailers(CommitMessage.APPROVED_BY).isEmpty() ? "-" : String.join(" ", change.trailers(CommitMessage.APPROVED_BY)),
                signature(change), deployed(entry.deployments()));
    }

    private static String signature(PointerChange change) {
        return change.signed() ? "signed" : "unsigned";
    }

    private static String deployed(List<AuditRecord> deployments) {
        return deployments.isEmpty() ? "-" : deployments.stream()
                .map(record -> record.result() + "@" + record.finishedAt())
                .collect(Collectors.joining(" "));
    }

    private static Map<String, Object> deployment(AuditRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("appliedAt", record.finishedAt().toString());
        json.put("result", record.result().name());
        json.put("digest", record.digest());
        json.put("release", record.release());
        json.put("message", record.message());
        return json;
    }
}
