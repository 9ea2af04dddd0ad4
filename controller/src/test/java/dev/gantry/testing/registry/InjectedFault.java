package dev.gantry.testing.registry;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A fault to answer {@code times} more requests matching {@code which} with {@code status}. */
final class InjectedFault {

    private final int status;
    private final Predicate<ProxiedRequest> which;
    private final AtomicInteger remaining;

    InjectedFault(int times, int status, Predicate<ProxiedRequest> which) {
        this.status = status;
        this.which = which;
        this.remaining = new AtomicInteger(times);
    }

    /** Whether this fault applies to {@code request}, using up one of its times if so. */
    boolean claim(ProxiedRequest request) {
        return which.test(request) && remaining.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    /** The status to answer with. */
    int status() {
        return status;
    }
}
