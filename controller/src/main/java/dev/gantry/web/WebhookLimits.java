package dev.gantry.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of the server a webhook body may take before it is verified.
 *
 * @param maxBody the largest body read, in bytes; more is refused with 413
 * @param readDeadline how long one body may take to arrive in all; later is refused with 408
 * @param concurrentReads how many bodies are read at once; one more is refused with 503, unread
 */
public record WebhookLimits(int maxBody, Duration readDeadline, int concurrentReads) {

    /** The largest body of the defaults: GitHub caps its deliveries at 25 MB, but a push of a pointer is a few KiB. */
    public static final int MAX_BODY = 1024 * 1024;

    /** Limits a server can always afford. */
    public static final WebhookLimits DEFAULT = new WebhookLimits(MAX_BODY, Duration.ofSeconds(10), 4);

    /** Every limit is positive. */
    public WebhookLimits {
        Objects.requireNonNull(readDeadline, "readDeadline");
        if (maxBody <= 0 || concurrentReads <= 0 || readDeadline.isNegative() || readDeadline.isZero()) {
            throw new IllegalArgumentException("webhook limits must be positive: " + maxBody + " bytes, " + readDeadline
                    + ", " + concurrentReads + " at once");
        }
    }
}
