package dev.gantry.cli;

/** How {@code gantry history} prints: aligned columns, JSON, or CSV for spreadsheets. */
enum HistoryFormat {

    /** Aligned columns for a person. */
    TABLE,

    /** One JSON array of objects. */
    JSON,

    /** RFC 4180 CSV with a header row. */
    CSV
}
