package dev.gantry.release;

/** A release tag already names a different digest: releases are immutable. */
public class ReleaseConflictException extends RuntimeException {

    /** Creates the exception naming the tag and both digests. */
    public ReleaseConflictException(String message) {
        super(message);
    }
}
