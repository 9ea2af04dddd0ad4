package dev.gantry.pointer;

/** A one-based line and column in a source file. */
public record SourcePosition(int line, int column) {

    /** The start of a file, for problems that concern the file as a whole. */
    public static final SourcePosition START = new SourcePosition(1, 1);
}
