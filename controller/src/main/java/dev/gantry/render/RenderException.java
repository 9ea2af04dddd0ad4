package dev.gantry.render;

/** A release's manifests or an environment's overlays cannot be rendered: nothing is applied. */
public class RenderException extends RuntimeException {

    /** Creates the exception naming the file or object and the problem. */
    public RenderException(String message) {
        super(message);
    }
}
