package dev.gantry.release;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;

/**
 * Where {@link TarUnpacker} puts the entries it has admitted: a staging folder on disk
 * ({@link FolderTarget}) or memory ({@link MemoryTarget}). Paths are the checked, normalised entry
 * paths with forward slashes; the unpacker has already refused duplicates and unsafe names.
 */
interface UnpackTarget {

    /**
     * Creates a folder and its parents.
     *
     * @throws FileAlreadyExistsException when a file already stands there
     * @throws EscapesTargetException when the path resolves outside the target
     */
    void folder(String path) throws IOException;

    /**
     * Opens a new file for the entry's bytes; the unpacker closes it.
     *
     * @throws FileAlreadyExistsException when the file already exists
     * @throws EscapesTargetException when the path resolves outside the target
     */
    OutputStream file(String path) throws IOException;

    /** An entry path that, once the target resolved it, lies outside the target. */
    final class EscapesTargetException extends IOException {

        EscapesTargetException(String path) {
            super(path + " escapes the target");
        }
    }
}
