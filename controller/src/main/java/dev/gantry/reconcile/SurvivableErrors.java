package dev.gantry.reconcile;

/**
 * Which Java {@link Error}s a reconcile survives: a StackOverflowError (its stack is unwound by the
 * time it is caught) and the errors that are not the virtual machine's, such as a LinkageError or an
 * AssertionError, end one project's reconcile, or one sync, and nothing else.
 *
 * <p>Every other {@link VirtualMachineError} is rethrown: after an OutOfMemoryError, an InternalError
 * or an UnknownError no thread can be trusted to finish its work. The chart runs the JVM with
 * {@code -XX:+ExitOnOutOfMemoryError}, so the process ends and Kubernetes restarts it; a restarted
 * controller converges from the GitOps repository and the inventories.
 */
final class SurvivableErrors {

    private SurvivableErrors() {
    }

    /**
     * Returns the error when the reconcile may carry on past it.
     *
     * @throws VirtualMachineError the error itself, when it is one the process must not outlive
     */
    static Error survive(Error error) {
        if (error instanceof VirtualMachineError && !(error instanceof StackOverflowError)) {
            throw error;
        }
        return error;
    }

    /** How an outcome or a log names the error: its class, and its message when it has one. */
    static String describe(Error error) {
        return error.getMessage() == null ? error.getClass().getName() : error.getClass().getName() + ": " + error.getMessage();
    }
}
