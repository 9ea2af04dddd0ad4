package dev.gantry.audit.gitnotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.notes.NoteMerger;

/**
 * Merges two versions of one JSON Lines note as the union of their lines: ours first, then the
 * lines only theirs has. Records are only ever appended, so nothing is lost and nothing conflicts.
 */
final class JsonLinesNoteMerger implements NoteMerger {

    private static final int MAX_NOTE_BYTES = 16 * 1024 * 1024;

    @Override
    public Note merge(Note base, Note ours, Note theirs, ObjectReader reader, ObjectInserter inserter) throws IOException {
        Note present = ours != null ? ours : theirs;
        Set<String> lines = new LinkedHashSet<>();
        addLines(ours, reader, lines);
        addLines(theirs, reader, lines);
        ObjectId merged = inserter.insert(Constants.OBJ_BLOB, join(lines));
        return new Note(present, merged);
    }

    /** The lines of a note's text, without empty lines. */
    static void addLines(byte[] content, Set<String> lines) {
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
    }

    /** Lines joined as a note's text: each line ends with a line break. */
    static byte[] join(Set<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void addLines(Note note, ObjectReader reader, Set<String> lines) throws IOException {
        if (note != null) {
            addLines(reader.open(note.getData()).getCachedBytes(MAX_NOTE_BYTES), lines);
        }
    }
}
