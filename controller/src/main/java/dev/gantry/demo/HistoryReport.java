package dev.gantry.demo;

import dev.gantry.audit.AuditLog;
import dev.gantry.audit.AuditRecord;
import dev.gantry.pointer.ProjectRef;
import dev.gantry.promotion.PointerChange;
import dev.gantry.promotion.PointerHistory;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Tells a pointer's history, newest first, with the controller's records from the git notes. */
final class HistoryReport {

    private static final Set<String> KINDS = Set.of("promote", "rollback", "approve");

    private final PointerHistory history;
    private final AuditLog notes;
    private final UnaryOperator<String> releaseName;

    HistoryReport(PointerHistory history, AuditLog notes, UnaryOperator<String> releaseName) {
        this.history = history;
        this.notes = notes;
        this.releaseName = releaseName;
    }

    /** One line per change of the pointer, newest first. */
    List<String> lines(String environment, ProjectRef project) {
        return history.changes(environment, project).stream().map(change -> line(change, environment)).toList();
    }

    private String line(PointerChange change, String environment) {
        String subject = change.subject();
        String kind = subject.contains(":") ? subject.substring(0, subject.indexOf(':')) : "";
        return String.format("%s  %s  %-8s %-22s by %-18s %s", change.shortCommit(),
                change.committer().when().toLocalTime(), KINDS.contains(kind) ? kind : "manual",
                change.release().map(releaseName).orElse("(no pointer)"), change.author().email(),
                records(change.commit(), environment));
    }

    private String records(String commit, String environment) {
        List<AuditRecord> records = notes.recordsFor(commit).stream()
                .filter(record -> record.environment().equals(environment)).toList();
        if (records.isEmpty()) {
            return "";
        }
        return "controller: " + records.stream().map(record -> record.result().name() + " at "
                + record.finishedAt().toString().substring(11, 19)).collect(Collectors.joining(", "));
    }
}
