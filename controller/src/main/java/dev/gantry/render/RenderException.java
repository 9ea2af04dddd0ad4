package dev.gantry.render;

import dev.gantry.failure.Disposition;
import dev.gantry.failure.GantryException;

/**
 * A release's manifests or an environment's overlays cannot be rendered: nothing is applied.
 * Refused: only a change to the release, its patches or the environment fixes it.
 */
public class RenderException extends GantryException {

    /** Creates the exception naming the file or object and the problem. */
    public RenderException(String message) {
        super(Disposition.REFUSED, message);
    }
}
