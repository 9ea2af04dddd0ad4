package dev.gantry.release;

import java.io.ByteArrayOutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Unpacks into memory: each file's bytes by path, for a caller that reads the files at once and
 * would otherwise write them to disk only to read them back. The unpacker's limits bound it.
 */
final class MemoryTarget implements UnpackTarget {

    private final SortedMap<String, byte[]> files = new TreeMap<>();

    @Override
    public void folder(String path) {
        // folders are implied by the files' paths
    }

    @Override
    public OutputStream file(String path) throws FileAlreadyExistsException {
        if (files.containsKey(path)) {
            throw new FileAlreadyExistsException(path);
        }
        files.put(path, new byte[0]);
        return new ByteArrayOutputStream() {
            @Override
            public void close() {
                files.put(path, toByteArray());
            }
        };
    }

    /** The files unpacked so far, by path. */
    SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }
}
