package dev.gantry.deploy.fabric8;

/**
 * A client-side limit on the requests sent to one API server, as client-go's {@code QPS} and
 * {@code Burst}: up to {@code burst} requests at once, refilled at {@code qps} a second.
 *
 * @param qps requests a second, sustained; fractions allowed
 * @param burst how many requests may go at once after a quiet spell
 */
public record RequestRateLimit(double qps, int burst) {

    /**
     * Argo CD's defaults for its application controller: ten times client-go's 5/10, which suits a
     * controller applying many objects, and well inside what an API server's priority and fairness
     * gives one client.
     */
    public static final RequestRateLimit DEFAULT = new RequestRateLimit(50, 100);

    /** Refuses a limit that would stop every request or that is not a number. */
    public RequestRateLimit {
        if (!(qps > 0) || Double.isInfinite(qps)) {
            throw new IllegalArgumentException("the API request rate (qps) must be a positive number, not " + qps);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("the API request burst must be at least 1, not " + burst);
        }
    }
}
