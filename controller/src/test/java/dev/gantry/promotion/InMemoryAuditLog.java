package dev.gantry.promotion;

import dev.gantry.audit.AuditLog;
import dev.gantry.audit.AuditRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Audit records kept in memory by commit: a fake of the project's own audit port, for the pure promotion rules. */
final class InMemoryAuditLog implements AuditLog {

    private final Map<String, List<AuditRecord>> records = new HashMap<>();

    @Override
    public void recordAll(String pointerCommit, List<AuditRecord> added) {
        records.computeIfAbsent(pointerCommit, commit -> new ArrayList<>()).addAll(added);
    }

    @Override
    public List<AuditRecord> recordsFor(String commit) {
        return List.copyOf(records.getOrDefault(commit, List.of()));
    }
}
