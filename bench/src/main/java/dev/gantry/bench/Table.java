package dev.gantry.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The rows gathered so far, printed as one Markdown table under a line naming the machine. */
final class Table {

    private final String machine;
    private final List<Row> rows = new ArrayList<>();

    Table(String machine) {
        this.machine = machine;
    }

    /** Adds a row and echoes it on stderr, so a long run shows progress. */
    void add(String measured, String figure, String parts) {
        Row row = new Row(measured, figure, parts);
        rows.add(row);
        System.err.println("bench: " + measured + ": " + figure);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The machine line, then the table. */
    void print(PrintStream out) {
        out.println();
        out.println("machine: " + machine);
        out.println();
        out.println("| measured | figure | parts |");
        out.println("|---|---:|---|");
        for (Row row : rows) {
            out.println("| " + cell(row.measured()) + " | " + cell(row.figure()) + " | " + cell(row.parts()) + " |");
        }
    }

    /** A table cell's text, its pipes escaped. */
    static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
