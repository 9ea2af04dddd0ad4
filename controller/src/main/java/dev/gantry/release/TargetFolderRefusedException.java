package dev.gantry.release;

import java.nio.file.Path;

/** Extraction was refused before reading anything because the target folder cannot take it. */
public class TargetFolderRefusedException extends RuntimeException {

    private final transient Path target;

    /**
     * Creates the exception.
     *
     * @param target the folder that was asked for
     * @param problem why it cannot be used, for example {@code is not empty}
     */
    public TargetFolderRefusedException(Path target, String problem) {
        super("target folder '" + target + "' " + problem);
        this.target = target;
    }

    /**
     * The folder that was asked for.
     *
     * @return its path
     */
    public Path target() {
        return target;
    }
}
