package dev.gantry.release;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * A release tag already names a different digest: releases are immutable.
 * Refused: the tag will never change.
 */
public class ReleaseConflictException extends GantryException {

    /** Creates the exception naming the tag and both digests. */
    public ReleaseConflictException(String message) {
        super(Disposition.REFUSED, message);
    }
}
