package dev.gantry.release;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;
import java.nio.file.Path;

/**
 * Extraction was refused before reading anything because the target folder cannot take it.
 * Refused: the folder needs a change.
 */
public class TargetFolderRefusedException extends GantryException {

    private final transient Path target;

    /**
     * Creates the exception.
     *
     * @param target the folder that was asked for
     * @param problem why it cannot be used, for example {@code is not empty}
     */
    public TargetFolderRefusedException(Path target, String problem) {
        super(Disposition.REFUSED, "target folder '" + target + "' " + problem);
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
