package dev.gantry.cli;

import dev.gantry.pointer.ProjectRef;
import dev.gantry.promotion.HistoryEntry;
import dev.gantry.promotion.jgit.JGitGitOpsWorkspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code gantry history}: every change to one pointer, newest first, with the controller's deployment records. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {
            "List every commit that changed environments/<E>/<repository>/<project>/release.yaml, newest",
            "first and across renames: commit, date, kind (promote, rollback, approve, manual), the",
            "environment it came from, release, author, committer, Approved-by: trailers, whether the",
            "commit is signed, and the controller's deployment records from refs/notes/gantry (applied",
            "at, result, digest), fetched first from the remote when the clone has one (--offline reads",
            "the clone's own). Works on a bare clone; no controller needed."
        },
        footer = {
            "",
            "Examples:",
            "  gantry history platform/hello --env production",
            "  gantry history platform/hello --env production --output json | jq '.[0].release'",
            "",
            "Exit codes: 0 listed (possibly nothing), 1 the repository cannot be read, 2 usage error,",
            "3 the remote could not be reached (pass --offline to list without it)."
        })
final class HistoryCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPOSITORY/PROJECT", converter = ProjectConverter.class,
            description = "The project, such as platform/hello.")
    private ProjectRef project;

    @Option(names = "--env", required = true, paramLabel = "E", converter = EnvironmentConverter.class,
            description = "The environment.")
    private String environment;

    @Mixin
    private GitOpsCheckout checkout;

    @Option(names = "--remote", paramLabel = "NAME", defaultValue = PushOptions.DEFAULT_REMOTE,
            description = "The remote to fetch deployment records from. Default: ${DEFAULT-VALUE}.")
    private String remote;

    @Mixin
    private RecordsFetchOption records;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    private HistoryFormat output;

    @Override
    public Integer call() {
        List<HistoryEntry> entries;
        Map<String, String> signatures = new HashMap<>();
        try (JGitGitOpsWorkspace workspace = checkout.open(spec);
                CommitSignatures verifier = CommitSignatures.of(workspace, environment)) {
            records.fetch(workspace, remote, spec.commandLine().getErr());
            entries = HistoryEntry.of(workspace.history(), GitOpsCheckout.records(workspace), environment, project);
            entries.forEach(entry -> signatures.put(entry.change().commit(), verifier.of(entry.change())));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case JSON -> out.println(JSON.writeValueAsString(entries.stream()
                    .map(entry -> HistoryRows.json(entry, signatures.get(entry.change().commit()))).toList()));
            case CSV -> printCsv(entries, signatures, out);
            case TABLE -> printTable(entries, signatures, out);
        }
        return ExitCode.OK;
    }

    private static void printCsv(List<HistoryEntry> entries, Map<String, String> signatures, PrintWriter out) {
        out.print(csvLine(HistoryRows.COLUMNS));
        entries.forEach(entry -> out.print(csvLine(HistoryRows.cells(entry, signatures.get(entry.change().commit())))));
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(HistoryCommand::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String csvCell(String cell) {
        return cell.matches("(?s).*[\",\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static void printTable(List<HistoryEntry> entries, Map<String, String> signatures, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HistoryRows.COLUMNS.stream().map(String::toUpperCase).toList());
        entries.forEach(entry -> rows.add(HistoryRows.cells(entry, signatures.get(entry.change().commit()))));
        int[] widths = new int[HistoryRows.COLUMNS.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
