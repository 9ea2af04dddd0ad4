package dev.gantry.cli;

/** How a command prints its result: for people, or for machines. */
public enum OutputFormat {

    /** Lines for a person or a CI log. */
    TEXT,

    /** One JSON document on standard output. */
    JSON
}
