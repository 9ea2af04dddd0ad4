package dev.gantry.demo;

import dev.gantry.audit.AuditRecord;
import dev.gantry.promotion.HistoryEntry;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Tells a pointer's history, newest first, with the controller's records from the git notes, one line per change. */
final class HistoryReport {

    private HistoryReport() {
    }

    /** One line per entry: commit, time, kind, release, author, and what the controller recorded on it. */
    static List<String> lines(List<HistoryEntry> entries, UnaryOperator<String> releaseName) {
        return entries.stream().map(entry -> String.format("%s  %s  %-8s %-20s by %-18s %s", entry.change().shortCommit(),
                entry.change().committer().when().toLocalTime(), entry.kind().name().toLowerCase(Locale.ROOT),
                entry.change().release().map(releaseName).orElse("(no pointer)"), entry.change().author().email(),
                deployed(entry.deployments())).stripTrailing()).toList();
    }

    private static String deployed(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return "";
        }
        return "controller: " + records.stream().map(record -> record.result().name() + " at "
                + record.finishedAt().toString().substring(11, 19)).collect(Collectors.joining(", "));
    }
}
