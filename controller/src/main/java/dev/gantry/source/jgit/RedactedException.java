package dev.gantry.source.jgit;

import dev.gantry.source.GitOpsRemote;

/**
 * Stands in for a transport exception whose message, or a cause's, held a URL with credentials or
 * a secret: same messages redacted, same stack traces, so logging a cause can never leak a token.
 */
final class RedactedException extends Exception {

    private RedactedException(String message, Throwable cause, StackTraceElement[] stackTrace) {
        super(message, cause, false, true);
        setStackTrace(stackTrace);
    }

    /** The exception itself when nothing in its chain needs redacting, else a redacted copy of the chain. */
    static Throwable scrub(Throwable exception, GitOpsRemote remote) {
        if (!needsRedacting(exception, remote)) {
            return exception;
        }
        Throwable cause = exception.getCause() == null || exception.getCause() == exception
                ? null : scrub(exception.getCause(), remote);
        String message = exception.getClass().getName() + ": " + remote.redact(exception.getMessage());
        return new RedactedException(message, cause, exception.getStackTrace());
    }

    private static boolean needsRedacting(Throwable exception, GitOpsRemote remote) {
        for (Throwable current = exception; current != null; current = current.getCause()) {
            String message = current.getMessage();
            if (message != null && !remote.redact(message).equals(message)) {
                return true;
            }
            if (current.getCause() == current) {
                return false;
            }
        }
        return false;
    }
}
