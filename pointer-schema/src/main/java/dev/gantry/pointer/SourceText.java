package dev.gantry.pointer;

import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** The text being edited: turns snakeyaml's code point marks into char offsets and does line arithmetic. */
final class SourceText {

    private final String text;
    private final int[] charOffsets;

    SourceText(String text) {
        this.text = text;
        this.charOffsets = text.length() == text.codePointCount(0, text.length()) ? null : charOffsets(text);
    }

    /** For each code point index, the index of its first char; one extra entry for the end. */
    private static int[] charOffsets(String text) {
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        int offset = 0;
        for (int index = 0; index < offsets.length - 1; index++) {
            offsets[index] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        offsets[offsets.length - 1] = text.length();
        return offsets;
    }

    String text() {
        return text;
    }

    /** The char offset where a node's text starts. */
    int start(Node node) {
        return offset(node.getStartMark().orElseThrow());
    }

    /** The char offset just after a node's text (for block collections, where the next token starts). */
    int end(Node node) {
        return offset(node.getEndMark().orElseThrow());
    }

    /** The column of a node's first character, counted in code points from the start of its line. */
    static int column(Node node) {
        return node.getStartMark().orElseThrow().getColumn();
    }

    private int offset(Mark mark) {
        return charOffsets == null ? mark.getIndex() : charOffsets[mark.getIndex()];
    }

    /** The offset of the start of the line holding {@code offset}, never before a byte order mark. */
    int lineStart(int offset) {
        int floor = text.startsWith("\uFEFF") ? 1 : 0;
        return Math.max(floor, text.lastIndexOf('\n', offset - 1) + 1);
    }

    /** The offset just after the line break that ends the line holding {@code offset}, or the text's end. */
    int lineEnd(int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** Whether only spaces and tabs lie between the two offsets. */
    boolean blankBetween(int from, int to) {
        return text.substring(from, to).chars().allMatch(c -> c == ' ' || c == '\t');
    }

    /** Trims whitespace and line breaks back from {@code end}, stopping at {@code start}. */
    int trimBack(int start, int end) {
        int trimmed = end;
        while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
            trimmed--;
        }
        return trimmed;
    }

    /** The file's line break: {@code \r\n} when its first line ends that way, else {@code \n}. */
    String lineBreak() {
        int newline = text.indexOf('\n');
        return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
    }

    /** Whether the text ends with a line break. */
    boolean endsWithLineBreak() {
        return text.endsWith("\n");
    }

    /** The start of the line break just before {@code lineStart}, which must follow one. */
    int breakBefore(int lineStart) {
        return lineStart >= 2 && text.charAt(lineStart - 2) == '\r' ? lineStart - 2 : lineStart - 1;
    }

    /** The text with {@code [start, end)} replaced. */
    String splice(int start, int end, String replacement) {
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /**
     * The text with whole lines inserted at a line start, using the file's line break; at the end of
     * a file without a final line break, the break goes before the lines so the file still ends without one.
     */
    String insertLines(int lineStart, List<String> lines) {
        String eol = lineBreak();
        String body = String.join(eol, lines);
        if (lineStart == text.length() && !text.isEmpty() && !endsWithLineBreak()) {
            return text + eol + body;
        }
        return splice(lineStart, lineStart, body + eol);
    }
}
